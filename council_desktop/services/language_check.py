"""Texts a document in one language would print in another (or leave out): listed before printing
or signing, so that nothing is silently in the wrong language.

A text with a column per language lacks `lang` when that column is empty and another is not (the
document then prints the other language's text, or nothing).  A text kept in one column only (an
agenda item's notes) is judged by its letters: Kazakh ones (ә ғ қ ң ө ұ ү һ і) say Kazakh, other
Cyrillic ones Russian, Latin ones English.  A person's name is printed as entered (see
`PersonEntity.name_parts`); only an English document without an English form of it is reported.
"""
from __future__ import annotations

from ..domain.entities import LANGUAGES
from ..domain.errors import LANGUAGE_WORDS, CouncilError
from ..domain.names import script

_KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def written_in(value: str) -> str | None:
    """The language a text's letters say it is in; None for a text without letters."""
    if any(ch in _KAZAKH_LETTERS for ch in value):
        return "kk"
    scripts = {script(ch) for ch in value} - {None}
    if "cyrillic" in scripts:
        return "ru"
    return "en" if "latin" in scripts else None


def language_gaps(m, lang: str, notes: bool = False) -> list[CouncilError]:
    """Every text of meeting `m` (a snapshot or the ORM's) that lacks `lang`, as a warning to print;
    `notes`: the agenda items' notes too (the chair's script prints them)."""
    gaps: list[CouncilError] = []
    seen: set[tuple[str, object]] = set()

    def gap(what: str, ident) -> None:
        if (what, ident) not in seen:
            seen.add((what, ident))
            gaps.append(CouncilError("language_gap", what=what, ident=ident, field=LANGUAGE_WORDS[lang]["en"]))

    def columns(obj, field: str, what: str, ident) -> None:
        if obj is None:
            return
        if not getattr(obj, f"{field}_{lang}", "") and any(getattr(obj, f"{field}_{o}", "") for o in LANGUAGES):
            gap(what, ident)

    def person(p) -> None:
        if p is None:
            return
        named = p.full_name("ru")
        for field, what in (("position", "person's position"), ("degree", "person's degree"),
                            ("title", "person's academic title")):
            russian = getattr(p, field)  # the Russian column has no suffix
            own = russian if lang == "ru" else getattr(p, f"{field}_{lang}")
            if not own and (russian or any(getattr(p, f"{field}_{o}") for o in ("kk", "en"))):
                gap(what, named)
        if lang == "en" and not p.surname_en:
            gap("person's name", named)
        if p.organization is not None:
            columns(p.organization, "name", "organisation name", p.organization.name("ru"))

    columns(m, "place", "meeting place", f"№ {m.number_label}")
    columns(m, "city", "meeting city", f"№ {m.number_label}")
    for mb in m.bodies:
        columns(mb.body, "name", "council body name", mb.body.label("ru"))
        if mb.body.organization is not None:
            columns(mb.body.organization, "name", "organisation name", mb.body.organization.name("ru"))
    for p in (m.chair, m.secretary, *(a.person for a in m.attendance)):
        person(p)
    for item in m.agenda:
        n = item.position
        columns(item, "title", "item title", n)
        columns(item, "heard", "heard text", n)
        if notes and item.notes and written_in(item.notes) not in (None, lang):
            gap("item notes", n)
        for r in item.rapporteurs:
            person(r.person)
        for p in item.presentations:
            columns(p.project, "title", "project title", p.project.title("ru"))
            columns(p.organization, "name", "organisation name", p.organization.name("ru") if p.organization else "")
            person(p.presenter)
        for sp in item.speeches:
            columns(sp, "gist", "speech text", f"{n} ({sp.person.short_name('ru')})")
            person(sp.person)
        for r in item.resolutions:
            columns(r, "text", "resolution text", f"{n}.{r.position}")
            for k, a in enumerate(r.assignments, start=1):
                columns(a, "task", "assignment task", f"{n}.{r.position}/{k}")
    return gaps
