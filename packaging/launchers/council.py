"""PyInstaller's entry for `council`: a script outside the package, so the package's relative imports work."""
import sys

from council_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
