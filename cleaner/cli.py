"""The ``cleaner`` command: argument parsing and I/O only; the cleaning is the library's.

Exit status: 0 on success, 1 when an input could not be read or cleaned (the others are still
processed), 2 on usage errors.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .batch import Progress, Tally, default_workers, ordered_map
from .config import ConfigError, load_config
from .decode import decode
from .explain import as_json, as_marked_text
from .options import Options
from .phrases import available_languages
from .pipeline import Cleaner
from .records import FileTask, JsonlHandler, WarcHandler, jsonl_tasks, mirrored, walk, warc_tasks
from .report import CorpusReport, digest
from .rules import listing, unknown_names
from .streams import open_input, open_output

PROG = "cleaner"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Clean scraped news text: remove junk (markup, captions, comments, related links, "
                    "prompts), repair mojibake and HTML entities, keep the article.",
        epilog="Reads stdin when no FILE or '-' is given. Several files are written one after another, "
               "a blank line apart. Exit status: 0 ok, 1 an input failed, 2 usage error.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="input files ('-' for stdin)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout ('-' for stdout)")
    parser.add_argument("--explain", action="store_const", const="text",
                        help="show what was removed and why, on stderr: the document with its removed parts "
                             "marked (in colour on a terminal); --explain=json for programs")
    parser.add_argument("--explain-format", dest="explain", choices=["text", "json"], help=argparse.SUPPRESS)
    parser.add_argument("--config", metavar="FILE", help="settings from a TOML file (see the README)")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--html", dest="input_kind", action="store_const", const="html",
                      help="treat the input as an HTML page (default: detect)")
    kind.add_argument("--text", dest="input_kind", action="store_const", const="text",
                      help="treat the input as scraped text, even with tags in it (default: detect)")
    parser.add_argument("--disable", action="append", default=[], metavar="RULE",
                        help="switch a rule (or a family, e.g. 'related') off; repeatable")
    parser.add_argument("--languages", metavar="LIST",
                        help=f"comma-separated phrase languages (default: all of {','.join(available_languages())})")
    parser.add_argument("--no-fix-encoding", action="store_true", help="leave mojibake as it is")
    parser.add_argument("--no-fix-entities", action="store_true", help="leave HTML entities as they are")
    parser.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    parser.add_argument("--report", action="append", default=[], metavar="FILE",
                        help="write what was removed, per rule, with samples in context: FILE.html (a page "
                             "for the browser) or FILE.json; repeatable")
    batch = parser.add_argument_group("corpora (directories, JSONL, WARC)")
    batch.add_argument("--jsonl", action="store_true",
                       help="inputs are JSONL (also .jsonl/.ndjson files, gzip or zstd): clean one field per line")
    batch.add_argument("--warc", action="store_true",
                       help="inputs are WARC archives (also .warc/.warc.gz): HTML responses out as JSONL records")
    batch.add_argument("--text-key", default="text", metavar="KEY", help="JSONL field to clean (default: text)")
    batch.add_argument("--output-key", metavar="KEY", help="JSONL field to write (default: replace the text field)")
    batch.add_argument("--id-key", metavar="KEY", help="JSONL field naming each record in error messages")
    batch.add_argument("--removals-key", metavar="KEY", help="also write the removals (rule, reason, text, span) here")
    batch.add_argument("--error-key", default="cleaner_error", metavar="KEY",
                       help="field that says why a record failed (default: cleaner_error)")
    batch.add_argument("--limit", type=int, metavar="N", help="JSONL/WARC: stop after N records per input")
    batch.add_argument("--include", action="append", default=[], metavar="GLOB",
                       help="directories: only files matching GLOB (repeatable)")
    batch.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                       help="directories: skip files matching GLOB (repeatable)")
    batch.add_argument("--workers", type=int, default=0, metavar="N",
                       help="worker processes for directories, JSONL and WARC (default: all cores)")
    batch.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _options(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Options:
    unknown = unknown_names(set(args.disable))
    if unknown:
        parser.error(f"unknown rule(s): {', '.join(unknown)} (see --list-rules)")
    languages: tuple[str, ...] = ()
    if args.languages:
        languages = tuple(x.strip() for x in args.languages.split(",") if x.strip())
        missing = [x for x in languages if x not in available_languages()]
        if missing:
            parser.error(f"no phrase data for language(s): {', '.join(missing)}; "
                         f"available: {', '.join(available_languages())}")
    options = Options()
    if args.config:
        try:
            options = load_config(args.config)
        except ConfigError as exc:
            parser.exit(2, f"{PROG}: error: config {exc}\n")
    overrides: dict = {"input_kind": args.input_kind or options.input_kind}
    if args.disable:
        overrides["disabled_rules"] = options.disabled_rules | frozenset(args.disable)
    if languages:
        overrides["languages"] = languages
    if args.no_fix_encoding:
        overrides["fix_encoding"] = False
    if args.no_fix_entities:
        overrides["fix_entities"] = False
    return options.with_overrides(**overrides)


def _list_rules() -> str:
    return "".join(f"{name}\n    {summary}\n    e.g. {example}\n" for name, summary, example in listing())


def _read(name: str) -> bytes:
    """The input's bytes, decompressed when gzip or zstd."""
    with open_input(name) as stream:
        return stream.read()


