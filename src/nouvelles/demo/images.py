"""Illustrations for the demo, drawn locally as small SVG files (no download, no photo).

`render_svg(motif, seed)` returns the SVG text: a sky gradient and a few flat
shapes for the motif, with colours picked deterministically from the seed so
that every article gets its own picture and reloading the demo gives the same one.
"""

from __future__ import annotations

import hashlib
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 1200, 675

PALETTES = [
    ("#1d3557", "#457b9d", "#f1faee", "#e63946"),
    ("#264653", "#2a9d8f", "#e9c46a", "#f4a261"),
    ("#3d405b", "#81b29a", "#f2cc8f", "#e07a5f"),
    ("#22223b", "#4a4e69", "#c9ada7", "#f2e9e4"),
    ("#003049", "#669bbc", "#fdf0d5", "#c1121f"),
    ("#283618", "#606c38", "#fefae0", "#dda15e"),
]


def _numbers(seed: str) -> list[int]:
    return list(hashlib.sha256(seed.encode()).digest())


def _motif(motif: str, n: list[int], accent: str, light: str, mid: str) -> str:
    """The shapes for one motif (SVG elements as text)."""
    shapes = {
        "waves": "".join(
            f'<path d="M0 {420 + i * 60} Q300 {380 + i * 60 + n[i] % 40} 600 {420 + i * 60} '
            f'T1200 {420 + i * 60} V675 H0 Z" fill="{mid}" opacity="{0.35 + i * 0.2:.2f}"/>'
            for i in range(3)
        ),
        "mountains": (
            f'<polygon points="0,675 {250 + n[0]},{180 + n[1] % 60} 560,675" fill="{mid}"/>'
            f'<polygon points="380,675 {760 + n[2] % 80},{140 + n[3] % 60} 1200,675" fill="{accent}" opacity="0.8"/>'
            f'<polygon points="{730 + n[2] % 80},{190 + n[3] % 60} {760 + n[2] % 80},{140 + n[3] % 60} '
            f'{790 + n[2] % 80},{190 + n[3] % 60}" fill="{light}"/>'
        ),
        "sun": f'<circle cx="{300 + n[0] * 2}" cy="{180 + n[1] % 80}" r="90" fill="{accent}"/>'
        + "".join(
            f'<rect x="{80 + i * 140}" y="{460 + (i % 2) * 40}" width="120" height="50" fill="{mid}" '
            f'stroke="{light}" stroke-width="4" transform="skewX(-20)"/>'
            for i in range(8)
        ),
        "cranes": "".join(
            f'<g fill="{mid}"><rect x="{160 + i * 330}" y="{200 + n[i] % 60}" width="24" height="420"/>'
            f'<rect x="{60 + i * 330}" y="{200 + n[i] % 60}" width="300" height="20"/></g>'
            for i in range(3)
        )
        + f'<rect x="0" y="600" width="1200" height="75" fill="{accent}"/>',
        "rails": f'<rect x="0" y="420" width="1200" height="255" fill="{mid}"/>'
        + f'<path d="M0 560 L1200 470" stroke="{light}" stroke-width="10"/>'
        + f'<path d="M0 600 L1200 510" stroke="{light}" stroke-width="10"/>'
        + "".join(
            f'<path d="M{40 + i * 80} {575 - i * 6} l0 40" stroke="{accent}" stroke-width="12"/>'
            for i in range(15)
        ),
        "film": f'<circle cx="420" cy="330" r="170" fill="{mid}"/>'
        + "".join(
            f'<circle cx="{420 + dx}" cy="{330 + dy}" r="38" fill="{light}"/>'
            for dx, dy in ((0, -95), (0, 95), (-95, 0), (95, 0))
        )
        + f'<polygon points="620,330 1150,180 1150,480" fill="{accent}" opacity="0.6"/>',
        "track": "".join(
            f'<circle cx="{200 + i * 200}" cy="{360 + n[i] % 40}" r="34" fill="{accent}"/>'
            f'<rect x="{180 + i * 200}" y="{400 + n[i] % 40}" width="40" height="140" rx="18" fill="{accent}"/>'
            for i in range(5)
        )
        + f'<rect x="0" y="590" width="1200" height="85" fill="{mid}"/>',
        "rain": "".join(
            f'<path d="M{(n[i % 32] * 5 + i * 37) % 1200} {(i * 53) % 420} l-12 40" '
            f'stroke="{light}" stroke-width="4"/>'
            for i in range(60)
        )
        + f'<path d="M0 520 Q600 470 1200 530 V675 H0 Z" fill="{mid}"/>',
        "city": "".join(
            f'<rect x="{40 + i * 145}" y="{260 + n[i] % 200}" width="120" height="{415 - n[i] % 200}" fill="{mid}"/>'
            for i in range(8)
        )
        + f'<rect x="560" y="120" width="6" height="150" fill="{light}"/>'
        + f'<rect x="566" y="120" width="90" height="55" fill="{accent}"/>',
        "book": f'<path d="M200 520 L600 470 L1000 520 L1000 200 L600 150 L200 200 Z" fill="{light}"/>'
        + f'<path d="M600 150 L600 470" stroke="{mid}" stroke-width="8"/>'
        + "".join(
            f'<path d="M{260 + (i // 6) * 400} {240 + (i % 6) * 40} l270 -10" stroke="{mid}" stroke-width="6"/>'
            for i in range(12)
        )
        + f'<circle cx="330" cy="250" r="30" fill="{accent}"/>',
        "lighthouse": f'<polygon points="560,560 640,560 620,200 580,200" fill="{light}"/>'
        + f'<rect x="570" y="150" width="60" height="50" fill="{accent}"/>'
        + f'<polygon points="630,170 1200,90 1200,260" fill="{light}" opacity="0.35"/>'
        + f'<path d="M0 560 H1200 V675 H0 Z" fill="{mid}"/>',
        "anchor": f'<circle cx="600" cy="180" r="40" fill="none" stroke="{light}" stroke-width="18"/>'
        + f'<rect x="590" y="220" width="20" height="300" fill="{light}"/>'
        + f'<path d="M420 420 Q600 640 780 420" fill="none" stroke="{light}" stroke-width="20"/>',
        "stadium": f'<ellipse cx="600" cy="520" rx="560" ry="130" fill="{mid}"/>'
        + f'<ellipse cx="600" cy="520" rx="420" ry="80" fill="{accent}" opacity="0.7"/>'
        + "".join(
            f'<circle cx="{150 + i * 300}" cy="110" r="26" fill="{light}"/>' for i in range(4)
        ),
        "stars": "".join(
            f'<circle cx="{(n[i % 32] * 7 + i * 97) % 1200}" cy="{(n[(i + 5) % 32] * 3 + i * 41) % 600}" '
            f'r="{2 + i % 3}" fill="{light}"/>'
            for i in range(70)
        )
        + f'<path d="M880 160 L1150 60" stroke="{accent}" stroke-width="6" opacity="0.7"/>'
        + f'<circle cx="880" cy="160" r="14" fill="{accent}"/>',
        "fields": "".join(
            f'<path d="M0 {330 + i * 70} Q600 {290 + i * 70 + n[i] % 30} 1200 {330 + i * 70} V675 H0 Z" '
            f'fill="{mid if i % 2 else accent}" opacity="0.8"/>'
            for i in range(5)
        ),
        "leaf": f'<path d="M600 560 C400 400 420 200 600 110 C780 200 800 400 600 560 Z" fill="{mid}"/>'
        + f'<path d="M600 560 L600 130" stroke="{light}" stroke-width="8"/>',
        "music": f'<rect x="360" y="300" width="480" height="40" rx="20" fill="{light}"/>'
        + f'<ellipse cx="330" cy="320" rx="130" ry="110" fill="{accent}"/>'
        + "".join(
            f'<circle cx="{700 + i * 110}" cy="{180 - i * 20}" r="24" fill="{light}"/>'
            f'<rect x="{720 + i * 110}" y="{90 - i * 20}" width="8" height="90" fill="{light}"/>'
            for i in range(3)
        ),
    }
    if motif not in shapes:
        raise ValueError(f"unknown demo image motif {motif!r}")
    return shapes[motif]


def render_svg(motif: str, seed: str, label: str = "") -> str:
    """An SVG illustration for `motif`, coloured from `seed`; `label` becomes its <title>."""
    n = _numbers(seed)
    dark, mid, light, accent = PALETTES[n[31] % len(PALETTES)]
    title = f"<title>{escape(label)}</title>" if label else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img">{title}'
        '<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{dark}"/><stop offset="1" stop-color="{mid}"/>'
        "</linearGradient></defs>"
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="url(#sky)"/>'
        f"{_motif(motif, n, accent, light, mid)}</svg>\n"
    )
