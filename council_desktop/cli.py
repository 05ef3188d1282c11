"""`council`: the headless, scriptable command line.

Exit 0 on success; a user's mistake prints one line on stderr and exits 2.
Lists print a table, or JSON with `--json`.
"""
from __future__ import annotations

import argparse
import gc
import json
import re
import sys
from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import Any

from . import __version__
from .domain.entities import LANGUAGES, LAYOUTS
from .domain.errors import CouncilError, user_language
from .domain.rules import VOTE_COUNTS, VOTE_WORDS

EXIT_USER_ERROR = 2


class UserError(Exception):
    """A one-line message for stderr."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        raise UserError(f"{self.prog}: {message}")


class WordsParser(Parser):
    """A command whose arguments are words to look for: one beginning with '-' is a word too, not an
    unknown option (a query is never refused)."""

    def parse_known_args(self, args=None, namespace=None):
        namespace, extras = super().parse_known_args(args, namespace)
        namespace.text = " ".join([*namespace.text, *extras])
        return namespace, []


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _print_table(rows: list[dict], columns: Sequence[str]) -> None:
    widths = {c: max([len(c)] + [len(str(r.get(c, "") or "")) for r in rows]) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns).rstrip())
    for r in rows:
        print("  ".join(str(r.get(c, "") or "").ljust(widths[c]) for c in columns).rstrip())


_opened: list = []  # contexts the running command opened; main() closes them


def _context(args, create: bool = False):
    from .app import AppContext

    ctx = AppContext.open(args.db, create=create)
    _opened.append(ctx)
    return ctx


# --- commands --------------------------------------------------------------------------------
def cmd_init(args) -> int:
    ctx = _context(args, create=True)
    print(ctx.location)
    return 0


def cmd_demo(args) -> int:
    ctx = _context(args, create=True)
    meeting_id = ctx.demo.load()
    if args.json:
        _print_json({"meeting_id": meeting_id, "database": ctx.location})
    else:
        print(f"demo meeting {meeting_id} loaded into {ctx.location}")
    return 0


def cmd_meetings_list(args) -> int:
    ctx = _context(args)
    meetings = ctx.views.meetings(args.lang)
    if args.json:
        _print_json(meetings)
    else:
        rows = [{"id": m["id"], "number": m["number"], "date": m["date"], "status": m["status"],
                 "bodies": ", ".join(b["label"] for b in m["bodies"]),
                 "items": m["agenda_items"], "presentations": len(m["presentations"])} for m in meetings]
        _print_table(rows, ("id", "number", "date", "status", "bodies", "items", "presentations"))
    return 0


def _sqlite_reader(args):
    """A plain `sqlite3` connection when the database is a SQLite file already at this version's
    schema, else None.  What reads one meeting (its view, its documents) needs no more, and is
    spared the ORM's import, which takes longer than building a protocol."""
    from .store.location import database_url, plain_sqlite_file
    from .store.snapshot import open_sqlite

    conn = open_sqlite(database_url(args.db))
    if conn is not None:
        from .store import files

        _opened.append(conn)
        path = plain_sqlite_file(database_url(args.db))
        files.watch(path)  # no output onto it (store/files.py)
        _opened.append(SimpleNamespace(close=lambda: files.unwatch(path)))
    return conn


def cmd_meeting_show(args) -> int:
    conn = _sqlite_reader(args)
    if conn is None:
        view = _context(args).views.meeting(args.id, args.lang)
    else:
        from .services.readmodel import meeting_view
        from .store.snapshot import load_meeting

        view = meeting_view(load_meeting(conn, args.id), args.lang)
    if args.json:
        _print_json(view)
        return 0
    print(f"№ {view['number']}  {view['date']}  {view['status']}")
    print("; ".join(b["name"] for b in view["bodies"]))
    for b in view["quorum"]["bodies"]:
        state = "quorum reached" if b["reached"] else "no quorum"
        print(f"{b['body']}: {b['present']} of {b['members']} members present, {state}")
    for item in view["agenda"]:
        print(f"{item['position']}. {item['title']}")
        for r in item["resolutions"]:
            vote = "unanimous" if r["unanimous"] else f"{r['votes_for']}/{r['votes_against']}/{r['votes_abstained']}"
            print(f"   {r['number']} {r['text']} [{vote}]")
    return 0


