"""Apertium, the rule-based engine packaged by Debian (`apertium` + `apertium-xx-yy` pairs).

One `apertium` process per batch: the segments are joined with blank lines
(which Apertium keeps as "superblanks") and split again on the way out, so
200 articles cost a handful of process starts, not one per sentence.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import cached_property

from nouvelles.translation.backends.base import (
    BackendTimeout,
    BackendUnavailable,
    BadResponse,
    BaseTranslationBackend,
    BatchResult,
    UnsupportedPair,
    send_non_empty,
)

# Apertium names some pairs with ISO 639-3 codes ("eng-spa"); the site uses ISO 639-1.
ISO3_TO_ISO1 = {
    "eng": "en", "spa": "es", "fra": "fr", "cat": "ca", "por": "pt", "ita": "it", "deu": "de",
    "nld": "nl", "ron": "ro", "glg": "gl", "eus": "eu", "oci": "oc", "ukr": "uk", "rus": "ru",
    "bel": "be", "pol": "pl", "swe": "sv", "dan": "da", "nob": "nb", "nno": "nn", "ara": "ar",
    "mlt": "mt", "epo": "eo", "arg": "an", "ast": "ast", "srd": "sc", "hbs": "sh", "bul": "bg",
    "mkd": "mk", "ces": "cs", "slk": "sk", "slv": "sl", "isl": "is", "kaz": "kk", "tat": "tt",
}  # fmt: skip
SEPARATOR = "\n\n"


def parse_modes(listing: str) -> dict[tuple[str, str], str]:
    """{(source, target): mode} from `apertium -l` ("es-fr", "eng-spa"; variants skipped)."""
    modes: dict[tuple[str, str], str] = {}
    for line in listing.split():
        parts = line.strip().split("-")
        if len(parts) != 2 or "_" in line:
            continue
        source, target = (ISO3_TO_ISO1.get(p, p) for p in parts)
        modes.setdefault((source, target), line.strip())
    return modes


class ApertiumBackend(BaseTranslationBackend):
    """OPTIONS: BINARY (default "apertium"), DIRECTORY (-d, modes not installed system-wide),
    MODES ({"es-fr": "es-fr"} to name modes by hand), TIMEOUT (seconds, per batch)."""

    name = "Apertium"
    max_segments = 5000
    max_chars = 400_000

    @property
    def binary(self) -> str:
        return str(self.options.get("BINARY", "apertium"))

    @property
    def model(self) -> str:
        return f"apertium{'@' + self.options['DIRECTORY'] if self.options.get('DIRECTORY') else ''}"

    def _base_command(self) -> list[str]:
        path = shutil.which(self.binary)
        if path is None:
            raise BackendUnavailable(
                f"the {self.binary!r} command is not installed "
                "(Debian: apt-get install apertium apertium-fr-es apertium-eng-spa)"
            )
        command = [path]
        if self.options.get("DIRECTORY"):
            command += ["-d", str(self.options["DIRECTORY"])]
        return command

    @cached_property
    def modes(self) -> dict[tuple[str, str], str]:
        configured = {
            tuple(pair.split("-", 1)): mode for pair, mode in self.options.get("MODES", {}).items()
        }
        try:
            listing = subprocess.run(  # noqa: S603 - fixed arguments, configured binary
                [*self._base_command(), "-l"],
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            ).stdout
        except (BackendUnavailable, OSError, subprocess.TimeoutExpired):
            listing = ""
        return {**parse_modes(listing), **configured}

    def language_pairs(self) -> set[tuple[str, str]]:
        return set(self.modes)

    def translate_batch(self, texts: list[str], source: str, target: str) -> BatchResult:
        mode = self.modes.get((source, target))
        if mode is None:
            raise UnsupportedPair(f"Apertium has no {source}→{target} pair installed")
        flat = [re.sub(r"\s+", " ", t).strip() for t in texts]
        return self.result(send_non_empty(flat, lambda some: self._run(mode, some)), len(texts))

    def _run(self, mode: str, flat: list[str]) -> list[str]:
        try:
            done = subprocess.run(  # noqa: S603 - fixed arguments, configured binary
                [*self._base_command(), "-u", "-f", "txt", mode],
                input=SEPARATOR.join(flat) + "\n",
                capture_output=True,
                text=True,
                timeout=self.timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise BackendTimeout(
                f"Apertium did not finish {len(flat)} segments within {self.timeout:g} s"
            ) from exc
        if done.returncode != 0:
            raise BackendUnavailable(
                f"Apertium {mode} failed (exit {done.returncode}): {done.stderr.strip()[:300]}"
            )
        out = [part.strip() for part in re.split(r"\n\s*\n", done.stdout.strip())]
        if len(out) != len(flat):
            raise BadResponse(f"Apertium returned {len(out)} segments for {len(flat)} sent")
        return out

    def check(self) -> list[str]:
        try:
            self._base_command()
        except BackendUnavailable as exc:
            return [str(exc)]
        if not self.modes:
            return ["Apertium has no language pair installed (e.g. apt-get install apertium-fr-es)"]
        return []
