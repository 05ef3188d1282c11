"""PyInstaller's entry for `council-desktop`: a script outside the package, so the package's relative imports work."""
import sys

from council_desktop.ui.main import main

if __name__ == "__main__":
    sys.exit(main())
