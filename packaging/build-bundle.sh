#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle (dist/CouncilDesktop) and start what was built:
# the bundled `council` (version, demo, a Kazakh protocol whose fonts are embedded and whose text
# reads back the same as the checkout's) and the bundled window (offscreen, and under Xvfb when
# xvfb-run is there), in Kazakh and Russian. A missing font, translation, migration, Qt plug-in or
# demo file fails here, not on a user's laptop. Prints the bundle's size and build time; fails above
# 200 MB. Run after `bash packaging/dev.sh setup` (or test); .ci/run calls it after the tests.
#
#   bash packaging/build-bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
LIMIT_MB=200

# PyInstaller reads and strips the libraries with binutils (objdump, strip)
if ! command -v objdump >/dev/null || ! command -v strip >/dev/null; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi
if ! $PY -c "import PyInstaller" 2>/dev/null; then
  $PY -m pip install -q -e ".[build]"
fi

start=$(date +%s)
$PY -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/council_desktop.spec
seconds=$(( $(date +%s) - start ))
BUNDLE=dist/CouncilDesktop
size_mb=$(( $(du -sb "$BUNDLE" | cut -f1) / 1000000 ))
echo "bundle: $BUNDLE, ${size_mb} MB, built in ${seconds} s"
if [ "$size_mb" -gt "$LIMIT_MB" ]; then
  echo "FAIL: the bundle is ${size_mb} MB, more than ${LIMIT_MB} MB" >&2; exit 1
fi

for f in docs/guide/kk/index.md docs/screenshots/people_kk.png resources/fonts/LiberationSerif-Regular.ttf; do
  [ -f "$BUNDLE/_internal/$f" ] || { echo "FAIL: the bundle lacks $f" >&2; exit 1; }
done

# a home of its own: no saved language or folder of this machine's user leaks into the checks
T=$(mktemp -d "${TMPDIR:-/tmp}/council-bundle.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_CONFIG_HOME="$T/home/.config" XDG_DATA_HOME="$T/home/.local/share" \
  XDG_STATE_HOME="$T/home/.local/state" XDG_CACHE_HOME="$T/home/.cache"
mkdir -p "$HOME"
fail() { echo "FAIL: $*" >&2; exit 1; }

want="council $($PY -c 'import council_desktop; print(council_desktop.__version__)')"
got=$("$BUNDLE/council" --version)
[ "$got" = "$want" ] || fail "bundled council --version says '$got', expected '$want'"
echo "ok: $got"

"$BUNDLE/council" --db "$T/x.db" demo
"$BUNDLE/council" --db "$T/x.db" check >/dev/null || fail "bundled council check"
"$BUNDLE/council" --db "$T/x.db" protocol 1 --lang kk --out "$T/bundle.pdf"
# every font embedded (pdffonts: the 'emb' column, 5th from the right)
pdffonts "$T/bundle.pdf" | tail -n +3 | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit bad }' \
  || { pdffonts "$T/bundle.pdf"; fail "a font of the bundled protocol is not embedded"; }
[ "$(pdffonts "$T/bundle.pdf" | tail -n +3 | wc -l)" -gt 0 ] || fail "the bundled protocol has no fonts"
# the text reads back letter for letter as the checkout's own rendering of the same database
.venv/bin/council --db "$T/x.db" protocol 1 --lang kk --out "$T/checkout.pdf"
pdftotext -enc UTF-8 "$T/bundle.pdf" "$T/bundle.txt"
pdftotext -enc UTF-8 "$T/checkout.pdf" "$T/checkout.txt"
grep -q "ХАТТАМА" "$T/bundle.txt" || fail "the bundled protocol does not read 'ХАТТАМА'"
cmp -s "$T/bundle.txt" "$T/checkout.txt" || { diff "$T/checkout.txt" "$T/bundle.txt" | head; fail "the bundled protocol's text differs from the checkout's"; }
cmp -s "$T/bundle.pdf" "$T/checkout.pdf" || fail "the bundled protocol's bytes differ from the checkout's"
echo "ok: protocol, $(pdfinfo "$T/bundle.pdf" | awk '/^Pages/ {print $2}') pages, fonts embedded, same bytes as the checkout's"

# the window, shown then closed: Kazakh and Russian menus come from the bundled translations
smoke() {  # $1 language, rest: the command's prefix
  local lang=$1; shift
  local out
  out=$(COUNCIL_LANG=$lang timeout 120 "$@" "$BUNDLE/council-desktop" --db "$T/x.db" --smoke) \
    || fail "the bundled window did not start ($lang, $*): $out"
  echo "$out"
  case "$lang:$out" in
    kk:*"main window shown (kk: Файл | Өңдеу"*"guide: Council Desktop — пайдаланушы нұсқаулығы; reportlab "[0-9]*) ;;
    ru:*"main window shown (ru: Файл | Правка"*"guide: Council Desktop — руководство пользователя; reportlab "[0-9]*) ;;
    *) fail "the bundled window's menus or guide are not in $lang, or a library's version is unknown: $out" ;;
  esac
}
smoke kk env QT_QPA_PLATFORM=offscreen
smoke ru env QT_QPA_PLATFORM=offscreen
if command -v xvfb-run >/dev/null; then  # the xcb plug-in and its libraries, as on a desktop
  smoke kk env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1366x768x24"
fi
echo "ok: bundle $BUNDLE (${size_mb} MB, built in ${seconds} s)"
