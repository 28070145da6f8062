"""`nouvelles check --deploy` is clean with production settings, run as a real subprocess."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

NOUVELLES = Path(sys.executable).with_name("nouvelles")


def production_env(tmp_path, **overrides) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NOUVELLES_", "DJANGO_"))}
    env.update(
        NOUVELLES_DATA_DIR=str(tmp_path),
        NOUVELLES_SECURE="1",
        NOUVELLES_DEBUG="0",
        NOUVELLES_SECRET_KEY=secrets.token_urlsafe(60),
        NOUVELLES_ALLOWED_HOSTS="news.example.org",
        NOUVELLES_SITE_URL="https://news.example.org",
    )
    env.update(overrides)
    return env


def run_check(env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(NOUVELLES), "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_check_deploy_is_clean_in_production(tmp_path):
    result = run_check(production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.slow
def test_check_deploy_fails_without_https(tmp_path):
    """The check can fail: the same settings without NOUVELLES_SECURE are reported."""
    result = run_check(production_env(tmp_path, NOUVELLES_SECURE="0"))
    assert result.returncode != 0
    assert "security.W008" in result.stderr + result.stdout  # SECURE_SSL_REDIRECT
