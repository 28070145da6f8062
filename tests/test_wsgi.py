"""The WSGI application a gunicorn worker loads, in a real subprocess."""

from __future__ import annotations

import subprocess
import sys

from tests.test_cli import run_env


def test_the_worker_hides_its_boot_objects_from_the_garbage_collector(tmp_path):
    # A full collection then scans only what requests create (no ~50 ms stalls).
    result = subprocess.run(
        [sys.executable, "-c", "import gc, nouvelles.wsgi; print(gc.get_freeze_count())"],
        env=run_env(tmp_path, NOUVELLES_SECRET_KEY="x" * 50),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert int(result.stdout.split()[-1]) > 10_000
