"""Text helpers shared by every app (the bottom layer: imports nothing of ours)."""

import html
import re

# Closing and opening block tags become spaces so "<li>SQL</li><li>Python</li>" does not read "SQLPython";
# inline tags vanish so "<b>Py</b>thon" still reads "Python".
_BLOCK_TAG = re.compile(
    r"</?(?:p|li|ul|ol|h[1-6]|div|br|hr|td|th|tr|table|blockquote|figure|figcaption|pre|section|article)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")


def plain_text(body_html: str | None) -> str:
    """Return the readable text of an HTML fragment: tags removed, entities decoded, blocks kept apart."""
    spaced = _BLOCK_TAG.sub(" ", body_html or "")
    return " ".join(html.unescape(_TAG.sub("", spaced)).split())
