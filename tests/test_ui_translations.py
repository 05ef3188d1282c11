"""The window ships complete in Kazakh, Russian and English: every message translated, none missing."""
from __future__ import annotations

import importlib.util
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("kk", "ru", "en")


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            yield name, m


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*.ts"))


def test_there_are_translation_files_for_every_language():
    for lang in LANGS:
        assert list(TRANSLATIONS.glob(f"*_{lang}.ts")), lang


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_every_message_is_translated(ts):
    unfinished = []
    for context, m in messages(ts):
        tr = m.find("translation")
        forms = tr.findall("numerusform") if m.get("numerus") == "yes" else [tr]
        if tr.get("type") in ("unfinished",) or any(not (f.text or "").strip() for f in forms):
            unfinished.append(f"{context}: {m.findtext('source')!r}")
    assert not unfinished, f"{ts.name}: {len(unfinished)} untranslated: {unfinished[:10]}"


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_placeholders_survive_translation(ts):
    import re
    wrong = []
    for context, m in messages(ts):
        source = m.findtext("source") or ""
        tr = m.find("translation")
        texts = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
        want = sorted(re.findall(r"\{\w*\}|%n|%\d", source))
        for text in texts:
            if sorted(re.findall(r"\{\w*\}|%n|%\d", text)) != want:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, wrong[:10]


def test_lupdate_finds_no_message_missing_from_the_ts_files(tmp_path):
    tool = _tool()
    scratch = tmp_path / "all_ru.ts"
    tool.lupdate(tool.all_sources(), scratch)
    found = {(context, m.findtext("source")) for context, m in messages(scratch)}
    assert found, "lupdate found no messages at all"
    for lang in LANGS:
        shipped = {(context, m.findtext("source")) for ts in TRANSLATIONS.glob(f"*_{lang}.ts")
                   for context, m in messages(ts)}
        missing = sorted(found - shipped)
        assert not missing, f"{lang}: {len(missing)} messages not in any .ts file: {missing[:10]}"


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_compiled_qm_matches_its_ts(ts, tmp_path):
    tool = _tool()
    shipped = ts.with_suffix(".qm")
    assert shipped.is_file(), f"{shipped.name} is missing: run tools/update_translations.py --release"
    fresh = tmp_path / shipped.name
    subprocess.run([tool.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == shipped.read_bytes(), f"{shipped.name} is stale: run tools/update_translations.py"
