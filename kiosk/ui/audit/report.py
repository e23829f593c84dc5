"""The audit's index.html: one row per screen, one picture per language and mode, the findings
under each picture, so a person can look over every screen in a minute."""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.ui.audit.results import AuditResult, Shot

_STYLE = """
body { font-family: sans-serif; background: #0b1b34; color: #f5f7fa; margin: 16px; }
a { color: #ffc83d; }
table { border-collapse: collapse; }
th, td { border: 1px solid #3a5a8c; padding: 4px; vertical-align: top; }
th { position: sticky; top: 0; background: #132a4f; }
img { display: block; max-width: 220px; max-height: 220px; }
td.bad { background: #3a1a1a; }
ul { margin: 4px 0 0 0; padding-left: 16px; font-size: 11px; max-width: 260px; }
li { margin-bottom: 2px; word-break: break-word; }
.ok { color: #56b4e9; font-size: 11px; }
"""


def write_index(result: AuditResult, out: Path) -> Path:
    """Write out/index.html for the shots of the result (pictures relative to it)."""
    columns = list(dict.fromkeys((shot.mode, shot.language) for shot in result.shots))
    by_screen: dict[str, dict[tuple, Shot]] = {}
    for shot in result.shots:
        by_screen.setdefault(shot.screen, {})[(shot.mode, shot.language)] = shot
    kinds = Counter(finding.kind for _, finding in result.findings)
    parts = [
        "<!doctype html><meta charset='utf-8'><title>VIZIUM screen audit</title>",
        f"<style>{_STYLE}</style>",
        "<h1>VIZIUM screen audit</h1>",
        f"<p>{len(result.shots)} pictures, {len(result.findings)} findings"
        + (": " + ", ".join(f"{count} {kind}" for kind, count in kinds.most_common()) if kinds else "")
        + ". Click a picture to see it at full size.</p>",
        "<table><tr><th>screen</th>",
    ]
    parts += [f"<th>{html.escape(mode.name)}<br>{language}</th>" for mode, language in columns]
    parts.append("</tr>")
    for screen, shots in by_screen.items():
        parts.append(f"<tr><th>{html.escape(screen)}</th>")
        for column in columns:
            parts.append(_cell(shots.get(column), out))
        parts.append("</tr>")
    parts.append("</table>")
    index = out / "index.html"
    out.mkdir(parents=True, exist_ok=True)
    index.write_text("\n".join(parts), encoding="utf-8")
    return index


def _cell(shot: Shot | None, out: Path) -> str:
    if shot is None:
        return "<td></td>"
    picture = ""
    if shot.picture is not None:
        link = html.escape(shot.picture.relative_to(out).as_posix())
        picture = f"<a href='{link}'><img loading='lazy' src='{link}' alt='{html.escape(shot.screen)}'></a>"
    if not shot.findings:
        return f"<td>{picture}<span class='ok'>no findings</span></td>"
    items = "".join(f"<li>{html.escape(str(finding))}</li>" for finding in shot.findings)
    return f"<td class='bad'>{picture}<ul>{items}</ul></td>"
