"""The shape of a meeting's printed view (`services.readmodel.meeting_view`), by version.

A signed version stores the views it was printed from, is printed again from them byte for byte,
and its fingerprint is taken over them; a protocol signed before its views were stored is
fingerprinted over the views made again.  So a stored view of an older shape is read through
`current()`, and the fingerprint is taken over the first shape's names (`first()`), whatever the
shape of the view: the same data keeps its fingerprint.

Version 1 (no "view_version" key): a vote's counts named as the protocol prints them ("for",
"against", "abstained"), in each resolution and in each body's count ("by_body").
Version 2: named by the models' columns ("votes_for", "votes_against", "votes_abstained").
"""
from __future__ import annotations

from typing import Any

from .rules import VOTE_WORDS

KEY = "view_version"
VIEW_VERSION = 2
_COUNTS = {word: column for column, word in VOTE_WORDS.items()}  # 1 -> 2


def version(view: dict) -> int:
    return view.get(KEY, 1)


def _renamed(view: dict, names: dict[str, str]) -> dict[str, Any]:
    def counts(d: dict) -> dict:
        return {names.get(k, k): v for k, v in d.items()}

    def resolution(r: dict) -> dict:
        r = counts(r)
        if "by_body" in r:
            r["by_body"] = [counts(b) for b in r["by_body"]]
        return r

    return {**view, "agenda": [{**item, "resolutions": [resolution(r) for r in item["resolutions"]]}
                               for item in view["agenda"]]}


def current(view: dict) -> dict[str, Any]:
    """One language's view in this version's shape; a view of a version this program does not know
    (a newer program's) is refused with ValueError."""
    if version(view) == VIEW_VERSION:
        return view
    if version(view) != 1:
        raise ValueError(f"a printed view of version {version(view)!r}")
    return {**_renamed(view, _COUNTS), KEY: VIEW_VERSION}


def first(view: dict) -> dict[str, Any]:
    """One language's view in the first shape: what a fingerprint is taken over."""
    if version(view) == 1:
        return view
    older = _renamed(current(view), {new: old for old, new in _COUNTS.items()})
    del older[KEY]
    return older
