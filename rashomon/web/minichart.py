"""A small inline SVG of a question's spread for the overview: one number line from the lowest to the
highest stated figure, a dot per exact figure, a bar per range, an arrow for "at least"/"more than".
Built on `rashomon.charts` (same intervals, colours and escaping); no style attributes (CSP)."""

from __future__ import annotations

from typing import Any

from ..charts import _e, _interval, _Scale

W, H, PAD = 240, 30, 10


def spread(values: list[dict[str, Any]], label: str, contested: bool) -> str:
    """``values``: dicts with value, qualifier, label (as in `queries.overview`)."""
    ivs = [(v, iv) for v in values if (iv := _interval(v.get("value"), v.get("qualifier") or "exact"))]
    if not ivs:
        return ""
    lo = min(iv[0] for _, iv in ivs)
    hi = max(iv[1] for _, iv in ivs)
    scale = _Scale(0.0 if lo > 0 and hi / max(lo, 1) <= 50 else lo, hi * 1.05 or 1, PAD, W - PAD)
    color = "#8a1111" if contested else "#1d5b3a"
    y = 14
    desc = "; ".join(v["label"] for v, _ in ivs[:30])
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="spread" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
           f'role="img" aria-label="{_e(label)}: {_e(desc)}">',
           f'<line x1="{PAD}" y1="{y}" x2="{W - PAD}" y2="{y}" stroke="#bbb"/>']
    for v, (a, b, open_right) in ivs:
        x0, x1 = scale(a), scale(b)
        out.append(f'<g><title>{_e(v["label"])}</title>')
        if open_right:
            out.append(f'<line x1="{x0:.1f}" y1="{y}" x2="{W - PAD:.1f}" y2="{y}" stroke="{color}" stroke-width="2" '
                       'stroke-dasharray="3 2"/>')
        elif x1 - x0 > 1:
            out.append(f'<line x1="{x0:.1f}" y1="{y}" x2="{x1:.1f}" y2="{y}" stroke="{color}" stroke-width="4"/>')
        out.append(f'<circle cx="{x0:.1f}" cy="{y}" r="4" fill="{color}" fill-opacity="0.75"/></g>')
    out.append(f'<text x="{PAD}" y="{H - 2}" font-size="9" fill="#444">{_e(f"{scale.lo:g}")}</text>'
               f'<text x="{W - PAD}" y="{H - 2}" font-size="9" fill="#444" text-anchor="end">{_e(f"{hi:g}")}</text>')
    out.append("</svg>")
    return "".join(out)


def day_bars(hist: list[dict[str, Any]], href: Any) -> str:
    """Events per day as bars, one per day that has events, in date order (conflicting events in
    red), each bar a link to that day: ``href(day)``."""
    if not hist:
        return ""
    w, h, top = 900, 90, 8
    n = len(hist)
    bw = max(2.0, min(28.0, (w - 20) / n))
    peak = max(x["events"] for x in hist) or 1
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="days" viewBox="0 0 {w} {h + 18}" role="img" '
           f'aria-label="Events per day, {_e(hist[0]["day"])} to {_e(hist[-1]["day"])}">']
    for i, x in enumerate(hist):
        bh = (h - top) * x["events"] / peak
        cf = (h - top) * (x["conflicts"] or 0) / peak
        xx = 10 + i * bw
        label = f'{x["day"]}: {x["events"]} events' + (f', {x["conflicts"]} conflicting' if x["conflicts"] else "")
        out.append(f'<a href="{_e(href(x["day"]))}"><title>{_e(label)}</title>'
                   f'<rect x="{xx:.1f}" y="{h - bh:.1f}" width="{max(1.0, bw - 1):.1f}" height="{bh:.1f}" fill="#1f4e99"/>')
        if cf:
            out.append(f'<rect x="{xx:.1f}" y="{h - cf:.1f}" width="{max(1.0, bw - 1):.1f}" height="{cf:.1f}" fill="#8a1111"/>')
        out.append("</a>")
    out.append(f'<text x="10" y="{h + 14}" font-size="11" fill="#444">{_e(hist[0]["day"])}</text>'
               f'<text x="{max(10 + n * bw, 160):.1f}" y="{h + 14}" font-size="11" fill="#444" text-anchor="end">'
               f'{_e(hist[-1]["day"])}</text>')
    out.append("</svg>")
    return "".join(out)
