"""The protocol (ПРОТОКОЛ / ХАТТАМА / MINUTES), and the parts the companions share with it.

Requisites in the order of GOST R 7.0.97-2016 and the Republic's documentation rules:
organisation (letterhead) and council bodies; document name and kind of meeting; date and
number; place; chair and secretary; those present (count and list, or "list attached" when
more than ten) and invited persons apart; quorum; agenda; for every item HEARD / SPOKE /
RESOLVED with numbered resolutions, assignments and the vote; signatures of chair and secretary.

Bilingual (kk+ru): the Kazakh text, then the Russian text from a new page, each complete with
its signatures, one fingerprint at the end.  Parallel columns were the other choice; sequential
parts let long texts break freely, keep each part readable and certifiable on its own (an
extract or a copy is made from one language), and put the state language first.

An unsigned protocol (no fingerprint given) is a draft: ПРОЕКТ / ЖОБА / DRAFT on every page and
no fingerprint or QR code.  A signed one prints the SHA-256 of its data and a QR code with the
protocol's number, date and that fingerprint.
"""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Image, PageBreak, Paragraph, Spacer, Table

from .labels import KAZAKH_POSITION_WORDS, alphabetical_key, kk_part_of, label, short_date
from .room import movements_block, named_vote_attachments, named_vote_lines
from .styles import TEXT_WIDTH, Styles, initials, nobreak, styles_for, table_style, text
from .template import Marks, OfficialDocument, created_at, ending_with

ATTACH_OVER = 10  # more present than this: the count, and the list in an attachment


# --- small pieces -------------------------------------------------------------------------------
def number_of(view: dict) -> str:
    return view["number"]


def running_head(view: dict, lang: str, key: str = "running_head", doc_key: str = "protocol") -> str:
    return label(key, lang, number=number_of(view), date=short_date(view["date"]),
                 doc=label(doc_key, lang).capitalize())


def person_line(p: dict, lang: str) -> str:
    """"<b>В. Локшин</b>, академик НАН РК, д.м.н., профессор, генеральный директор, organisation"."""
    return ", ".join([f"<b>{nobreak(p['short_name'])}</b>", *credentials(p, lang, running=True)])


def credentials(p: dict, lang: str, running: bool = False) -> list[str]:
    """Academic title, degree, position and organisation, as paragraph markup, wherever a person is
    described: the title (академик НАН РК) is never left out where the degree and position are.
    `running`: after a name in running text, where a position starts in lower case."""
    position = after_name(p.get("position"), lang) if running else p.get("position")
    return [text(x) for x in (p.get("title"), p.get("degree"), position, p.get("organization")) if x]


def after_name(value: str | None, lang: str) -> str | None:
    """A position or a speech that follows a name in running text starts in lower case
    ("А. Альназарова, министр здравоохранения"; "— подчеркнула, что …"), as stored it is often
    capitalised.  An abbreviation (НИИ, ALEM) stays.  Kazakh lowers a position only when its first
    word is a common word of positions (ректор, басқарма төрағасы), never a name it starts with
    (Қазақстан Республикасының …, Ғылым және адами ресурстар департаментінің …); English styles
    differ, and a Kazakh speech may open with a name: those are printed as stored."""
    words = (value or "").split(maxsplit=1)
    if lang not in ("ru", "kk") or not words:
        return value
    first = words[0]
    if not (len(first) > 1 and first[0].isupper() and first[1:].islower()):
        return value
    if lang == "kk" and first.casefold() not in KAZAKH_POSITION_WORDS:
        return value
    return value[0].lower() + value[1:]


def by_name(rows: Iterable[dict]) -> list[dict]:
    return sorted(rows, key=lambda p: (alphabetical_key(p.get("surname") or p["name"]),
                                       alphabetical_key(p["name"]), p["id"]))


def present_members(view: dict) -> list[dict]:
    return by_name(a for a in view["attendance"] if a["attends"] and not a["guest"])


def present_guests(view: dict) -> list[dict]:
    return by_name(a for a in view["attendance"] if a["attends"] and a["guest"])


def role_name(row: dict, lang: str) -> str:
    if row.get("guest"):
        return label("role_guest", lang)
    role = row.get("role")
    return label(f"role_{role}", lang) if role else ""


