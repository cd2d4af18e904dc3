"""Entry point of the frozen app (PyInstaller runs this file as a script, so it cannot use
the package's relative __main__)."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
