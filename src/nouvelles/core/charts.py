"""Small server-side SVG charts for the newsroom dashboard (no JavaScript)."""

from __future__ import annotations

from html import escape


def render_bar_chart(
    values: list[int],
    labels: list[str],
    title: str,
    width: int = 140,
    height: int = 32,
) -> str:
    """An inline SVG bar chart, one bar per value, with a text title for screen readers.

    Each bar carries a <title> "label: value" (a tooltip); all text is escaped.
    """
    if len(values) != len(labels):
        raise ValueError("values and labels must have the same length")
    count = max(1, len(values))
    peak = max([*values, 1])
    bar_width = width / count
    bars = []
    for i, (value, label) in enumerate(zip(values, labels, strict=True)):
        bar_height = 0 if value <= 0 else max(1.0, (height - 2) * value / peak)
        x = i * bar_width
        y = height - bar_height
        bars.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(1.0, bar_width - 1):.1f}" '
            f'height="{bar_height:.1f}"><title>{escape(label)}: {int(value)}</title></rect>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
        f'<line x1="0" y1="{height - 0.5}" x2="{width}" y2="{height - 0.5}" '
        f'stroke="currentColor" stroke-width="0.5"/>'
        f'<g fill="currentColor">{"".join(bars)}</g></svg>'
    )