def _preflight(ctx, args, step: str) -> tuple[str, list[dict]]:
    layout = getattr(args, "layout", None) or ctx.settings.protocol_language(args.id)
    return layout, ctx.protocols.preflight(args.id, step, layout, lang=args.lang)


def _print_findings(found: list[dict], out=sys.stdout) -> None:
    """One line each, in the language of the command's messages (names in --lang's)."""
    from .domain.errors import FINDING_WORDS
    from .services.preflight import describe

    lang = user_language()
    for f in found:
        print(f"{FINDING_WORDS['blocks' if f['blocking'] else 'check'][lang]}: {describe(f, lang)}", file=out)


def cmd_meeting_preflight(args) -> int:
    ctx = _context(args)
    layout, found = _preflight(ctx, args, args.step)
    if args.json:
        _print_json({"meeting_id": args.id, "step": args.step, "layout": layout, "findings": found})
    else:
        _print_findings(found)
    return 0


def _step(args, step: str, act) -> int:
    """Held or signed from the command: pre-flight as in the window; what does not block passes only with
    --accept REASON, and the service checks it all again in the step's own transaction."""
    from .services.preflight import PreflightRefused

    ctx = _context(args)
    layout, found = _preflight(ctx, args, step)
    accepted = None
    if args.accept is not None and found and not any(f["blocking"] for f in found):
        accepted = {"codes": [f["code"] for f in found], "reason": args.accept}
    try:
        result = act(ctx, layout, accepted) or {}
    except PreflightRefused as refused:
        if [f["code"] for f in refused.found] == [f["code"] for f in found]:
            refused = PreflightRefused(refused.code, found)  # the same, with names in the command's language
        _print_findings(refused.found, sys.stderr)
        raise refused from None
    if args.json:
        _print_json({"meeting_id": args.id, "step": step, "layout": layout, "accepted": found, **result})
    elif result:
        print(f"meeting {args.id}: protocol version {result['revision']} signed ({layout}), "
              f"SHA-256 {result['sha256']}")
    return 0


def cmd_meeting_held(args) -> int:
    return _step(args, "held", lambda ctx, layout, accepted: ctx.protocols.mark_held(args.id, accepted=accepted))


def cmd_meeting_sign(args) -> int:
    return _step(args, "sign", lambda ctx, layout, accepted: ctx.protocols.sign(args.id, layout, accepted=accepted))


def cmd_meeting_draft(args) -> int:
    _context(args).protocols.draft(args.id)
    return 0


def cmd_meeting_amend(args) -> int:
    revision = _context(args).protocols.amend(args.id, args.reason)
    if args.json:
        _print_json({"meeting_id": args.id, "next_revision": revision})
    return 0


def _person_choice(text: str | None, field: str):
    """--chair / --secretary: a person's id, "default" (the default of who signs), or None (left as it is)."""
    if text is None or text == "default":
        return text
    return ascii_number(field)(text)


def cmd_meeting_signatories(args) -> int:
    """A joint meeting's signatories for each body: with --body and --chair / --secretary set (one
    transaction, as the Details tab does), then every body's listed."""
    ctx = _context(args)
    chair, secretary = _person_choice(args.chair, "--chair"), _person_choice(args.secretary, "--secretary")
    if chair is not None or secretary is not None:
        if args.body is None:
            raise CouncilError("required", field="--body")
        current = next((b for b in ctx.views.meeting_record(args.id, args.lang)["bodies"] if b["id"] == args.body),
                       {"signing_chair_id": None, "signing_secretary_id": None})  # another body: the service says
        new = [current[f"signing_{role}_id"] if given is None else None if given == "default" else given
               for role, given in (("chair", chair), ("secretary", secretary))]
        ctx.meetings.set_signatories(args.id, args.body, *new)
    rows = [{"body_id": b["id"], "body": b["short_name"] or b["name"],
             **{f"{role}{key}": value for role in ("chair", "secretary") for key, value in (
                 ("_id", b[f"signing_{role}_id"]), ("", b[f"signing_{role}"] or b[f"default_{role}"]),
                 ("_default", b[f"signing_{role}_id"] is None))}}
            for b in ctx.views.meeting_record(args.id, args.lang)["bodies"]]
    if args.json:
        _print_json(rows)
        return 0
    for r in rows:
        r.update({f"{role}_shown": r[role] + (" (default)" if r[f"{role}_default"] and r[role] else "")
                  for role in ("chair", "secretary")})
    _print_table([{"body id": r["body_id"], "body": r["body"], "chair": r["chair_shown"],
                   "secretary": r["secretary_shown"]} for r in rows], ("body id", "body", "chair", "secretary"))
    return 0


