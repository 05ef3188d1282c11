"""A test waits for a document preview's render; the window itself never waits (Ctrl+P prints on its signal)."""
from __future__ import annotations


def wait_rendered(qtbot, preview, timeout: int = 10000) -> None:
    """The event loop runs until the newest render is shown, or the test fails after `timeout` ms."""
    qtbot.waitUntil(lambda: not preview.rendering(), timeout=timeout)