def _explain(name: str, result, source: bytes, how: str, many: bool) -> None:
    if how == "json":
        sys.stderr.write(as_json(result, name) + "\n")
        return
    if many:
        sys.stderr.write(f"==> {name} <==\n")
    sys.stderr.write(as_marked_text(result, decode(source), color=sys.stderr.isatty()))


def run(argv: list[str] | None = None) -> int:
    parser = _parser()
    argv = sys.argv[1:] if argv is None else argv
    # "--explain=json" without making "--explain FILE" read FILE as the format
    argv = [f"--explain-format={a.split('=', 1)[1]}" if a.startswith("--explain=") else a for a in argv]
    args = parser.parse_args(argv)
    if args.list_rules:
        sys.stdout.write(_list_rules())
        return 0
    options = _options(args, parser)
    names = args.files or ["-"]
    if args.output and args.output != "-":
        target = Path(args.output).resolve()
        if any(n != "-" and Path(n).resolve() == target for n in names):
            parser.error(f"refusing to overwrite input file {args.output}")
    if args.workers < 0 or (args.limit is not None and args.limit < 0):
        parser.error("--workers and --limit take a number of 0 or more")
    for report in args.report:
        if not Path(report).resolve().parent.is_dir():
            parser.error(f"--report {report}: no such directory")
    directories = [n for n in names if n != "-" and Path(n).is_dir()]
    if directories:
        if len(directories) != len(names):
            parser.error("give either directories or files, not both")
        if not args.output or args.output == "-":
            parser.error("a directory needs -o OUTDIR: the cleaned tree is written there")
        return run_directories(directories, Path(args.output), options, args)
    if args.warc or all(_named(n, (".warc", ".warc.gz")) for n in names if n != "-") and names != ["-"]:
        return run_records(names, "warc", options, args)
    if args.jsonl or all(_named(n, _JSONL) for n in names if n != "-") and names != ["-"]:
        return run_records(names, "jsonl", options, args)
    return run_files(names, options, args)


_JSONL = tuple(f"{base}{z}" for base in (".jsonl", ".ndjson") for z in ("", ".gz", ".zst", ".zstd"))


def _named(name: str, endings: tuple[str, ...]) -> bool:
    return name.lower().endswith(endings)


def _size(name: str) -> int:
    try:
        return os.stat(name).st_size
    except OSError:
        return 0  # reported when it is read


def _workers(args) -> int:
    return args.workers or default_workers()


def run_directories(roots: list[str], out: Path, options: Options, args) -> int:
    """Every file under each root, cleaned into the same place under ``out`` (one root: ``out``
    mirrors it; several: one subfolder each)."""
    tasks = []
    for root in map(Path, roots):
        base = out if len(roots) == 1 else out / root.resolve().name
        tasks += [(str(path), str(mirrored(path, root, base))) for path in walk(root, args.include, args.exclude)]
    total = sum(_size(source) for source, _ in tasks)
    tally, progress = Tally(), Progress(total, args.quiet)
    report = CorpusReport() if args.report else None
    try:
        for outcome in ordered_map(FileTask(report is not None), tasks, options, _workers(args)):
            tally.add(outcome.size_in, outcome.size_out, outcome.error is not None)
            progress.update(tally, outcome.size_in)
            _reported(report, outcome)
            if outcome.error:
                sys.stderr.write(f"{PROG}: {outcome.error}\n")
    finally:
        progress.close()
    if not args.quiet:
        sys.stderr.write(tally.summary() + "\n")
    return _write_reports(report, args) or (1 if tally.failures else 0)