_BODY_COUNT = re.compile(r"([0-9]+)=([0-9]+)/([0-9]+)/([0-9]+)")


def cmd_meeting_body_votes(args) -> int:
    """A joint meeting's show of hands counted in each body: --count BODY=FOR/AGAINST/ABSTAINED for every
    body (recorded together, as the Minutes tab does), or --clear to count it in total only; then the
    resolution's counts and outcome, in total and per body."""
    ctx = _context(args)
    record = ctx.views.meeting_record(args.id, args.lang)
    found = [r for item in record["agenda"] for n, r in enumerate(item["resolutions"], start=1)
             if f"{item['position']}.{n}" == args.resolution]
    if not found:
        raise CouncilError("not_found", kind="resolution", ident=args.resolution)
    resolution = found[0]
    if args.count or args.clear:
        counts = {}
        for text in args.count or ():
            parsed = _BODY_COUNT.fullmatch(text)
            if parsed is None:
                raise CouncilError("invalid_value", field="--count", value=text)
            body, *votes = map(int, parsed.groups())
            counts[body] = dict(zip(VOTE_COUNTS, votes))
        ctx.minutes.set_body_counts(resolution["id"], counts or None, resolution["version"])
    shown = next(r for item in ctx.views.meeting(args.id, args.lang)["agenda"] for r in item["resolutions"]
                 if r["id"] == resolution["id"])
    if args.json:
        _print_json({"meeting_id": args.id, "resolution_id": shown["id"],
                     **{k: shown[k] for k in ("number", *VOTE_COUNTS, "adopted", "by_body")}})
        return 0
    rows = [{"": shown["number"], **shown}, *({"": b["body"], **b} for b in shown["by_body"])]
    _print_table([{"": r[""], **{VOTE_WORDS[k]: "" if r[k] is None else str(r[k]) for k in VOTE_COUNTS},
                   "adopted": "adopted" if r["adopted"] else "not adopted"} for r in rows],
                 ("", *VOTE_WORDS.values(), "adopted"))
    return 0


def cmd_people_list(args) -> int:
    ctx = _context(args)
    people = ctx.registry.people(args.search or "", limit=args.limit, lang=args.lang)
    if args.json:
        _print_json(people)
    else:
        # degree and position as the chosen language describes them (the bare fields are the Russian entry)
        rows = [p | {"degree": p["degree_text"], "position": p["position_text"]} for p in people]
        _print_table(rows, ("id", "name", "degree", "position", "organization"))
    return 0


def cmd_find(args) -> int:
    """Find in minutes: any text is a query (quotes, brackets and operators are not syntax)."""
    from .services.search import SearchService

    hits, more = SearchService(_context(args).sessions).find_in_minutes(args.text, args.lang, limit=args.limit)
    if args.json:
        _print_json({"query": args.text, "hits": [h.as_dict() for h in hits], "more": more})
    else:
        _print_table([h.as_dict() | {"item": h.item_number} for h in hits],
                     ("meeting_id", "meeting_number", "meeting_date", "item", "kind", "lang", "snippet"))
    return 0


def cmd_reindex(args) -> int:
    """The minutes and people search indexes made again from the records, and the change feed anew (what
    `council check` advises when one is off)."""
    from .store import feed, minutes_search, people_search

    with _context(args).engine.begin() as conn:
        minutes_search.rebuild(conn)
        people_search.rebuild(conn)
        feed.rebuild(conn)
    print("ok")
    return 0


def cmd_check(args) -> int:
    from .store.integrity import UNREADABLE, check, check_file

    try:
        ctx = _context(args)
    except CouncilError as exc:  # a damaged database is what this command is for: FAIL lines, not a refusal
        if exc.code != "database_unreadable":
            raise
        from .store.database import sqlite_path
        from .store.location import database_url

        path = sqlite_path(database_url(args.db))
        findings = [{"check": "open", "ok": False, "detail": f"{exc.message()}; {UNREADABLE}"}]
        findings += check_file(path) if path is not None and path.is_file() else []
    else:
        findings = check(ctx.engine)
        if all(f["ok"] for f in findings if f["check"] == "sqlite_integrity"):
            findings.append(ctx.protocols.check_prints())
    if args.json:
        _print_json({"ok": all(f["ok"] for f in findings), "checks": findings})
    else:
        for f in findings:
            print(f"{'ok  ' if f['ok'] else 'FAIL'} {f['check']} {f['detail']}".rstrip())
    return 0 if all(f["ok"] for f in findings) else 1



