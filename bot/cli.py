"""The ``launches`` command: wiring from the shell to the bot's plain functions.

Every subcommand reports a bad input as one line on stderr naming the file and the problem,
carries on with the rest, and ends with a non-zero status if anything was skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.articles import Article, ArticleError, iter_article_paths, load_article


def _article_record(article: Article) -> dict[str, object]:
    from bot.extract import extract

    events = []
    for event in extract(article):
        record = event.to_dict()
        if article.published_from_mtime:
            record["evidence"]["date_reference"] = (
                "no 'published' date: dates resolved against the file's modification time "
                f"({article.published.isoformat(timespec='seconds')})"
            )
        events.append(record)
    published = (article.published.date().isoformat() if article.published_date_only
                 else article.published.isoformat())
    return {"file": article.name, "published": published, "events": events}


def cmd_extract(args: argparse.Namespace) -> int:
    failures = 0
    for path in iter_article_paths(args.paths):
        try:
            article = load_article(path)
        except ArticleError as err:
            print(f"launches: {err}", file=sys.stderr)
            failures += 1
            continue
        if args.text:
            _print_text(article)
        else:
            print(json.dumps(_article_record(article), ensure_ascii=False), flush=True)
    return 1 if failures else 0


def _print_text(article: Article) -> None:
    from bot.extract import extract
    from bot.render import event_line

    events = extract(article)
    title = article.title or article.name
    print(f"{article.name}: {title} ({article.source or 'unknown source'}, "
          f"{article.reference_day.isoformat()})")
    if not events:
        print("  no launch reported")
    for event in events:
        print(f"  {event_line(event)}")
    print(flush=True)


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.evaluate import GoldError, load_gold, score
    from bot.extract import extract
    from bot.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()

    def same_site(a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return a == b
        pa, pb = gazetteer.lookup(a), gazetteer.lookup(b)
        if pa is not None and pb is not None:
            return pa.name == pb.name
        return a.strip().lower() == b.strip().lower()

    try:
        golds = load_gold(args.gold_dir)
    except GoldError as err:
        print(f"launches: {err}", file=sys.stderr)
        return 2
    items = []
    failures = 0
    for path, gold in golds:
        try:
            article = load_article(path)
        except ArticleError as err:
            print(f"launches: {err}", file=sys.stderr)
            failures += 1
            continue
        predicted = [e.to_dict() for e in extract(article)]
        items.append((gold.get("id", path.stem), gold["events"], predicted))
    report = score(items, same_site=same_site)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(report.to_text())
    return 1 if failures else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="launches",
        description="Index news of North Korean missile launches and answer questions about them.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print the launch events of articles as JSON Lines")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                   help="article files (.txt, .md, .html) or folders of them")
    p.add_argument("--text", action="store_true",
                   help="print a readable line per launch instead of JSON Lines")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score extraction against .gold.json labels")
    p.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
