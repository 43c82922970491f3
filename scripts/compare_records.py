"""Records before and after a change, compared item by item over a corpus.

    python scripts/compare_records.py dump --corpus ../shared/corpus/news.jsonl --out before.jsonl
    (change the code)
    python scripts/compare_records.py dump --corpus ../shared/corpus/news.jsonl --out after.jsonl
    python scripts/compare_records.py diff before.jsonl after.jsonl [--examples 3]

`dump` writes one JSON line per article: its record, or its ReadError. `diff` matches items of
each kind (actors, places, times, events, quotes) by their first span and prints, per kind, how
many were kept unchanged, changed (with the fields that changed), added and removed, and a few
examples of each, so a reviewer can tell intended fixes from regressions.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

KINDS = ("actors", "places", "times", "events", "quotes")
LOCAL_IDS = {"id", "sources", "targets", "place", "when", "speaker", "via", "attributed_to"}


def dump(corpus: Path, out: Path, limit: int | None) -> None:
    from tidings.model import Article
    from tidings.pipeline import Pipeline

    articles = []
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                articles.append(Article(id=doc.get("id") or "", text=doc["text"], published=doc.get("dct")))
    articles = articles[:limit] if limit else articles
    pipeline = Pipeline()
    with out.open("w", encoding="utf-8") as handle:
        for article, outcome in zip(articles, pipeline.pipe(articles)):
            row = {"id": article.id}
            if hasattr(outcome, "message"):
                row["error"] = outcome.message
            else:
                row["record"] = json.loads(outcome.model_dump_json())
            handle.write(json.dumps(row) + "\n")
            print(f"\r{len(articles)} articles: {article.id}", end="", file=sys.stderr)
    print(file=sys.stderr)


def _load(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {row["id"]: row for row in map(json.loads, handle)}


def _resolved(record: dict, item: dict) -> dict:
    """An item with record-local ids replaced by what they point to, so renumbering is no change."""
    names = {}
    for kind, field in (("actors", "canonical_id"), ("places", "geonameid"), ("times", "value")):
        for other in record.get(kind, []):
            names[other["id"]] = f"{kind}:{other.get(field)}:{other['spans'][0]['start'] if other['spans'] else ''}"
    for quote in record.get("quotes", []):
        names[quote["id"]] = f"quote:{quote['spans'][0]['start'] if quote['spans'] else ''}"
    out = {}
    for key, value in item.items():
        if key == "id":
            continue
        if key in LOCAL_IDS and isinstance(value, list):
            value = sorted(names.get(v, v) for v in value)
        elif key in LOCAL_IDS and isinstance(value, str):
            value = names.get(value, value)
        elif key == "factuality" and isinstance(value, dict):
            value = dict(value, attributed_to=names.get(value.get("attributed_to"), value.get("attributed_to")))
        out[key] = value
    return out


def _key(item: dict) -> tuple:
    spans = item.get("spans") or []
    return (spans[0]["start"], spans[0]["end"]) if spans else (item.get("content") or item["id"],)


def diff(before: Path, after: Path, examples: int) -> dict:
    old, new = _load(before), _load(after)
    summary: dict[str, Counter] = defaultdict(Counter)
    fields: dict[str, Counter] = defaultdict(Counter)
    shown: dict[str, list] = defaultdict(list)
    for article_id in sorted(old.keys() | new.keys()):
        a, b = old.get(article_id, {}), new.get(article_id, {})
        if ("error" in a) != ("error" in b) or a.get("error") != b.get("error"):
            summary["articles"]["read error changed"] += 1
            shown["articles"].append((article_id, a.get("error"), b.get("error")))
        ra, rb = a.get("record", {}), b.get("record", {})
        for kind in KINDS:
            items_a = {_key(i): _resolved(ra, i) for i in ra.get(kind, [])}
            items_b = {_key(i): _resolved(rb, i) for i in rb.get(kind, [])}
            for key in items_a.keys() | items_b.keys():
                x, y = items_a.get(key), items_b.get(key)
                if x == y:
                    summary[kind]["same"] += 1
                    continue
                if x is None or y is None:
                    change = "added" if x is None else "removed"
                    summary[kind][change] += 1
                    if sum(1 for s in shown[kind] if s[0] == change) < examples:
                        item = y or x
                        shown[kind].append((change, article_id, (item.get("spans") or [{}])[0].get("text"), _brief(item)))
                    continue
                summary[kind]["changed"] += 1
                changed = sorted(k for k in x.keys() | y.keys() if x.get(k) != y.get(k))
                fields[kind].update(changed)
                if sum(1 for s in shown[kind] if s[0] == "changed") < examples:
                    shown[kind].append(("changed", article_id, (x.get("spans") or [{}])[0].get("text"),
                                        {k: (x.get(k), y.get(k)) for k in changed if k != "spans"}))
    return {"summary": {k: dict(v) for k, v in summary.items()},
            "changed_fields": {k: dict(v) for k, v in fields.items()},
            "examples": {k: v for k, v in shown.items()}}


def _brief(item: dict) -> dict:
    keep = ("name", "canonical_id", "cameo", "value", "plover", "trigger", "content", "geonameid")
    return {k: item[k] for k in keep if k in item}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="write the records of a corpus")
    dumping.add_argument("--corpus", type=Path, required=True)
    dumping.add_argument("--out", type=Path, required=True)
    dumping.add_argument("--limit", type=int)
    differ = commands.add_parser("diff", help="compare two dumps")
    differ.add_argument("before", type=Path)
    differ.add_argument("after", type=Path)
    differ.add_argument("--examples", type=int, default=3)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.corpus, args.out, args.limit)
    else:
        report = diff(args.before, args.after, args.examples)
        print(json.dumps(report["summary"], indent=1))
        print(json.dumps(report["changed_fields"], indent=1))
        for kind, rows in report["examples"].items():
            print(f"-- {kind}")
            for row in rows:
                print("  ", json.dumps(row, ensure_ascii=False)[:400])


if __name__ == "__main__":
    main()
