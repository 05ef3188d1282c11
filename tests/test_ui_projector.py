"""The projector view on the second of two screens (the offscreen platform given two virtual screens):
full screen there, following meeting mode's item, speaker and vote, in the room's languages; the
blank key leaves nothing on it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCREENS = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
                       {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}]}


def test_the_projector_view_opens_full_screen_on_the_second_screen_and_follows_meeting_mode(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    out = tmp_path / "steps.json"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    child = Path(__file__).with_name("projector_child.py")
    done = subprocess.run([sys.executable, str(child), str(tmp_path / "council.db"), str(out)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    steps = json.loads(out.read_text(encoding="utf-8"))
    assert steps["screens"] == ["laptop", "projector"] and steps["chosen"] == 1  # the second screen by default
    opened = steps["opened"]
    assert opened["visible"] and opened["full"] and opened["screen"] == "projector"
    assert opened["geometry"] == [1366, 0, 1920, 1080]
    assert steps["keys_stay"]  # the projector never takes the keyboard from meeting mode
    assert opened["texts"]["item"] == ""  # no item open yet: nothing but the council and the meeting
    assert "Научно-технический совет" in opened["texts"]["council"]

    item = steps["item"]["texts"]
    assert item["item"] == "Жұмыс жоспары туралы\nО плане работы"  # Kazakh, then Russian
    assert item["item_number"] == "2 мәселенің 1-і\nВопрос 1 из 2"
    assert item["speaker"] == "" and item["vote"] == ""

    speaker = steps["speaker"]["texts"]
    assert speaker["speaker"].startswith("Сөйлеуде: ") and "\nВыступает: " in speaker["speaker"]
    assert speaker["time"] == "0:10"

    vote = steps["vote"]["texts"]
    assert vote["vote"] == "1.1 бойынша дауыс беру: бірауыздан (8)\nГолосование по 1.1: единогласно (8)"
    assert vote["outcome"] == "Шешім қабылданды\nРешение принято"
    assert vote["speaker"] == "" and vote["time"] == ""  # the speaker has finished

    for name in ("blank", "blank_next"):
        blank = steps[name]
        assert blank["visible"] and not any(blank["texts"].values()), blank  # black: nothing shown
    again = steps["shown_again"]["texts"]
    assert again["item"] == "Жобалар туралы\nО проектах"  # it followed while blank, shows the current item
