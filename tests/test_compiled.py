"""The mypyc-compiled modules and their sources: the same results, and never stale code."""
import doctest
import importlib.machinery
import json
import os
import subprocess
import sys
import time

import cleaner
from cleaner._compiled import compiled_modules, stale
from conftest import FIXTURES

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def test_running_mode_is_known():
    assert cleaner.RUNNING == "compiled" or cleaner.RUNNING.startswith("python")


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


def _clean_fixtures(env: dict) -> dict:
    script = (
        "import json, sys, cleaner, pathlib\n"
        f"paths = sorted(pathlib.Path({str(FIXTURES)!r}).glob('*.in.txt'))\n"
        "out = {'running': cleaner.RUNNING, 'module': cleaner.pipeline.__file__,\n"
        "       'texts': {p.name: cleaner.clean(p.read_text(encoding='utf-8')) for p in paths}}\n"
        "json.dump(out, sys.stdout)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_sources_and_extensions_clean_alike():
    """CLEANER_PURE_PYTHON=1 runs the sources; both ways give the same text on every fixture."""
    env = {k: v for k, v in os.environ.items() if k != "CLEANER_PURE_PYTHON"}
    usual = _clean_fixtures(env)
    pure = _clean_fixtures({**env, "CLEANER_PURE_PYTHON": "1"})
    assert pure["module"].endswith(".py") and pure["running"].startswith("python")
    if usual["running"] == "compiled":
        assert not usual["module"].endswith(".py")
    assert pure["texts"] == usual["texts"] and len(usual["texts"]) >= 5


def test_package_docstring_example():
    assert doctest.testmod(cleaner).failed == 0
