"""The shell filter: stdin/stdout, files, -o, --explain, exit codes, and pipeline manners."""
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES

SEED_IN = FIXTURES / "seed-003.in.txt"
SEED_OUT = (FIXTURES / "seed-003.out.txt").read_text(encoding="utf-8")


def run(*args, stdin: bytes | None = None, cwd=None):
    return subprocess.run([sys.executable, "-m", "cleaner", *map(str, args)], input=stdin,
                          capture_output=True, cwd=cwd, timeout=60)


def test_file_to_stdout():
    proc = run(SEED_IN)
    assert proc.returncode == 0
    assert proc.stdout.decode() == SEED_OUT
    assert proc.stderr == b""


@pytest.mark.parametrize("args", [(), ("-",)])
def test_stdin_to_stdout(args):
    proc = run(*args, stdin=SEED_IN.read_bytes())
    assert proc.returncode == 0 and proc.stdout.decode() == SEED_OUT


def test_output_file(tmp_path):
    target = tmp_path / "out.txt"
    proc = run(SEED_IN, "-o", target)
    assert proc.returncode == 0 and proc.stdout == b""
    assert target.read_text(encoding="utf-8") == SEED_OUT
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temporary file left behind


def test_explain_goes_to_stderr():
    proc = run("--explain", SEED_IN)
    assert proc.stdout.decode() == SEED_OUT
    err = proc.stderr.decode()
    assert "[related.section]" in err and "Check Also" in err
    assert "[captions.credit]" in err and "Credits: Orient" in err


def test_missing_file_fails_but_others_are_processed(tmp_path):
    proc = run(tmp_path / "missing.txt", SEED_IN)
    assert proc.returncode == 1
    assert "missing.txt" in proc.stderr.decode() and "No such file" in proc.stderr.decode()
    assert proc.stdout.decode() == SEED_OUT
    assert b"Traceback" not in proc.stderr


def test_directory_without_output_folder_is_a_usage_error(tmp_path):
    proc = run(tmp_path)
    assert proc.returncode == 2
    assert b"needs -o OUTDIR" in proc.stderr


@pytest.mark.parametrize("args", [("--disable", "no.such.rule"), ("--languages", "xx"), ("--bogus",)])
def test_usage_errors_exit_2(args):
    proc = run(*args, stdin=b"text")
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr


def test_refuses_to_overwrite_its_input(tmp_path):
    source = tmp_path / "in.txt"
    source.write_bytes(SEED_IN.read_bytes())
    proc = run(source, "-o", source)
    assert proc.returncode == 2
    assert source.read_bytes() == SEED_IN.read_bytes()


def test_several_files_are_written_in_order(tmp_path):
    proc = run(SEED_IN, FIXTURES / "seed-000.in.txt")
    expected = SEED_OUT + "\n" + (FIXTURES / "seed-000.out.txt").read_text(encoding="utf-8")
    assert proc.stdout.decode() == expected


def test_list_rules_names_every_rule():
    from cleaner.rules import RULES

    proc = run("--list-rules")
    assert proc.returncode == 0
    out = proc.stdout.decode()
    for rule in RULES:
        assert rule.name in out


def test_disable_on_the_command_line():
    proc = run("--disable", "related", "--disable", "shape", SEED_IN)
    assert "Check Also" in proc.stdout.decode()


def test_broken_pipe_is_quiet(tmp_path):
    big = tmp_path / "big.txt"
    paragraph = ("A sentence of the article that goes on long enough to count as prose for the rules. " * 3).strip()
    big.write_text("\n\n".join([paragraph] * 20000) + "\n", encoding="utf-8")
    proc = subprocess.run(f'"{sys.executable}" -m cleaner "{big}" | head -c 10', shell=True,
                          capture_output=True, timeout=120)
    assert proc.stdout == paragraph[:10].encode()
    assert b"Traceback" not in proc.stderr and b"Error" not in proc.stderr


def test_console_script_is_installed():
    exe = Path(sys.executable).parent / "cleaner"
    proc = subprocess.run([str(exe), str(SEED_IN)], capture_output=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.decode() == SEED_OUT


def test_html_page_from_stdin_and_forced_kinds():
    page = (FIXTURES / "html" / "comments-leak.html").read_bytes()
    expected = (FIXTURES / "html" / "comments-leak.out.txt").read_text(encoding="utf-8")
    assert run(stdin=page).stdout.decode() == expected
    assert run("--html", stdin=page).stdout.decode() == expected
    as_text = run("--text", stdin=page).stdout.decode()
    assert as_text != expected and "<p>" not in as_text
    assert run("--html", "--text", stdin=page).returncode == 2


def test_library_import_does_not_load_the_html_stack():
    code = "import sys, cleaner; cleaner.clean('Some text here.'); print('trafilatura' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert proc.stdout.strip() == b"False"
