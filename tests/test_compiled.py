"""The mypyc-compiled modules and their sources: the same results, and the tests never run stale code."""
import doctest
import importlib.machinery
import json
import os
import sys
import time

import cleaner
import cleaner.compiled
from conftest import FIXTURES, SOURCES_FIRST, run_python
from devtools.sources_first import PACKAGE, compiled_modules, stale

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def test_running_mode_is_what_is_loaded():
    module = sys.modules["cleaner.pipeline"].__file__
    assert cleaner.compiled.running() == ("python" if module.endswith(".py") else "compiled")


def test_the_tests_run_the_sources_when_an_extension_is_stale():
    modules = compiled_modules(PACKAGE)
    if modules and stale(modules):
        assert SOURCES_FIRST and cleaner.compiled.running() == "python"
    elif not os.environ.get("CLEANER_PURE_PYTHON"):
        assert SOURCES_FIRST is None


def test_importing_cleaner_leaves_the_import_system_alone():
    done = run_python("", pure=False)  # (the prelude alone, which may put the sources first)
    assert done.returncode == 0, done.stderr
    plain = (
        "import sys\nbefore = list(sys.meta_path)\nimport cleaner\n"
        "assert sys.meta_path == before, sys.meta_path\nimport gc\nassert gc.isenabled()\n"
    )
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "CLEANER_PURE_PYTHON"}
    done = subprocess.run([sys.executable, "-c", plain], capture_output=True, text=True, env=env, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr


def test_extensions_are_found_and_judged_stale_by_their_sources(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    for name in ("one", "sub/__init__"):
        (package / f"{name}.py").write_text("x = 1\n")
        (package / f"{name}{SUFFIX}").write_bytes(b"")
    (package / "plain.py").write_text("x = 1\n")  # no extension: not compiled
    modules = compiled_modules(package)
    assert set(modules) == {"pkg.one", "pkg.sub"}
    now = time.time()
    for name in ("one", "sub/__init__"):
        os.utime(package / f"{name}.py", (now - 100, now - 100))
        os.utime(package / f"{name}{SUFFIX}", (now, now))
    assert not stale(modules)
    os.utime(package / "one.py", (now + 100, now + 100))  # edited after the build
    assert stale(modules)


def _clean_fixtures(pure: bool) -> dict:
    script = (
        "import json, sys, cleaner, cleaner.compiled, pathlib\n"
        f"paths = sorted(pathlib.Path({str(FIXTURES)!r}).glob('*.in.txt'))\n"
        "out = {'running': cleaner.compiled.running(), 'module': cleaner.pipeline.__file__,\n"
        "       'texts': {p.name: cleaner.clean(p.read_text(encoding='utf-8')) for p in paths}}\n"
        "json.dump(out, sys.stdout)\n"
    )
    done = run_python(script, pure)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_sources_and_extensions_clean_alike():
    """The sources (CLEANER_PURE_PYTHON=1, devtools/sources_first.py) and the install give the same text
    on every fixture."""
    usual = _clean_fixtures(pure=False)
    pure = _clean_fixtures(pure=True)
    assert pure["module"].endswith(".py") and pure["running"] == "python"
    if usual["running"] == "compiled":
        assert not usual["module"].endswith(".py")
    assert pure["texts"] == usual["texts"] and len(usual["texts"]) >= 5


def test_package_docstring_example():
    assert doctest.testmod(cleaner).failed == 0


def test_the_compiled_modules_type_check():
    """mypyc compiles from the types: a module that does not type-check makes the install fall
    back to Python, which works, and is silently slower."""
    import ast
    from mypy import api

    setup = (PACKAGE.parent / "setup.py").read_text(encoding="utf-8")
    listed = next(node.value for node in ast.walk(ast.parse(setup))
                  if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "COMPILED")
    files = [str(PACKAGE.parent / element.value) for element in listed.elts if isinstance(element, ast.Constant)]
    files += [str(p) for p in sorted((PACKAGE / "rules").glob("*.py"))]
    report, errors, status = api.run(["--ignore-missing-imports", "--no-incremental", *files])
    assert status == 0, report + errors
