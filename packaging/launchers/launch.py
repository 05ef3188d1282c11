"""PyInstaller's entry for both programs, a script outside the package (a module of the package given as the
script would lose its package and die on its first relative import). Started under the name `council`
(council.exe on Windows, a link to council-desktop on Linux) it is the command line, else the window."""
import sys
from pathlib import Path

if Path(sys.argv[0]).stem.lower() == "council":
    from council_desktop.cli import main
else:
    from council_desktop.ui.main import main

if __name__ == "__main__":
    sys.exit(main())
