"""Two clients planning meetings of one body at the same moment both succeed, with consecutive
numbers and no error shown: on PostgreSQL (a shared office), where they truly run at once."""
from __future__ import annotations

import threading

import pytest

from council_desktop.app import AppContext

from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server

pytestmark = [pytest.mark.postgresql,
              pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")]

ROUNDS = 40


def test_two_clients_planning_at_once_get_consecutive_numbers(pg_url):  # noqa: F811
    first = AppContext.open(pg_url, create=True)
    first.demo.load()
    second = AppContext.open(pg_url)
    body = first.registry.bodies("en")[0]["id"]
    joint = [b["id"] for b in first.registry.bodies("en")][:2]
    results: dict[str, list] = {"first": [], "second": []}
    errors: list[BaseException] = []

    def client(name: str, ctx: AppContext, start: threading.Barrier, bodies: list[int]) -> None:
        try:
            start.wait(timeout=30)
            results[name].append(ctx.meetings.plan(bodies, "2027-03-01"))
        except BaseException as exc:  # noqa: BLE001 - any error shown to a user fails the test
            errors.append(exc)

    try:
        for i in range(ROUNDS):
            start = threading.Barrier(2)
            # every other round a joint meeting of two bodies against one of the first, its bodies the
            # other way round: the locks are taken in one order, so neither waits on the other forever
            theirs = joint[::-1] if i % 2 else [body]
            threads = [threading.Thread(target=client, args=("first", first, start, [body])),
                       threading.Thread(target=client, args=("second", second, start, theirs))]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            assert errors == [], errors
        numbers = sorted(mb["number"] for m in first.views.meetings("en") if m["date"] == "2027-03-01"
                         for mb in m["bodies"] if mb["id"] == body)
        assert numbers == list(range(1, 2 * ROUNDS + 1))
        assert len(results["first"]) == len(results["second"]) == ROUNDS
    finally:
        second.close()
        first.close()