def count(text: str) -> int:
    """A positive whole number for an option; argparse turns the ValueError into one line."""
    n = ascii_number("limit")(text)
    if not 0 < n <= 1_000_000_000:
        raise ValueError(text)
    return n


def ascii_number(field: str) -> Callable[[str], int]:
    """An argument type taking the digits 0-9 only: Python's int() also reads '١٢' and '１２'."""
    def parse(text: str) -> int:
        if not (text.isascii() and text.isdigit()):
            raise CouncilError("not_a_number", field=field, value=text)
        return int(text)
    return parse


def build_parser() -> Parser:
    def options(suppress: bool, languages: Sequence[str] = LANGUAGES) -> Parser:
        # given before or after the subcommand; SUPPRESS keeps a subcommand from resetting them
        default = {"default": argparse.SUPPRESS} if suppress else {}
        p = Parser(add_help=False)
        p.add_argument("--db", help="database file or SQLAlchemy URL (default: COUNCIL_DB, "
                                    "else the user data folder)", **default)
        p.add_argument("--lang", choices=tuple(languages), help="language of names and texts", **default)
        p.add_argument("--json", action="store_true", help="print JSON", **default)
        return p

    common = options(suppress=True)
    parser = Parser(prog="council", description="Council Desktop, headless.", parents=[options(suppress=False)])
    parser.add_argument("--version", action="version", version=f"council {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    def command(name: str, func: Callable, help: str, parent=sub, languages: Sequence[str] | None = None) -> Parser:
        # a document command accepts more languages (kk+ru) than the rest
        p = parent.add_parser(name, help=help, parents=[options(True, languages) if languages else common])
        p.set_defaults(func=func)
        return p

    command("init", cmd_init, "create or upgrade the database")
    command("demo", cmd_demo, "load the demo meeting")
    meetings = sub.add_parser("meetings", help="meetings").add_subparsers(dest="what", required=True,
                                                                          parser_class=Parser)
    command("list", cmd_meetings_list, "list meetings", meetings)
    meeting = sub.add_parser("meeting", help="one meeting").add_subparsers(dest="what", required=True,
                                                                         parser_class=Parser)
    command("show", cmd_meeting_show, "attendance, quorum, agenda and resolutions", meeting).add_argument(
        "id", type=ascii_number("meeting id"), help="meeting id")
    for name, func, help in (("preflight", cmd_meeting_preflight, "what pre-flight finds before a step"),
                             ("held", cmd_meeting_held, "mark the meeting held (after pre-flight)"),
                             ("sign", cmd_meeting_sign, "sign and lock the protocol (after pre-flight)")):
        p = command(name, func, help, meeting)
        p.add_argument("id", type=ascii_number("meeting id"), help="meeting id")
        if name == "preflight":
            p.add_argument("--step", choices=("held", "sign"), default="sign", help="the step to check for")
        if name != "held":
            p.add_argument("--layout", choices=LAYOUTS, default=None,
                           help="the protocol's languages (default: the meeting's protocol language)")
        if name != "preflight":
            p.add_argument("--accept", default=None, metavar="REASON",
                           help="accept what pre-flight finds that does not block, for this reason (kept in "
                                "the audit trail)")
    command("draft", cmd_meeting_draft, "the protocol is being drafted (after held)", meeting).add_argument(
        "id", type=ascii_number("meeting id"), help="meeting id")
    p = command("signatories", cmd_meeting_signatories, "who signs a joint meeting's protocol for each body",
                meeting)
    p.add_argument("id", type=ascii_number("meeting id"), help="meeting id")
    p.add_argument("--body", type=ascii_number("--body"), default=None, help="the body's id (meetings list --json)")
    for role in ("chair", "secretary"):
        p.add_argument(f"--{role}", default=None, metavar="PERSON",
                       help=f"the {role} signing for --body: a person's id, or 'default'")
    p = command("body-votes", cmd_meeting_body_votes, "a joint meeting's show of hands counted in each body",
                meeting)
    p.add_argument("id", type=ascii_number("meeting id"), help="meeting id")
    p.add_argument("resolution", help="the resolution's number, as printed (e.g. 4.1)")
    either = p.add_mutually_exclusive_group()
    either.add_argument("--count", action="append", metavar="BODY=FOR/AGAINST/ABSTAINED",
                        help="one body's count (its id, then the votes); every body of the meeting, together")
    either.add_argument("--clear", action="store_true", help="count the vote in total only again")
    p = command("amend", cmd_meeting_amend, "unlock a signed protocol for its next version", meeting)
    p.add_argument("id", type=ascii_number("meeting id"), help="meeting id")
    p.add_argument("--reason", required=True, help="why it is amended (printed on the next version)")
    people = sub.add_parser("people", help="the registry of people").add_subparsers(dest="what", required=True,
                                                                                  parser_class=Parser)
    p = command("list", cmd_people_list, "list people", people)
    p.add_argument("--search", help="part of a name, any language, any case")
    p.add_argument("--limit", type=count, default=None, help="at most this many")
    p = command("find", cmd_find, "find words in the minutes: agenda titles, heard, speeches, resolutions, "
                                  "assignments, in every language")
    p.__class__ = WordsParser
    p.add_argument("text", nargs="*", help="words, each the beginning of a word, any case, all required")
    p.add_argument("--limit", type=count, default=200, help="at most this many (default 200)")
    command("reindex", cmd_reindex, "make the minutes and people search indexes and the change feed again")
    command("check", cmd_check, "check the database's integrity")

    for add_commands in (_document_commands, _verify_command, _exchange_commands, _backup_commands):
        add_commands(sub, command)
    return parser


# --- documents -------------------------------------------------------------------------------
def _write_document(args, kind: str, **options) -> int:
    faults: list[CouncilError] = []  # e.g. a damaged stored signed file, printed again instead
    signing = _digital_signature(args) if getattr(args, "sign_with", None) else None  # refused before writing
    path = _write_quickly(args, kind, faults=faults, **options)
    if path is None:
        ctx = _context(args)
        path = ctx.documents.write(kind, args.id, args.lang, args.out, restriction=args.restriction,
                                   faults=faults, pdfa=args.pdfa, **options)
    for fault in faults:
        print(f"council: {fault.message()}", file=sys.stderr)
    if signing is not None:
        from .services.render import write_file

        write_file(path, signing(path.read_bytes()))
    if args.json:
        _print_json({"document": kind, "meeting_id": args.id, "language": args.lang, "path": str(path),
                     "bytes": path.stat().st_size})
    else:
        print(path)
    return 0


def _digital_signature(args):
    """PAdES for the protocol about to be written, with the key in --sign-with (passphrase:
    COUNCIL_KEY_PASSPHRASE), at the time the version was signed in the program; a draft, or a key
    that does not open, is refused before anything is written."""
    import datetime as dt
    import os

    from .documents.pades import load_key, sign

    view = _context(args).views.meeting(args.id, "ru")
    issue = next((p for p in reversed(view["protocol_issues"]) if p["revision"] == view["protocol_version"]), None)
    if view["status"] != "protocol_signed" or issue is None:
        raise CouncilError("sign_draft_refused", ident=args.id)
    try:
        with open(args.sign_with, "rb") as f:
            key = f.read()
    except OSError as exc:
        raise CouncilError("file_unreadable", path=args.sign_with, reason=exc.strerror or str(exc)) from None
    passphrase = os.environ.get("COUNCIL_KEY_PASSPHRASE")
    passphrase = passphrase.encode() if passphrase else None
    load_key(key, passphrase)
    when = dt.datetime.fromisoformat(issue["issued_at"]).replace(tzinfo=dt.timezone.utc)  # stored in UTC
    return lambda pdf: sign(pdf, key, passphrase, when)


def _write_quickly(args, kind: str, **options):
    """A document of one meeting read by `_sqlite_reader`, rendered as `DocumentService` renders it;
    None when that reader cannot serve, or the document reads other meetings (the register)."""
    conn = None if kind == "register" else _sqlite_reader(args)
    if conn is None:
        return None
    from .services.render import render, write_file

    return write_file(args.out, render(conn, kind, args.id, args.lang, restriction=args.restriction,
                                       item=options.get("item"), faults=options.get("faults"), pdfa=args.pdfa))


def cmd_protocol(args) -> int:
    return _write_document(args, "protocol")


def cmd_document(args) -> int:
    if args.kind == "extract" and args.item is None:
        raise UserError("council document extract: --item N (the agenda position) is required")
    return _write_document(args, args.kind, item=args.item, as_of=args.as_of)


def _document_commands(sub, command) -> None:
    def outputs(p: Parser) -> Parser:
        p.add_argument("id", type=ascii_number("meeting id"), help="meeting id")
        p.add_argument("--out", required=True, help="the PDF file to write")
        p.add_argument("--restriction", default=None, help="restriction mark on every page (e.g. ДСП)")
        p.add_argument("--pdfa", action="store_true", help="the archival copy: PDF/A-2b")
        return p

    p = outputs(command("protocol", cmd_protocol, "the protocol as PDF (ru, kk, en or kk+ru)", languages=LAYOUTS))
    p.add_argument("--sign-with", default=None, metavar="KEY.p12",
                   help="add a digital signature (PAdES) with this PKCS#12 key; passphrase: COUNCIL_KEY_PASSPHRASE")
    p = command("document", cmd_document, "a companion document as PDF", languages=LAYOUTS)
    p.add_argument("kind", choices=("agenda", "script", "attendance", "extract", "register"), help="which document")
    outputs(p)
    p.add_argument("--item", type=ascii_number("item"), default=None, help="extract: the agenda item's position")
    p.add_argument("--as-of", default=None, help="register: count overdue assignments as of this date")


def cmd_verify(args) -> int:
    """Exit 0 when the copy is a signed protocol of this database, 1 when it is not."""
    pdf = None
    if not _FINGERPRINT.fullmatch(args.copy.strip().lower()):
        try:
            with open(args.copy, "rb") as f:
                pdf = f.read()
        except OSError as exc:
            raise CouncilError("file_unreadable", path=args.copy, reason=exc.strerror or str(exc)) from None
    from .documents.pades import read_root

    trust = [read_root(path) for path in args.trust or ()]
    conn = _sqlite_reader(args)  # the same answer as the service's, without the ORM's import
    if conn is not None:  # a digital signature (PAdES) is checked, then the file under it (check_copy)
        from .services.signed import check_copy, look_up

        result = check_copy(conn, pdf, trust) if pdf is not None else look_up(conn, args.copy)
    else:
        result = _context(args).protocols.verify(pdf=pdf, fingerprint=args.copy if pdf is None else None,
                                                 trust_roots=trust)
    signatures = [SimpleNamespace(**s) for s in result.get("signatures", [])]
    if args.json:
        _print_json(result)
    elif result["match"] is None:
        print("not a protocol signed in this database: its bytes are those of no signed file and of no print "
              "of a signed version")
    else:
        what = {"file": "the very file signed", "print": "a print of the signed data",
                "fingerprint": "the fingerprint of",
                "resaved": "NOT recognised: its text is that of a print of"}[result["match"]]
        state = "in force" if result["current"] else f"superseded by revision {result['latest_revision']}"
        print(f"{what}: protocol № {result['number']} of {result['date']}, revision {result['revision']} "
              f"({result['language']}), signed {result['issued_at']}; {state}")
        if result["match"] == "resaved":
            print("but its bytes are not: another program saved or altered it; ask for the file as signed, "
                  "or check the fingerprint printed on it")
    for sig in [] if args.json else signatures:
        state = ("intact, nothing changed after signing" if sig.ok else
                 "CHANGED after signing" if not sig.intact or not sig.valid else "intact, but content was ADDED after it")
        trust = "certificate trusted" if sig.trusted else (
            "certificate NOT chained to a trusted root given" if args.trust else
            "certificate not checked (give the root with --trust ROOT.pem)")
        print(f"digital signature by {sig.signer} (issued by {sig.issuer}, serial {sig.serial}), "
              f"signed {sig.signing_time}: {state}; {trust}")
    if result.get("damaged"):
        print("council: what is stored of a signed version was found damaged on the way; run council check",
              file=sys.stderr)
    signed_well = all(s.ok and (s.trusted or not args.trust) for s in signatures)
    return 0 if result["match"] in ("file", "print", "fingerprint") and signed_well else 1


_FINGERPRINT = re.compile(r"[0-9a-f]{64}")


def _verify_command(sub, command) -> None:
    p = command("verify", cmd_verify, "check a copy of a protocol: a PDF file, or the fingerprint printed on it")
    p.add_argument("copy", help="the PDF file, or the 64-character fingerprint from a paper copy")
    p.add_argument("--trust", action="append", metavar="ROOT.pem",
                   help="a root certificate the office trusts, to check a digital signature's certificate against")


def _exchange_commands(sub, command) -> None:
    from .cli_exchange import exchange_commands  # export / import: their own module

    exchange_commands(sub, command)


# --- backups ---------------------------------------------------------------------------------
def cmd_backup(args) -> int:
    path = _context(args).backups.backup(args.out)
    if args.json:
        _print_json({"backup": str(path), "bytes": path.stat().st_size})
    else:
        print(path)
    return 0


def cmd_restore(args) -> int:
    """Without --yes, only what would be restored; the current database need not open (it may be the
    damaged one), but it must be ours."""
    from .store import backup
    from .store.database import display_location, sqlite_path
    from .store.location import database_url

    url = database_url(args.db)
    database = sqlite_path(url)
    if database is None:
        raise CouncilError("backup_needs_file", path=display_location(url))
    policy = backup.BackupPolicy.from_environment()
    if args.yes:
        info, kept = backup.restore(database, args.file, policy)
    else:
        info, kept = backup.inspect_backup(args.file, database), None
    if args.json:
        _print_json({**info.as_dict(), "database": str(database), "restored": args.yes,
                     "kept": str(kept) if kept else None})
        return 0
    what = (f"{info.path}: {info.meetings} meetings, written {info.taken:%Y-%m-%d %H:%M}, schema revision "
            f"{info.revision}" + (f", upgraded to {backup.HEAD_REVISION}" if info.migrated else ""))
    if args.yes:
        print(f"restored {what} into {database}" + (f"; the previous data is kept in {kept}" if kept else ""))
    else:
        print(f"would restore {what} into {database}, keeping the current data in "
              f"{backup.backup_folder(database, policy.folder)}; add --yes to restore")
    return 0


def _backup_commands(sub, command) -> None:
    p = command("backup", cmd_backup, "a checked copy of the database (SQLite's backup API)")
    p.add_argument("--out", required=True, help="the backup file to write")
    p = command("restore", cmd_restore, "replace the database's data by a backup (the current data is kept)")
    p.add_argument("file", help="the backup file")
    p.add_argument("--yes", action="store_true", help="restore; without it, only say what would be restored")


def main(argv: Sequence[str] | None = None) -> int:
    program = argv is None  # run as the `council` program, not called by a script or a test
    if program:
        _short_lived()
    try:
        from .store.faults import shown, undecodable

        bad = next((a for a in (sys.argv[1:] if argv is None else argv) if undecodable(a)), None)
        if bad is not None:  # bytes the system's encoding cannot read, as os.fsdecode left them
            raise CouncilError("argument_undecodable", value=shown(bad))
        args = build_parser().parse_args(argv)
        args.lang = args.lang or user_language()
        return args.func(args)
    except UserError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USER_ERROR
    except CouncilError as exc:
        print(f"council: {exc.message()}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a condition of the machine (locked, full, read-only…), else a fault of ours
        from .store.faults import condition

        found = condition(exc)
        if found is not None:
            print(f"council: {found.message()}", file=sys.stderr)
            return EXIT_USER_ERROR
        from .crashlog import record

        log = record(exc)
        where = f" (details in {log})" if log else ""
        print(f"council: unexpected error: {type(exc).__name__}: {exc}{where}".splitlines()[0], file=sys.stderr)
        return 1
    finally:
        while _opened:
            _opened.pop().close()
        if program:
            gc.freeze()  # see _short_lived


def _short_lived() -> None:
    """A command lives under a second, and nearly all it makes (modules, mappers, fonts, the
    document) lives to its end: the cycle collector's passes over them are wasted work, a tenth
    of a second at start and another at exit, when the interpreter collects once more.  So the
    collector runs less often, and at the end, with the database closed, what remains is frozen
    and not scanned again; the interpreter still finalises everything as usual."""
    gc.set_threshold(20_000, 20, 20)


if __name__ == "__main__":
    sys.exit(main())
