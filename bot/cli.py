"""The ``launches`` command: wiring from the shell to the bot's plain functions.

Every subcommand reports a bad input as one line on stderr naming the file and the problem,
carries on with the rest, and ends with a non-zero status if anything was skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.articles import Article, ArticleError, iter_article_paths, load_article

if TYPE_CHECKING:
    from apscheduler.schedulers.base import BaseScheduler

    from bot.merge import Launch
    from bot.store import Index


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
    published = (
        article.published.date().isoformat()
        if article.published_date_only
        else article.published.isoformat()
    )
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
    print(
        f"{article.name}: {title} ({article.source or 'unknown source'}, "
        f"{article.reference_day.isoformat()})"
    )
    if not events:
        print("  no launch reported")
    for event in events:
        print(f"  {event_line(event)}")
    print(flush=True)


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.evaluate import GoldError, distinct_launches, gazetteer_same_site, load_gold, score
    from bot.extract import extract
    from bot.ingest import ingest_paths
    from bot.store import Index

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
    report = score(items, same_site=gazetteer_same_site)
    # Merging measured too: the launches the index makes of these articles, against the
    # distinct launches the gold files describe.
    index = Index("sqlite://")
    ingest_paths(index, [path for path, _ in golds])
    merged, gold_launches = index.stats()["launches"], distinct_launches(g for _, g in golds)
    if args.json:
        print(
            json.dumps(
                {**report.to_dict(), "index_launches": merged, "gold_launches": gold_launches},
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        print(report.to_text())
        print(
            f"\nMerging: the index makes {merged} launches of these articles; "
            f"the gold files describe {gold_launches}."
        )
    return 1 if failures else 0


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected 0 or a positive whole number, got {value!r}")
    return int(value)


def _open_index(args: argparse.Namespace) -> Index:
    from bot.store import Index, database_url

    return Index(database_url(args.db))


def cmd_ingest(args: argparse.Namespace) -> int:
    from bot.ingest import ingest_paths

    index = _open_index(args)
    progress = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        def progress(files):  # type: ignore[no-untyped-def]
            return tqdm(files, unit="article", file=sys.stderr)

    summary = ingest_paths(index, args.paths, progress=progress, workers=args.workers)
    for line in summary.failed:
        print(f"launches: {line}", file=sys.stderr)
    print(summary.line())
    return 1 if summary.failed else 0


def cmd_reindex(args: argparse.Namespace) -> int:
    from bot.extract import extract

    index = _open_index(args)
    before = index.stats()["launches"]
    count = index.reindex(extract)
    print(
        f"re-extracted {count} articles: {before} launches before, {index.stats()['launches']} now"
    )
    return 0


def cmd_import_history(args: argparse.Namespace) -> int:
    from bot.history import HistoryError, read_history, salvo_key, salvos
    from bot.ingest import Summary, record

    try:
        rows, problems = read_history(args.file)
    except HistoryError as err:
        print(f"launches: {err}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"launches: {problem}", file=sys.stderr)
    index = _open_index(args)
    summary = Summary()
    for item in salvos(rows):
        record(summary, index.add_history(salvo_key(item), item))
    print(
        f"{len(rows)} rows, {summary.added} salvos added, {summary.unchanged} already "
        f"imported; {len(summary.created)} new launches, {len(summary.updated)} launches "
        "confirmed by the history"
    )
    return 1 if problems else 0


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.answer import answer
    from bot.query import QueryError, parse_query
    from bot.render import answer_text

    index = _open_index(args)
    try:
        query = parse_query(args.query, _now(args.now))
    except QueryError as err:
        print(str(err))
        return 2
    print(answer_text(answer(index, query)))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import logging

    from bot.app import ConfigError, SlackSettings, build_app

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        settings = SlackSettings.from_env()
    except ConfigError as err:
        print(f"launches: {err}", file=sys.stderr)
        return 2
    index = _open_index(args)
    app = build_app(index, settings)
    scheduler = _start_arrivals(index, app.client, feeds_file=args.feeds)
    if settings.app_token:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        print("launches: serving /launches over Socket Mode", file=sys.stderr)
        SocketModeHandler(app, settings.app_token).start()
        return 0
    from bot.web import http_server

    server = http_server(app, port=args.port)
    print(
        f"launches: serving /launches on http://0.0.0.0:{args.port}/slack/events", file=sys.stderr
    )
    try:
        server.serve_forever()
    finally:
        server.server_close()
        scheduler.shutdown(wait=False)
    return 0


def _start_arrivals(
    index: Index,
    poster: object,
    always: tuple = (),  # type: ignore[type-arg]
    feeds_file: Path | None = None,
    now: str | None = None,
) -> BaseScheduler:
    """Feeds, inbox, alerts and the digest, on the scheduler beside the app or console."""
    from bot.scheduler import Arrivals, build_scheduler
    from bot.settings import load_settings
    from bot.sources import SourceError, load_feeds

    try:
        feeds = load_feeds(feeds_file)
    except SourceError as err:
        print(f"launches: {err}", file=sys.stderr)
        feeds = []
    arrivals = Arrivals(
        index,
        load_settings(),
        poster,
        lambda: _now(now),  # type: ignore[arg-type]
        feeds=feeds,
        always=always,
    )
    scheduler = build_scheduler(arrivals)
    scheduler.start()
    return scheduler


def cmd_console(args: argparse.Namespace) -> int:
    from bot.alerts import PrintPoster
    from bot.subscriptions import Subscription

    index = _open_index(args)
    for path in args.ingest or []:
        from bot.ingest import ingest_paths

        ingest_paths(index, [path])
    scheduler = None
    if not args.no_arrivals:
        # Alerts and digests print here, where a channel would show them.
        scheduler = _start_arrivals(
            index,
            PrintPoster(),
            always=(Subscription("console"),),
            feeds_file=args.feeds,
            now=args.now,
        )
    try:
        return _console_loop(index, args.now)
    finally:
        # Stopped before the interpreter is: a job due as it shuts down cannot be run.
        if scheduler is not None:
            scheduler.shutdown(wait=False)


def _console_loop(index: Index, now: str | None) -> int:
    from bot.reply import reply

    interactive = sys.stdin.isatty()
    if interactive:
        print(
            "launches console: type /launches QUERY (or just the query); "
            "/launches help for examples; Ctrl-D to leave."
        )
    while True:
        if interactive:
            print("> ", end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            return 0
        text = line.strip()
        if not text:
            continue
        if text.startswith("/"):
            command, _, text = text.partition(" ")
            if command != "/launches":
                print(f"Unknown command {command}: try /launches help")
                continue
        print(reply(index, text, _now(now)).text, flush=True)


def cmd_events(args: argparse.Namespace) -> int:
    from bot.export import write_csv, write_json

    index = _open_index(args)
    selected = _select(index, args.query, args.now) if args.query else list(index.all_launches())
    if selected is None:
        return 2
    if args.csv:
        write_csv(selected, sys.stdout)
    else:
        write_json(selected, sys.stdout)
    return 0


def _select(index: Index, words: list[str], now: str | None) -> list[Launch] | None:
    from bot.answer import answer
    from bot.query import QueryError, parse_query

    try:
        query = parse_query(" ".join(words), _now(now))
    except QueryError as err:
        print(f"launches: {err}", file=sys.stderr)
        return None
    return answer(index, query).launches


def _now(value: str | None) -> dt.datetime:
    if not value:
        return dt.datetime.now(dt.UTC)
    stamp = dt.datetime.fromisoformat(value)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone(dt.timedelta(hours=9)))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="launches",
        description="Index news of North Korean missile launches and answer questions about them.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    feeds_help = "the feed list to poll (default: config/feeds.yaml)"

    p = sub.add_parser("extract", help="print the launch events of articles as JSON Lines")
    p.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="article files (.txt, .md, .html) or folders of them",
    )
    p.add_argument(
        "--text", action="store_true", help="print a readable line per launch instead of JSON Lines"
    )
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score extraction against .gold.json labels")
    p.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_eval)

    db = argparse.ArgumentParser(add_help=False)
    db.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="the index: an SQLite path or a database URL "
        "(default: $LAUNCHES_DB or data/launches.db)",
    )

    p = sub.add_parser("ingest", parents=[db], help="store articles and their launches")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument(
        "--workers",
        type=_count,
        metavar="N",
        help="processes extracting while this one stores (default: one per core, "
        "for 500 files or more; 0: none)",
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser(
        "reindex", parents=[db], help="rebuild every launch from the stored articles"
    )
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser(
        "import-history",
        parents=[db],
        help="load the CNS North Korea Missile Test Database (.xlsx or .csv)",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_import_history)

    p = sub.add_parser("ask", parents=[db], help="answer a /launches query from the index")
    p.add_argument("query", metavar="QUERY", help='e.g. "last Wonsan launch", "KN-23 this year"')
    p.add_argument(
        "--now",
        metavar="ISO-DATETIME",
        help="the clock the query is read against (default: now; KST if no offset)",
    )
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser(
        "serve",
        parents=[db],
        help="run the Slack app (Socket Mode if SLACK_APP_TOKEN is set, else HTTP on --port)",
    )
    p.add_argument("--port", type=int, default=3000)
    p.add_argument("--feeds", type=Path, metavar="FILE", help=feeds_help)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser(
        "console",
        parents=[db],
        help="a local shell: type /launches queries, see the answers as text",
    )
    p.add_argument("--now", metavar="ISO-DATETIME", help="pin the clock")
    p.add_argument(
        "--ingest", type=Path, action="append", metavar="PATH", help="ingest these articles first"
    )
    p.add_argument(
        "--no-arrivals", action="store_true", help="do not poll feeds or the inbox (answers only)"
    )
    p.add_argument("--feeds", type=Path, metavar="FILE", help=feeds_help)
    p.set_defaults(func=cmd_console)

    p = sub.add_parser("events", parents=[db], help="export launches with their sources")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="a JSON list (the default)")
    form.add_argument(
        "--csv", action="store_true", help="CSV in the columns of the CNS Missile Test Database"
    )
    p.add_argument("query", nargs="*", metavar="QUERY", help="only launches matching a query")
    p.add_argument("--now", metavar="ISO-DATETIME", help="the clock the query is read against")
    p.set_defaults(func=cmd_events)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from bot.store import StoreError

    try:
        return int(args.func(args))
    except StoreError as err:
        print(f"launches: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
