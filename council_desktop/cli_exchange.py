"""`council export` and `council import`: the exchange with other offices from the command line.

Added to the parser by `cli._exchange_commands`.  Without `--yes` an import prints its preview (`--json` as JSON)
and writes nothing; with it, it commits, all of it or nothing.  A refusal is one line on stderr
and exit 2, as everywhere in `council`.
"""
from __future__ import annotations


def cmd_export(args) -> int:
    from .cli import _context, _print_json

    ctx = _context(args)
    options = {}
    if args.format == "csv":
        options.update(table=args.table, delimiter=args.delimiter)
    if args.format == "docx":
        options.update(document=args.document, item=args.item)
    if args.format == "eml":
        options.update(attach=args.attach or ["protocol"], to=args.to or [])
    if args.format == "ics" and args.timezone:
        options.update(timezone=args.timezone)
    path = ctx.exchange.export(args.id, args.format, args.out, args.lang, **options)
    if args.json:
        _print_json({"format": args.format, "meeting_id": args.id, "language": args.lang, "path": str(path),
                     "bytes": path.stat().st_size})
    else:
        print(path)
    return 0


def _mapping(pairs: list[str] | None) -> dict[str, str]:
    from .cli import UserError

    out = {}
    for pair in pairs or []:
        column, sep, field = pair.partition("=")
        if not sep or not column.strip():
            raise UserError(f"council import people: --map {pair!r}: write it as COLUMN=FIELD")
        out[column.strip()] = field.strip()
    return out


def cmd_import_people(args) -> int:
    from .cli import _context, _print_json
    from .domain.names import marked

    ctx = _context(args)
    options = {"columns": _mapping(args.map), "lang": args.lang, "fold": args.fold, "delimiter": args.delimiter}
    report = ctx.people_import.run(args.file, **options, previewed=args.previewed) if args.yes \
        else ctx.people_import.preview(args.file, **options)
    if args.json:
        _print_json(report)
        return 0
    print(f"{report['file']}: {report['rows']} row{'' if report['rows'] == 1 else 's'}"
          + (f", {report['encoding']}, delimiter {report['delimiter']!r}" if report["encoding"] else ""))
    if report["sheet"]:
        print(f"sheet {report['sheet']!r} (the first with a surname or full-name column)")
    line = "row" if report["workbook"] else "line"  # a sheet's rows, a text file's lines
    if report["header_line"] > 1:
        print(f"column names on {line} {report['header_line']}; the {line}s above are not imported")
    print("columns: " + ", ".join(f"{c} → {f}" for c, f in report["columns"].items())
          + (f"; not used: {', '.join(report['unmapped'])}" if report["unmapped"] else ""))
    for p in report["problems"]:
        print(f"{line} {p['line']}: {'; '.join(p['problems'])}")
    for m in report["mixed_scripts"]:
        print(f"{line} {m['line']}: mixed Latin and Cyrillic letters: "
              + "; ".join(f"{marked(a, b)!r} → {b!r}" for a, b in m["fields"].values()) + ("" if args.fold else " (--fold)"))
    for d in report["duplicates"]:
        print(f"{line} {d['line']}: likely already in the registry as {d['name']} (person {d['person_id']}); left out")
    if report["new_organizations"]:
        print("new organisations: " + "; ".join(report["new_organizations"]))
    if args.yes:
        print(f"{report['added']} {_people(report['added'])} imported")
    else:
        print(f"{report['to_add']} {_people(report['to_add'])} to import; nothing written (add --yes to import)")
    return 0


def _people(n: int) -> str:
    return "person" if n == 1 else "people"


