"""Small, dependency-free SVG charts for the topic reports (inline in HTML, files beside Markdown).

Example:
    >>> svg = bar_chart([("Nghệ An", 12), ("Thanh Hóa", 7)], title="Bài theo tỉnh")
    >>> svg.startswith("<svg")
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from dvtext.text.numbers import format_number

__all__ = ["bar_chart", "column_chart"]

_COLOR = "#2b6cb0"
_FONT = "font-family:system-ui,sans-serif;font-size:12px"


def bar_chart(items: Sequence[tuple[str, float]], *, title: str, width: int = 560, max_items: int = 15) -> str:
    """Horizontal bars, largest first as given; labels on the left, values on the right."""
    items = list(items)[:max_items]
    row, label_w, top = 20, 170, 26
    height = top + row * max(1, len(items)) + 8
    vmax = max((v for _, v in items), default=0) or 1
    bar_w = width - label_w - 60
    parts = [
        f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" data-kind="bar" data-items="{len(items)}" style="{_FONT}">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="16" font-weight="bold">{escape(title)}</text>',
    ]
    if not items:
        parts.append(f'<text x="0" y="{top + 14}" fill="#777">(không có dữ liệu)</text>')
    for i, (label, v) in enumerate(items):
        y = top + i * row
        w = max(1.0, bar_w * v / vmax)
        short = label if len(label) <= 28 else label[:27] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{escape(short)}</text>')
        parts.append(f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
                     f'fill="{_COLOR}"><title>{escape(label)}: {format_number(v, places=2)}</title></rect>')
        parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + 14}">{format_number(v, places=2)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def column_chart(items: Sequence[tuple[str, float]], *, title: str, width: int = 560, height: int = 200) -> str:
    """Vertical columns in the given order (e.g. months), with first/last labels on the axis."""
    items = list(items)
    top, bottom, left = 26, 28, 36
    plot_h = height - top - bottom
    plot_w = width - left - 10
    vmax = max((v for _, v in items), default=0) or 1
    n = max(1, len(items))
    col = plot_w / n
    parts = [
        f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" data-kind="column" data-items="{len(items)}" style="{_FONT}">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="16" font-weight="bold">{escape(title)}</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" stroke="#999"/>',
        f'<text x="{left - 4}" y="{top + 10}" text-anchor="end">{format_number(vmax, places=2)}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>',
    ]
    if not items:
        parts.append(f'<text x="{left}" y="{top + 20}" fill="#777">(không có dữ liệu)</text>')
    for i, (label, v) in enumerate(items):
        h = max(1.0, plot_h * v / vmax)
        x = left + i * col
        parts.append(f'<rect class="bar" x="{x + col * 0.1:.1f}" y="{top + plot_h - h:.1f}" '
                     f'width="{max(1.0, col * 0.8):.1f}" height="{h:.1f}" fill="{_COLOR}">'
                     f"<title>{escape(label)}: {format_number(v, places=2)}</title></rect>")
    if items:
        parts.append(f'<text x="{left}" y="{height - 8}">{escape(items[0][0])}</text>')
        if len(items) > 1:
            parts.append(f'<text x="{width - 10}" y="{height - 8}" text-anchor="end">{escape(items[-1][0])}</text>')
    parts.append("</svg>")
    return "".join(parts)