def kind_line(view: dict, lang: str) -> str:
    return label(f"kind_{view.get('kind') or 'regular'}", lang)


def vote_line(r: dict, lang: str) -> str:
    if r["unanimous"]:
        line = label("unanimous", lang)
    elif r["votes_for"] is None:
        return ""
    else:
        line = label("vote", lang, for_=r["votes_for"], against=r["votes_against"] or 0,
                     abstained=r["votes_abstained"] or 0)
        if r.get("adopted") is not None:
            line += " " + label("adopted" if r["adopted"] else "not_adopted", lang)
    if r.get("override_reason"):
        line += f" ({r['override_reason']})"
    by_body = [label("vote_of_body", lang, body=b["body"].replace(" ", "\u00a0") if len(b["body"]) < 30 else b["body"],
                     for_=b["votes_for"], against=b["votes_against"],
                     abstained=b["votes_abstained"]) for b in r.get("by_body") or []]
    if by_body:  # each body needs its own majority: its count, so that the outcome can be checked
        line += " " + "; ".join(by_body) + "."
    return line


# --- blocks -------------------------------------------------------------------------------------
def letterhead_block(view: dict, letterhead: dict | None, lang: str) -> list:
    """The organisation (upper case), then the council body or bodies in the nominative."""
    letterhead = letterhead or {}
    story: list = []
    logo = letterhead.get("logo_png")
    if logo:
        reader = ImageReader(io.BytesIO(logo))
        w, h = reader.getSize()
        height = 18 * mm
        story += [Image(io.BytesIO(logo), width=height * w / h, height=height), Spacer(1, 3 * mm)]
    bodies = view["bodies"]
    # the office's own letterhead stands for the organisation of the first (convening) body
    organisations = [(letterhead.get(lang) if i == 0 else "") or b["organization"] for i, b in enumerate(bodies)]
    if len(set(organisations)) > 1:  # bodies of two organisations: each under its own, side by side, as equals
        cells = [[Paragraph(text(org.upper()), styles_for(lang).letterhead), Spacer(1, 1.5 * mm),
                  Paragraph(text(b["name"]), styles_for(lang).body_name)] for org, b in zip(organisations, bodies)]
        story.append(Table([cells], colWidths=[TEXT_WIDTH / len(cells)] * len(cells),
                           style=table_style(("LEFTPADDING", (0, 0), (-1, -1), 4),
                                             ("RIGHTPADDING", (0, 0), (-1, -1), 4), grid=False, header=False)))
        return story
    organisation = letterhead.get(lang) or (organisations[0] if organisations else "")
    if organisation:
        story.append(Paragraph(text(organisation.upper()), styles_for(lang).letterhead))
    for body in bodies:
        story.append(Paragraph(text(body["name"]), styles_for(lang).body_name))
    return story


def joint_signatories(view: dict) -> list[dict]:
    """Who signs for each body of a joint meeting; [] for one body (or a view stored before it said so)."""
    rows = view.get("signatories") or []
    return rows if len(rows) > 1 else []


def revision(view: dict) -> int:
    """The protocol's version: the signed one, or the one being drafted (and signed next)."""
    signed = view.get("protocol_version") or 0
    return signed if view.get("status") == "protocol_signed" else signed + 1


