"""PySide6 6.12.0 (the version PySide6_Pdf's wheel requires) gives None back from every void C++ call
without the reference it owes, and takes one more from each None a Python model hands to Qt: a few
thousand setter calls. Python 3.12 and later do not count None's references (it is immortal), which is
why the bug goes unseen there; Python 3.11 — Debian 12's — aborts when the count reaches zero
("Fatal Python error: none_dealloc: deallocating None"), in the middle of the secretary's work or at exit.

True and False, immortal in 3.12 too, are taken from the same way somewhere (seen: "deallocating True or
False" at the exit of a test run that passed).

So on 3.11, when a void call is seen to take a reference, the counts of None, True and False are raised
by 2**48, as 3.12 does for its immortal objects: a leak of one reference per call can then never reach
zero. Measured, not assumed: a PySide6 that keeps its counts right changes nothing.
"""
from __future__ import annotations

import ctypes
import sys

RAISED_BY = 1 << 48


def qt_takes_none() -> bool:
    """Whether a void call into Qt takes a reference from None (16 calls, at least 8 references)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= 8


def keep_none_alive() -> bool:
    """Raise the singletons' counts where this Python counts them and this PySide6 takes from them;
    True if raised."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) >= RAISED_BY or not qt_takes_none():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += RAISED_BY  # ob_refcnt: PyObject's first field
    return True
