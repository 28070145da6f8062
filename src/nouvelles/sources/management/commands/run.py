"""`nouvelles run`: the web server, the scheduler and one worker, in one command."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the site (nouvelles serve), the scheduler and one worker together; Ctrl-C stops all three."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--workers", type=int, default=None, help="web worker processes (serve's default)"
        )

    def handle(self, *args, host: str, port: int, workers: int | None, **options) -> None:
        base = [sys.executable, "-m", "nouvelles"]
        web = [*base, "serve", "--host", host, "--port", str(port)]
        commands = {
            "web": web if workers is None else [*web, "--workers", str(workers)],
            "scheduler": [*base, "scheduler"],
            "worker": [*base, "worker"],
        }
        processes = {name: subprocess.Popen(argv) for name, argv in commands.items()}  # noqa: S603
        self.stdout.write(f"Running on http://{host}:{port}/ with a scheduler and a worker.")
        stopping = False

        def stop(*_):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping:
                for name, process in processes.items():
                    if process.poll() is not None:
                        self.stderr.write(f"{name} exited with {process.returncode}; stopping.")
                        stopping = True
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            for process in processes.values():
                if process.poll() is None:
                    process.terminate()
            for process in processes.values():
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
