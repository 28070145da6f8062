"""The `nouvelles` commands, run as real subprocesses against a throwaway data dir."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

NOUVELLES = str(Path(sys.executable).parent / "nouvelles")
PASSWORD = "correct-horse-battery-staple"


def run_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """A clean environment: real settings (not the test ones), SQLite in `data_dir`."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("NOUVELLES_", "DJANGO_")) and k != "PYTEST_CURRENT_TEST"
    }
    env.update(DJANGO_SETTINGS_MODULE="nouvelles.settings", NOUVELLES_DATA_DIR=str(data_dir))
    env.update(extra)
    return env


def nouvelles(data_dir: Path, *args: str, check: bool = True, **env: str):
    result = subprocess.run(
        [NOUVELLES, *args],
        env=run_env(data_dir, **env),
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def query(data_dir: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(data_dir / "nouvelles.sqlite3") as db:
        return db.execute(sql).fetchall()


def test_help_lists_our_commands_first(tmp_path):
    out = nouvelles(tmp_path, "--help").stdout
    ours = out.split("Every Django management command")[0]
    for command in ("init", "serve", "demo", "export", "import"):
        assert f"\n  {command} " in ours
    assert out.index("nouvelles commands:") < out.index("[auth]")
    assert nouvelles(tmp_path).stdout == out  # no arguments: the same help


def test_init_creates_data_dir_secret_key_and_admin(tmp_path):
    data = tmp_path / "data"
    out = nouvelles(
        data, "init", "--admin-email", "ed@example.org", NOUVELLES_ADMIN_PASSWORD=PASSWORD
    )
    assert "created 'admin'" in out.stdout
    key_file = data / "secret_key"
    assert key_file.is_file() and len(key_file.read_text().strip()) >= 50
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert (data / "media").is_dir()
    assert query(data, "SELECT username, email, is_superuser FROM auth_user") == [
        ("admin", "ed@example.org", 1)
    ]
    key = key_file.read_text()
    # A second run changes nothing and does not fail (no password needed any more).
    again = nouvelles(data, "init")
    assert "already exists" in again.stdout
    assert key_file.read_text() == key
    assert query(data, "SELECT count(*) FROM auth_user") == [(1,)]


def test_init_without_password_and_no_terminal_says_what_to_do(tmp_path):
    result = nouvelles(tmp_path, "init", check=False)
    assert result.returncode != 0
    assert "NOUVELLES_ADMIN_PASSWORD" in result.stderr
    assert query(tmp_path, "SELECT count(*) FROM auth_user") == [(0,)]


def test_serve_refuses_an_unmigrated_database(tmp_path):
    result = nouvelles(tmp_path, "serve", "--port", str(free_port()), check=False)
    assert result.returncode != 0 and "nouvelles init" in result.stderr


def test_serve_runs_gunicorn_with_static_files(tmp_path):
    nouvelles(tmp_path, "init", NOUVELLES_ADMIN_PASSWORD=PASSWORD)
    port = free_port()
    proc = subprocess.Popen(
        [NOUVELLES, "serve", "--port", str(port)],
        env=run_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=5) as resp:
                    body, server = resp.read(), resp.headers["Server"]
                break
            except OSError:
                assert proc.poll() is None, proc.stdout.read()
                assert time.monotonic() < deadline, "serve did not answer within 60 s"
                time.sleep(0.3)
        assert body == b"ok"
        assert server.startswith("gunicorn")
        # serve became gunicorn (same process) with sync workers: one request at a time
        # per interpreter, so readers never wait on a comment post's GIL.
        argv = (Path("/proc") / str(proc.pid) / "cmdline").read_bytes().split(b"\0")
        assert argv[argv.index(b"--worker-class") + 1] == b"sync"
        # By default one worker per usable core plus one (a reader's spare while posts
        # keep every core busy).
        children = Path("/proc") / str(proc.pid) / "task" / str(proc.pid) / "children"
        assert len(children.read_text().split()) == len(os.sched_getaffinity(0)) + 1
        # collectstatic ran into the data dir, and whitenoise serves it.
        assert (tmp_path / "static" / "staticfiles.json").is_file()
        with urllib.request.urlopen(base + "/static/admin/css/base.css", timeout=5) as resp:
            assert resp.status == 200 and "max-age" in resp.headers["Cache-Control"]
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        proc.stdout.close()


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    """A data dir where `nouvelles demo --no-serve` ran once (copy it before changing it)."""
    data = tmp_path_factory.mktemp("demo")
    out = nouvelles(data, "demo", "--no-serve").stdout
    assert "Administrator created: admin /" in out
    return data


def copy_of(data: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy"
    shutil.copytree(data, target)
    return target


def test_demo_no_serve_loads_the_demo(demo_dir, tmp_path):
    tmp_path = copy_of(demo_dir, tmp_path)
    assert (
        query(tmp_path, "SELECT count(*) FROM articles_article WHERE status='published'")[0][0]
        >= 40
    )
    assert query(tmp_path, "SELECT count(*) FROM articles_category") == [(5,)]
    assert query(tmp_path, "SELECT count(*) FROM sources_source") == [(4,)]
    languages = {
        r[0] for r in query(tmp_path, "SELECT DISTINCT original_language FROM articles_article")
    }
    assert languages >= {"fr", "es", "en"}
    assert list((tmp_path / "media" / "demo").glob("*.svg"))
    # Twice: idempotent.
    nouvelles(tmp_path, "demo", "--no-serve")
    assert query(tmp_path, "SELECT count(*) FROM articles_article")[0][0] == 40


def test_export_then_import_into_a_fresh_data_dir(demo_dir, tmp_path):
    first, second = demo_dir, tmp_path / "second"
    dump = tmp_path / "dump.jsonl"
    assert "Exported 40" in nouvelles(first, "export", "--output", str(dump)).stderr
    nouvelles(second, "init", NOUVELLES_ADMIN_PASSWORD=PASSWORD)
    assert "40 created" in nouvelles(second, "import", str(dump)).stdout
    assert "40 updated" in nouvelles(second, "import", str(dump)).stdout  # idempotent
    again = nouvelles(second, "export").stdout  # stdout by default
    assert [json.loads(line) for line in again.splitlines()] == [
        json.loads(line) for line in dump.read_text().splitlines()
    ]


def test_import_reports_a_malformed_line_and_loads_the_rest(demo_dir, tmp_path):
    tmp_path = copy_of(demo_dir, tmp_path)
    lines = nouvelles(tmp_path, "export").stdout.splitlines()[:2]
    nouvelles(tmp_path, "flush", "--no-input")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([lines[0], '{"slug": "oops", "title": ', lines[1]]) + "\n")
    result = nouvelles(tmp_path, "import", str(bad), check=False)
    assert result.returncode == 1
    assert "line 2: not valid JSON" in result.stderr
    assert "2 created" in result.stdout
    assert query(tmp_path, "SELECT count(*) FROM articles_article") == [(2,)]


@pytest.mark.parametrize("command", ["export", "import"])
def test_export_and_import_have_help(tmp_path, command):
    assert "usage: nouvelles " + command in nouvelles(tmp_path, "help", command).stdout


def test_wsgi_module_boots_the_spam_filter_and_freezes_the_boot_objects(tmp_path):
    """What a gunicorn worker imports: the spam filter loaded, and everything alive at that
    point moved out of the garbage collector's full collections (gc.freeze)."""
    code = "import gc, sys, nouvelles.wsgi; print(gc.get_freeze_count(), 'sklearn' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=run_env(tmp_path, NOUVELLES_SECRET_KEY="x" * 50),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    frozen, spam_filter_loaded = result.stdout.split()
    assert int(frozen) > 10_000 and spam_filter_loaded == "True"
