#!/usr/bin/env bash
# Set up Council Desktop on Debian 12 (Python 3.11) and either open it on the demo database
# or run the whole test suite headless.
#
#   bash packaging/dev.sh demo    # install, then open the program on its demo database
#   bash packaging/dev.sh test    # install, then run every test (pytest, offscreen Qt, PostgreSQL too)
#
# Debian packages are installed with apt-get (as root, or through sudo); Python packages go
# into .venv in the checkout. Nothing else on the machine is changed.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-}
case "$what" in demo|test|setup) ;; *) sed -n '2,9p' "$0" >&2; exit 2;; esac

# Qt's libraries (offscreen and under X), fonts' configuration, PDF tools for the tests,
# Xvfb for a window on a machine without a screen, PostgreSQL for the shared-office tests.
DEB_PACKAGES=(python3 python3-venv python3-pip
  libgl1 libegl1 libfontconfig1 fontconfig-config libxkbcommon0 libglib2.0-0 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxcb-randr0 libxcb-xfixes0 libxcb-sync1
  libxcb-shm0 libxcb-glx0 libx11-xcb1 libnss3 libasound2 libcups2
  xvfb xauth poppler-utils qpdf)
# LibreOffice: the tests open exported Word files the way a receiving office does;
# the freedesktop tools validate the .desktop entry, the AppStream metainfo and the MIME type
[ "$what" = test ] && DEB_PACKAGES+=(postgresql libreoffice-writer-nogui
  desktop-file-utils appstream shared-mime-info)

missing=()
for p in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  echo "Installing Debian packages: ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
extras=test
[ "$what" = test ] && extras="test,postgresql"
# setuptools announces every editable install of a package with a mapped folder (resources/ is
# installed as council_desktop/resources) with a notice that asks nothing of anyone: not shown
PYTHONWARNINGS="ignore:Editable installation" .venv/bin/python -m pip install -q -e ".[$extras]"

case "$what" in
  setup) exit 0 ;;
  demo)
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "No screen: opening the program on a virtual one (xvfb-run)."
      exec xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/council-desktop --demo "${@:2}"
    fi
    exec .venv/bin/council-desktop --demo "${@:2}" ;;
  test)
    # a PostgreSQL server of our own, in a temporary folder, for the tests that need one
    if [ -z "${COUNCIL_TEST_PG_URL:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
      PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)")
      PGDIR=$(mktemp -d /tmp/council-pg.XXXXXX)
      # the server will not run as root: as root, run it as the postgres user, from a folder it can enter
      RUN_AS=(); if [ "$(id -u)" = 0 ]; then chown postgres "$PGDIR"; RUN_AS=(env -C / runuser -u postgres --); fi
      "${RUN_AS[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U council >/dev/null
      # a port nobody listens on now, so that two runs on one machine do not meet
      PGPORT=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
      "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -o "-k $PGDIR -p $PGPORT -c listen_addresses=127.0.0.1" \
        -l "$PGDIR/log" -w start >/dev/null
      trap '"${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1; rm -rf "$PGDIR"' EXIT
      export COUNCIL_TEST_PG_URL="postgresql+psycopg://council@127.0.0.1:$PGPORT/postgres"
    fi
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "${@:2}" ;;
esac