def title_block(view: dict, lang: str, doc_key: str = "protocol", kind: bool = True) -> list:
    if lang == "kk" and kind:  # «Бірлескен отырыстың ХАТТАМАСЫ»: the kind first, on the title's line
        title = label(f"titled_{doc_key}", lang, kind=label(f"kind_kk_{view.get('kind') or 'regular'}", lang))
        story = [Paragraph(text(title[0].upper() + title[1:]), styles_for(lang).title)]
    else:
        story = [Paragraph(label(doc_key, lang), styles_for(lang).title)]
        if kind:
            story.append(Paragraph(text(kind_line(view, lang)), styles_for(lang).subtitle))
    if doc_key == "protocol" and revision(view) > 1:  # an amended protocol says which version it is, and why
        story.append(Paragraph(label("revision", lang, n=revision(view)), styles_for(lang).subtitle))
        if view.get("revision_reason"):
            story.append(Paragraph(label("revision_reason", lang, reason=text(view["revision_reason"])),
                                   styles_for(lang).revision_reason))
    # date left, number right, on one line; the place under the date
    row = Table([[Paragraph(short_date(view["date"]), styles_for(lang).requisite),
                  Paragraph(label("number", lang, number=text(number_of(view))), styles_for(lang).requisite_right)]],
                colWidths=[TEXT_WIDTH / 2] * 2,
                style=table_style(("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  grid=False, header=False))
    story += [Spacer(1, 4 * mm), row]
    if view.get("city"):
        story.append(Paragraph(text(view["city"]), styles_for(lang).requisite))
    story.append(Spacer(1, 4 * mm))
    return story


def meeting_facts(view: dict, lang: str, minuted: bool = False) -> list:
    """Place, time and format.  `minuted`: in the protocol, which tells of a meeting held
    («Өткізілген орны»); the companions are made ahead of it («Өткізілетін орны»)."""
    story = []
    if view.get("place"):
        held = minuted and view.get("status") != "planned"
        story.append(Paragraph(f"{label('place_held' if held else 'place', lang)}: {text(view['place'])}",
                               styles_for(lang).plain))
    if view.get("start_time"):
        span = view["start_time"] + (f"–{view['end_time']}" if view.get("end_time") else "")
        story.append(Paragraph(f"{label('time', lang)}: {span}", styles_for(lang).plain))
    if view.get("format") in ("remote", "hybrid"):
        story.append(Paragraph(f"{label('format', lang)}: {label('format_' + view['format'], lang)}", styles_for(lang).body))
    return story


def officers_block(view: dict, lang: str) -> list:
    story = [Spacer(1, 2 * mm)]
    joint = joint_signatories(view)
    if joint:  # co-chairs and secretaries, each named with their body
        for key, heading in (("chair", "co_chairs"), ("secretary", "secretaries")):
            named = [s for s in joint if s.get(key)]
            story.append(Paragraph(f"{label(heading, lang)}:", styles_for(lang).label))
            story += [Paragraph(f"{person_line(s[key], lang)} ({text(s['body'])})"
                                + (";" if i < len(named) - 1 else "."), styles_for(lang).sub_plain)
                      for i, s in enumerate(named)]
        return story
    for key in ("chair", "secretary"):
        if view.get(key):
            story.append(Paragraph(f"{label(key, lang)}&nbsp;— {person_line(view[key], lang)}", styles_for(lang).plain))
    return story


def _named(row: dict, lang: str) -> str:
    name = nobreak(row["short_name"])
    notes = []
    if row.get("status") == "remote":
        notes.append(label("remote", lang))
    if row.get("substitute_for"):
        notes.append(label("substitute_for", lang, name=nobreak(row["substitute_for"]["short_name"])))
    return name + (f" ({', '.join(notes)})" if notes else "")


def attendance_block(view: dict, lang: str) -> tuple[list, bool]:
    """Those present, and invited persons apart; True when the lists go to an attachment."""
    members, guests = present_members(view), present_guests(view)
    attach = len(members) > ATTACH_OVER or len(guests) > ATTACH_OVER
    count = label("persons", lang, n=len(members))
    if len(members) > ATTACH_OVER:
        line = f"<b>{label('attended', lang)}:</b> {count} ({label('list_attached', lang)})"
    elif not members:  # attendance not yet marked
        line = f"<b>{label('attended', lang)}:</b> {count}."
    else:
        line = f"<b>{label('attended', lang)}:</b> {count}: " + ", ".join(_named(m, lang) for m in members) + "."
    story = [Paragraph(line, styles_for(lang).plain)]
    if guests:
        if len(guests) > ATTACH_OVER:
            story.append(Paragraph(f"<b>{label('invited', lang)}:</b> {label('persons', lang, n=len(guests))} "
                                   f"({label('list_attached', lang)})", styles_for(lang).plain))
        else:
            story.append(Paragraph(f"<b>{label('invited', lang)}:</b>", styles_for(lang).label))
            story += [Paragraph(person_line(g, lang) + (";" if i < len(guests) - 1 else "."), styles_for(lang).sub_plain)
                      for i, g in enumerate(guests)]
    return story, attach


def quorum_body_name(view: dict, body: dict, lang: str) -> str:
    """The body's short name in the document's language, else its full name (never another language's)."""
    named = next((b for b in view["bodies"] if b["id"] == body["body_id"]), None)
    return (named["short_name"] or named["name"]) if named else body["body"]


def quorum_block(view: dict, lang: str) -> list:
    q = view["quorum"]
    head = label("quorum_yes" if q["reached"] else "quorum_no", lang)
    lines = [label("quorum_body", lang, body=text(quorum_body_name(view, b, lang)), present=b["present"],
                   present_of=kk_part_of(b["present"]), members=b["members"], required=b["required"])
             for b in q["bodies"]]
    if len(lines) <= 1:
        return [Paragraph(f"<b>{head}</b>" + (f": {lines[0]}." if lines else "."), styles_for(lang).plain)]
    # a joint meeting: one line per body (full names side by side would justify into wide gaps)
    return [Paragraph(f"{head}:", styles_for(lang).label)] + [
        Paragraph(line + (";" if i < len(lines) - 1 else "."), styles_for(lang).sub_plain) for i, line in enumerate(lines)]


def rapporteur_text(item: dict, lang: str) -> str:
    people = item.get("rapporteurs") or []
    if not people:
        return ""
    key = "rapporteur" if len(people) == 1 else "rapporteurs"
    return f"{label(key, lang)}: " + "; ".join(person_line(p, lang) for p in people)


def agenda_block(view: dict, lang: str, heading: bool = True, with_presentations: bool = False) -> list:
    story = [Paragraph(label("agenda", lang), styles_for(lang).heading)] if heading else []
    for item in view["agenda"]:
        story.append(Paragraph(f"{item['position']}.&nbsp;{text(item['title'])}", styles_for(lang).numbered))
        if item.get("rapporteurs"):
            story.append(Paragraph(rapporteur_text(item, lang), styles_for(lang).sub_plain))
        if with_presentations:
            story += [Paragraph(presentation_text(p, lang), styles_for(lang).sub_plain) for p in item.get("presentations", [])]
    return story


def presentation_text(p: dict, lang: str) -> str:
    line = f"{label('presentation', lang)}: {label('quoted', lang, text=text(p['project']))}"
    if p.get("organization"):
        line += f", {text(p['organization'])}"
    if p.get("presenter"):
        line += f"&nbsp;— {nobreak(p['presenter']['short_name'])}"
    return line


def item_minutes(item: dict, lang: str) -> list:
    """One agenda item as minuted: HEARD, SPOKE, RESOLVED (numbered), assignments, vote."""
    n = item["position"]
    story = [Paragraph(f"{n}.&nbsp;{text(item['title'])}", styles_for(lang).item),
             Paragraph(f"{label('heard', lang)}:", styles_for(lang).label)]
    if item.get("rapporteurs"):
        story.append(Paragraph(rapporteur_text(item, lang), styles_for(lang).plain))
    if item.get("heard"):
        story.append(Paragraph(text(item["heard"]), styles_for(lang).indented))
    story += [Paragraph(presentation_text(p, lang), styles_for(lang).plain) for p in item.get("presentations", [])]
    if item.get("speeches"):
        story.append(Paragraph(f"{label('spoke', lang)}:", styles_for(lang).label))
        story += [Paragraph(f"<b>{nobreak(sp['speaker']['short_name'])}</b>&nbsp;— {text(after_name(sp['gist'], lang))}",
                            styles_for(lang).body) for sp in item["speeches"] if sp.get("speaker")]
    if item.get("resolutions"):
        story.append(Paragraph(f"{label('resolved', lang)}:", styles_for(lang).label))
        for r in item["resolutions"]:
            block = [Paragraph(f"{r['number']}.&nbsp;{text(r['text'])}", styles_for(lang).numbered)]
            for a in r.get("assignments", []):
                facts = []
                if a.get("responsible"):
                    facts.append(f"{label('responsible', lang)}: {initials(a['responsible'])}")
                if a.get("deadline"):
                    facts.append(f"{label('deadline', lang)}&nbsp;— {short_date(a['deadline'])}")
                block.append(Paragraph(text(a["task"]) + (f" ({'; '.join(facts)})" if facts else ""),
                                       styles_for(lang).sub_plain))
            vote = vote_line(r, lang)
            if vote:
                block.append(Paragraph(text(vote), styles_for(lang).vote))
            block += named_vote_lines(r, lang)  # a roll-call vote's names (documents/room.py)
            # a resolution, its assignments and its vote on one page (the page template groups them)
            for p in block[:-1]:
                p.keepWithNext = 1
            story += block
    return story


def signature_block(view: dict, lang: str, keys=("chair", "secretary"), lines: bool = True) -> list:
    """Role, a line to sign on, initials and surname.  A joint meeting's protocol is signed by each
    body's chair, then each body's secretary, every role naming its body."""
    signing: list[tuple[str, dict]] = []
    joint = joint_signatories(view) if keys == ("chair", "secretary") else []
    for key in keys:
        if joint:
            signing += [(label(f"{key}_of", lang, body=text(s["body"])), s[key]) for s in joint if s.get(key)]
        elif view.get(key):
            signing.append((label(key, lang), view[key]))
    rows = [[Paragraph(role, styles_for(lang).signature), "", Paragraph(nobreak(person["short_name"]), styles_for(lang).signature_right)]
            for role, person in signing]
    if not rows:
        return []
    commands = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 10), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    if lines:  # a line to sign on, between the role and the name
        commands.append(("LINEBELOW", (1, 0), (1, -1), 0.5, (0, 0, 0)))
    table = Table(rows, colWidths=[55 * mm, 55 * mm, TEXT_WIDTH - 110 * mm],
                  style=table_style(*commands, grid=False, header=False))
    return [Spacer(1, 10 * mm), table]


def qr_payload(view: dict, fingerprint: str) -> str:
    return f"MINUTES No {view['number']}; {view['date']}; SHA-256 {fingerprint}"


def fingerprint_block(view: dict, fingerprint: str, langs: tuple[str, ...]) -> list:
    from .qr import qr_mark  # only signed protocols carry one: drafts and companions skip the import
    notes = "<br/>".join(f"{label('fingerprint', lang)}:" for lang in langs)
    hints = "<br/>".join(label("fingerprint_hint", lang) for lang in langs)
    body = Paragraph(f"{notes}<br/><font name='CouncilSans-Bold'>{fingerprint}</font><br/>{hints}", Styles.small)
    table = Table([[qr_mark(qr_payload(view, fingerprint)), body]], colWidths=[30 * mm, TEXT_WIDTH - 30 * mm],
                  style=table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    grid=False, header=False))
    return [Spacer(1, 8 * mm), table]


def people_table(rows: list[dict], lang: str, signature: bool = False, number_from: int = 1) -> Table:
    """№, name, position and organisation, role (and a signature column on the attendance sheet)."""
    head = [label("col_no", lang), label("col_name", lang), label("col_position", lang), label("col_role", lang)]
    widths = [10 * mm, 52 * mm, 72 * mm, 31 * mm]
    if signature:
        head.append(label("col_signature", lang))
        widths = [10 * mm, 47 * mm, 57 * mm, 24 * mm, 27 * mm]
    data = [[Paragraph(h, styles_for(lang).cell_head) for h in head]]
    for i, row in enumerate(rows, start=number_from):
        described = credentials(row, lang)
        scholarly = len([x for x in (row.get("title"), row.get("degree")) if x])
        position = "<br/>".join(x for x in (", ".join(described[:scholarly]), ", ".join(described[scholarly:])) if x)
        role = role_name(row, lang)
        if row.get("status") == "remote":
            role += f" ({label('remote', lang)})"
        line = [str(i), Paragraph(text(row["name"]), styles_for(lang).cell),  # a bare number needs no paragraph
                Paragraph(position, styles_for(lang).cell), Paragraph(text(role), styles_for(lang).cell)]
        if signature:
            line.append("")
        data.append(line)
    scale = TEXT_WIDTH / sum(widths)
    commands = [("ALIGN", (0, 1), (0, -1), "CENTER")]
    if signature:
        commands.append(("BOTTOMPADDING", (0, 1), (-1, -1), 9))
    return Table(data, colWidths=[w * scale for w in widths], repeatRows=1, style=table_style(*commands))


def attachment_block(view: dict, lang: str) -> list:
    """The list of those present, when the protocol gives only their number."""
    members, guests = present_members(view), present_guests(view)
    story = [PageBreak(),
             Paragraph(text(label("attachment", lang, number=number_of(view), date=short_date(view["date"]))),
                       styles_for(lang).requisite_right),
             Paragraph(label("attendance_list", lang), styles_for(lang).heading)]
    if members:
        story += table_caption(label("members_present", lang), lang) + [people_table(members, lang)]
    if guests:
        story += table_caption(label("invited", lang), lang) + [people_table(guests, lang)]
    return story


def table_caption(caption: str, lang: str) -> list:
    """A caption stays with its table's first rows; keepWithNext would move a long table whole."""
    return [CondPageBreak(35 * mm), Paragraph(text(caption), styles_for(lang).caption)]


# --- the protocol -------------------------------------------------------------------------------
def protocol_part(view: dict, lang: str, letterhead: dict | None) -> tuple[list, bool]:
    story = letterhead_block(view, letterhead, lang) + title_block(view, lang) + meeting_facts(view, lang, True)
    story += officers_block(view, lang)
    people, attach = attendance_block(view, lang)
    story += people + quorum_block(view, lang) + movements_block(view, lang) + agenda_block(view, lang)
    for item in view["agenda"]:
        story += item_minutes(item, lang)
    return story, attach


def official_document(views: dict[str, dict], langs: tuple[str, ...], doc_key: str, letterhead: dict | None,
                      restriction: str | None, draft: bool = False, running_key: str = "running_head",
                      keywords: str = "", created: dt.datetime | None = None) -> OfficialDocument:
    """The page setup and metadata every document of a meeting shares; dated `created` (a signed
    version's signing time), or the meeting's time."""
    first = views[langs[0]]
    restriction = first.get("restriction", "") if restriction is None else restriction
    marks = Marks(running_head={lang: running_head(views[lang], lang, running_key, doc_key) for lang in langs},
                  restriction=restriction or "", draft=draft, first_lang=langs[0])
    bodies = "; ".join(b["name"] for b in first["bodies"])
    title = " / ".join(f"{label(doc_key, lang).capitalize()} № {views[lang]['number']} "
                       f"({short_date(views[lang]['date'])})" for lang in langs)
    return OfficialDocument(languages=langs, marks=marks, title=title,
                            subject=f"{label('subject_' + (first.get('kind') or 'regular'), langs[0])}: {bodies}",
                            author=(letterhead or {}).get(langs[0]) or bodies,
                            created=created or created_at(first), keywords=keywords,
                            time_zone=(letterhead or {}).get("time_zone"))


def render_protocol(views: dict[str, dict], layout: str, fingerprint: str | None = None,
                    letterhead: dict | None = None, restriction: str | None = None,
                    signed_at: dt.datetime | None = None) -> bytes:
    """The protocol as PDF bytes; `views` holds `meeting_view(...)` for each language of `layout`;
    `signed_at` (with its UTC offset): the signing time its PDF dates carry, else the meeting's time."""
    langs = tuple(layout.split("+"))
    doc = official_document(views, langs, "protocol", letterhead, restriction, draft=not fingerprint,
                            keywords=f"SHA-256 {fingerprint}" if fingerprint else "", created=signed_at)
    story: list = []
    for i, lang in enumerate(langs):
        part, attach = protocol_part(views[lang], lang, letterhead)
        if i:
            story += [doc.switch_language(lang), PageBreak()]
        story += part
        # the signatures (and the fingerprint) are not left alone at the top of a page
        closing = signature_block(views[lang], lang)
        if fingerprint:  # in each language's part: each can be certified and checked on its own
            closing += fingerprint_block(views[lang], fingerprint, (lang,))
        story = ending_with(story, closing)
        if attach:
            story += attachment_block(views[lang], lang)
        story += named_vote_attachments(views[lang], lang)  # long roll-call votes (documents/room.py)
    return doc.render(story)
