"""With 100,000 people in the database: how long opening People and typing a search take.

    python benchmarks/bench_people.py [--people 100000]

People are inserted in bulk (one INSERT of many rows), then the real People view is
built and searched the way a secretary types, letter by letter. Prints the times.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SURNAMES = ["Қасымова", "Әлназарова", "Сейітқазина", "Ахметов", "Иванов", "Нұрмұхамбетов", "Оспанов",
            "Жұмабекова", "Смагулов", "Петрова", "Байжанов", "Төлегенова", "Серікбаев", "Ким", "Ли"]
GIVEN = ["Айгүл", "Нұрлан", "Ержан", "Динара", "Гүлмира", "Серік", "Анна", "Мария", "Асхат", "Бауыржан"]


def insert_people(ctx, n: int) -> float:
    from sqlalchemy import insert

    from council_desktop.domain.models import Person, new_uuid
    rnd = random.Random(1)
    rows = []
    for i in range(n):
        surname = f"{rnd.choice(SURNAMES)}{i % 997 or ''}"
        given = rnd.choice(GIVEN)
        # a third have a Kazakh and an English spelling of their own (sorted by it in kk / en)
        own = {"surname_kk": surname.replace("Касым", "Қасым"), "given_name_kk": given,
               "surname_en": f"Surname{i % 997}", "given_name_en": "Given"} if i % 3 == 0 else {}
        rows.append({"surname": surname, "given_name": given, "patronymic": "", "uuid": new_uuid(), "version": 1,
                     **own,
                     "email": f"p{i}@example.kz", "search_key": f"{surname} {given} p{i}@example.kz".casefold()})
    start = time.perf_counter()
    with ctx.sessions.begin() as s:
        s.execute(insert(Person), rows)
    return time.perf_counter() - start


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--people", type=int, default=100_000)
    p.add_argument("--lang", choices=("kk", "ru", "en"), default="en",
                   help="the window's language: the list sorts by the surname in it")
    args = p.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="council-bench-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")

    from PySide6.QtWidgets import QApplication

    from council_desktop.app import AppContext
    from council_desktop.ui import i18n
    from council_desktop.ui.people import PeopleView

    app = QApplication.instance() or QApplication([])
    i18n.install(args.lang)
    ctx = AppContext.open(folder / "bench.db")
    print(f"window language: {args.lang}")
    print(f"insert {args.people:,} people (bulk): {insert_people(ctx, args.people):.2f} s")

    start = time.perf_counter()
    view = PeopleView(ctx)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    print(f"open People (count + first page + show): {1000 * (time.perf_counter() - start):.0f} ms "
          f"— {view.model.rowCount()} of {view.model.total:,} rows loaded")

    worst = 0.0
    for text in ("қ", "қа", "қас", "қасы", "қасым", "ҚАСЫМОВА1", "p4242@"):
        start = time.perf_counter()
        view.apply_search(text)  # the query runs on a worker thread
        returned = 1000 * (time.perf_counter() - start)
        worst = max(worst, returned)
        while view.model.text != text.strip():
            app.processEvents()
            time.sleep(0.001)
        shown = 1000 * (time.perf_counter() - start)
        print(f"search {text!r:14}: GUI busy {returned:4.0f} ms, results shown after {shown:4.0f} ms "
              f"— {view.model.total:,} found")

    start = time.perf_counter()
    view.table.scrollToBottom()
    app.processEvents()
    print(f"scroll to the end of the first page (fetch more): {1000 * (time.perf_counter() - start):.0f} ms")

    start = time.perf_counter()
    found = ctx.registry.similar_people("Қасымова", "Айгүл")
    print(f"duplicate check for a new person: {1000 * (time.perf_counter() - start):.0f} ms — {len(found)} similar")
    print(f"longest time the window was busy with a keystroke: {worst:.0f} ms")
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