def run_records(names: list[str], kind: str, options: Options, args) -> int:
    """JSONL or WARC inputs, one after another, to one JSONL output, record order kept."""
    report = CorpusReport() if args.report else None
    if kind == "jsonl":
        handler = JsonlHandler(args.text_key, args.output_key, args.id_key, args.removals_key, args.error_key,
                               report is not None)
        reader = jsonl_tasks
    else:
        handler = WarcHandler(args.text_key, args.removals_key, args.error_key, report is not None)
        reader = warc_tasks
    total = None if "-" in names else sum(_size(n) for n in names)
    tally, progress = Tally(), Progress(total, args.quiet)
    status = 0

    def tasks():
        nonlocal status
        for name in names:
            try:
                stream = open_input(name) if kind == "jsonl" else (sys.stdin.buffer if name == "-" else open(name, "rb"))
            except OSError as exc:
                sys.stderr.write(f"{PROG}: {name}: cannot read: {exc.strerror or exc}\n")
                status = 1
                continue
            with stream:
                try:
                    yield from reader(stream, args.limit)
                except Exception as exc:  # a broken archive or stream: report, go on with the next input
                    sys.stderr.write(f"{PROG}: {name}: stopped reading: {type(exc).__name__}: {exc}\n")
                    status = 1

    try:
        with open_output(args.output) as out:
            for outcome in ordered_map(handler, tasks(), options.with_overrides(
                    input_kind="html" if kind == "warc" else options.input_kind), _workers(args)):
                out.write(outcome.line + b"\n")
                tally.add(outcome.size_in, outcome.size_out, outcome.error is not None)
                progress.update(tally, outcome.size_in)
                _reported(report, outcome)
    finally:
        progress.close()
    if not args.quiet:
        sys.stderr.write(tally.summary() + "\n")
    return _write_reports(report, args) or (1 if tally.failures or status else 0)


def run_files(names: list[str], options: Options, args) -> int:
    """Files or stdin, cleaned one after another to one output (the shell filter)."""
    cleaner = Cleaner(options)
    status = 0
    outputs: list[str] = []
    report = CorpusReport() if args.report else None
    for name in names:
        label = "<stdin>" if name == "-" else name
        try:
            data = _read(name)
        except (OSError, EOFError, ValueError) as exc:  # unreadable, or a broken gzip/zstd stream
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
            sys.stderr.write(f"{PROG}: {label}: cannot read: {reason}\n")
            status = 1
            continue
        try:
            result = cleaner.clean(data)
        except Exception as exc:  # a bug must not stop the other inputs
            sys.stderr.write(f"{PROG}: {label}: could not be cleaned: {type(exc).__name__}: {exc}\n")
            status = 1
            if report is not None:
                report.failure()
            continue
        if result.kind in ("binary", "unusable"):
            sys.stderr.write(f"{PROG}: {label}: {result.notes[0]}\n")
            status = 1
            if report is not None:
                report.failure()
            continue
        if report is not None:
            report.add(digest(label, decode(data), result))
        if args.explain:
            _explain(label, result, data, args.explain, len(names) > 1)
        outputs.append(result.text)
    text = "\n".join(o for o in outputs if o)
    if args.output and args.output != "-":
        try:
            with open_output(args.output) as out:
                out.write(text.encode("utf-8"))
        except OSError as exc:
            sys.stderr.write(f"{PROG}: {args.output}: cannot write: {exc.strerror or exc}\n")
            return 1
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return _write_reports(report, args) or status


def _reported(report: CorpusReport | None, outcome) -> None:
    if report is not None:
        if outcome.digest is not None:
            report.add(outcome.digest)
        elif outcome.error:
            report.failure()


def _write_reports(report: CorpusReport | None, args) -> int:
    """Each --report file written; 1 when one cannot be."""
    status = 0
    if report is None:
        return status
    for name in args.report:
        try:
            report.write(name)
        except OSError as exc:
            sys.stderr.write(f"{PROG}: {name}: cannot write the report: {exc.strerror or exc}\n")
            status = 1
    return status


def main(argv: list[str] | None = None) -> None:
    try:
        code = run(argv)
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as Unix filters do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    sys.exit(code)


if __name__ == "__main__":
    main()