def cmd_import_bundle(args) -> int:
    from .cli import _context, _print_json

    ctx = _context(args)
    report = ctx.exchange.import_bundle(args.file, theirs=args.theirs or [], previewed=args.previewed) if args.yes \
        else ctx.exchange.preview_bundle(args.file)
    if args.json:
        _print_json(report)
        return 0
    org = report["organisation"].get(args.lang) or next(iter(report["organisation"].values()), "")
    print(f"{report['bundle']}: meeting of {report['meeting']['date']} from {org or 'another office'}, "
          f"made {report['created_at']}")
    for what, title in (("add", "to add" if not args.yes else "added"),
                        ("update", "to update" if not args.yes else "updated"),
                        ("same", "already here"), ("kept_ours", "changed here only since, kept as here")):
        if report[what]:
            print(f"{title}: " + ", ".join(f"{n} {t}" for t, n in report[what].items()))
    if report["matched"]:
        print(f"matched by name: {len(report['matched'])} records already here under other UUIDs")
    if not (report["add"] or report["update"] or report["conflicts"]):
        print("nothing new: everything in the bundle is already here")
    for c in report["conflicts"]:
        fields = "; ".join(f"{k}: here {a!r}, theirs {b!r}" for k, (a, b) in c["fields"].items())
        name = c["names"].get(args.lang) or next((n for n in c["names"].values() if n), "")
        how = {None: f"--theirs {c['uuid']} to take theirs",
               "signed_here": "its meeting is signed here: amend the protocol here first to take theirs",
               "file": "a file here is never overwritten",
               "composition": "theirs would change a body's members at a meeting signed here: amend its protocol "
                              "here first"}[c["locked"]]
        print(f"conflict: {c['table']} {c['uuid']}" + (f" ({name})" if name else "")
              + f": {fields} — kept as here ({how})")
    for p in report["protocols"]:
        state = "verified" if p["verified"] else "NOT verified: " + "; ".join(map(_mismatch, p["mismatch"]))
        print(f"signed protocol revision {p['revision']} ({p['language']}): {state}")
    if not args.yes:
        print("nothing written (add --yes to import)")
    else:
        print(f"the meeting is meeting {report['meeting']['id']} here")
    return 0


def _mismatch(m: dict) -> str:
    """How a signed protocol in a bundle failed its proof (services.exchange._check_protocol), in words."""
    if m["what"] == "no_data":
        return "the bundle holds no signed data or no PDF for it"
    return (f"the PDF made again from its signed data differs from the bundle's PDF at byte {m['at_byte']} "
            f"({m['rendered_bytes']} against {m['bundle_bytes']} bytes)")


# as the window's Import takes the file its preview showed: a script that looked at the `--json` preview first
PREVIEWED = "with --yes: import only if the file is still the one whose --json preview gave this digest"


def exchange_commands(sub, command) -> None:
    from .cli import LAYOUTS, Parser

    # docx also in both languages (kk+ru), as the PDF; the other formats refuse it in one line
    p = command("export", cmd_export, "a meeting for another office: docx, xlsx, csv, ics, bundle or eml",
                languages=LAYOUTS)
    p.add_argument("id", help="meeting id")
    p.add_argument("--format", required=True, choices=("docx", "xlsx", "csv", "ics", "bundle", "eml"))
    p.add_argument("--out", required=True, help="the file to write")
    p.add_argument("--table", default="attendance", choices=("attendance", "agenda", "resolutions", "assignments"),
                   help="csv: which list")
    p.add_argument("--delimiter", default=";", help="csv: ; (default), , or tab")
    p.add_argument("--document", default="protocol", choices=("protocol", "extract"), help="docx: which document")
    p.add_argument("--item", type=int, default=None, help="docx extract: the agenda item's position")
    p.add_argument("--attach", action="append", choices=("protocol", "extract", "docx", "xlsx", "ics"),
                   help="eml: a document to attach (repeatable; default: the protocol)")
    p.add_argument("--to", action="append", help="eml: a recipient's address (repeatable)")
    p.add_argument("--timezone", default=None, help="ics: the meeting's time zone (default: the setting, "
                                                    "else Asia/Almaty)")

    imports = sub.add_parser("import", help="people or a bundle from another office").add_subparsers(
        dest="what", required=True, parser_class=Parser)
    p = command("people", cmd_import_people, "people and their organisations from CSV or XLSX", imports)
    p.add_argument("file", help="the CSV or XLSX file")
    p.add_argument("--map", action="append", metavar="COLUMN=FIELD",
                   help="read COLUMN as FIELD (surname, given_name, patronymic, full_name: the three in one, "
                        "organization, position, email, phone; empty: ignore it); repeatable")
    p.add_argument("--delimiter", default=None, help="CSV: the delimiter, if not the one detected")
    p.add_argument("--fold", action="store_true", help="store mixed Latin/Cyrillic names folded into one script")
    p.add_argument("--yes", action="store_true", help="import (without it: show what would be imported)")
    p.add_argument("--previewed", default="", metavar="DIGEST", help=PREVIEWED)
    p = command("bundle", cmd_import_bundle, "a meeting bundle (.council) from another office", imports)
    p.add_argument("file", help="the .council file")
    p.add_argument("--theirs", action="append", metavar="UUID",
                   help="in a conflict, take the bundle's version of this record (repeatable)")
    p.add_argument("--yes", action="store_true", help="import (without it: show what would be imported)")
    p.add_argument("--previewed", default="", metavar="DIGEST", help=PREVIEWED)

