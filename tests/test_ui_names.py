"""One name per class in the window, and one translation group per context (a class's `tr()` context)."""
from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import council_desktop.ui

UI = Path(council_desktop.ui.__file__).parent
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def test_no_two_classes_of_the_window_share_a_name():
    where = defaultdict(list)
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                where[node.name].append(str(path.relative_to(UI)))
    assert {name: files for name, files in where.items() if len(files) > 1} == {}


def test_each_translation_context_lives_in_one_group():
    """Two groups with one context would each translate its messages, and the one loaded last would win."""
    groups = defaultdict(set)
    for ts in sorted(TRANSLATIONS.glob("*_en.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            groups[context.findtext("name")].add(ts.name.removesuffix("_en.ts"))
    assert groups, "no translation files"
    assert {name: sorted(found) for name, found in groups.items() if len(found) > 1} == {}
