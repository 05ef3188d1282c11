"""One helper for resource paths: from a checkout, an installed wheel, or a PyInstaller bundle."""
from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller one-folder build: packaging/council_desktop.spec puts resources/ there
        return Path(bundle) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return Path(__file__).resolve().parent / "resources"  # installed: package-dir maps resources/ here


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def docs_root() -> Path:
    """docs/ (the user guide and its screenshots): beside resources/ in a checkout and in the bundle,
    council_desktop/docs when installed (package-dir maps it there too)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "docs"
    checkout = Path(__file__).resolve().parent.parent / "docs"
    if (checkout / "guide").is_dir():
        return checkout
    return Path(__file__).resolve().parent / "docs"


APP_NAME = "CouncilDesktop"  # the folder of the user's data and of the window's settings


def user_data_folder() -> Path:
    """Where the database, drafts and backups live unless another folder is chosen."""
    from platformdirs import user_data_path
    return user_data_path(APP_NAME, appauthor=False)


def user_config_folder() -> Path:
    from platformdirs import user_config_path
    return user_config_path(APP_NAME, appauthor=False)
