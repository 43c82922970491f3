"""One Record as a self-contained HTML page: the web page's article view (its JS and CSS) and the
record's JSON inlined, so the file opens anywhere with no server and makes no request."""

from __future__ import annotations

import html
from importlib.resources import files
from string import Template

from tidings.model import Record

STATIC = files("tidings") / "web" / "static"

PAGE = Template("""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>$title</title>
<style>
body { margin: 1.5rem; }
$style</style>
</head>
<body>
<main id="tidings-article"></main>
<script type="application/json" id="tidings-record">$record</script>
<script type="module">
$script
renderArticle(document.getElementById("tidings-article"), JSON.parse(document.getElementById("tidings-record").textContent));
</script>
</body>
</html>
""")

# JSON has "<", ">" and "&" only inside strings, where these escapes read back the same characters:
# no "</script>" or "<!--" in an article can end the script element early.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def record_json_for_script(record: Record) -> str:
    """The record's JSON, safe to stand between <script> and </script>."""
    return record.model_dump_json().translate(_SCRIPT_SAFE)


def article_html(record: Record) -> str:
    """The record's article view as one HTML document."""
    return PAGE.substitute(
        title=html.escape(record.article.title or f"tidings: article {record.article.id}"),
        style=(STATIC / "css" / "article.css").read_text(encoding="utf-8"),
        script=(STATIC / "js" / "article.js").read_text(encoding="utf-8"),
        record=record_json_for_script(record),
    )
