#!/bin/sh
# Screenshots of the real application under Xvfb for docs/user-guide.md:
# the board, the editor with findings, the stage bar and the dark theme.
# The app grabs its own window (--screenshot) once the newsroom, the
# dictionaries and the checks have finished loading.
#
#   scripts/screenshots.sh [BUILD-BIN-DIR]     (default: build/bin)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$ROOT/build/bin}
OUT=$ROOT/docs/screenshots
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
# A private settings and data folder: no identity dialog, no recent list.
export XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data"
"$BIN/copydesk-cli" demo "$TMP/demo" >/dev/null

shot() {
    who=$1
    shift
    xvfb-run -a -s "-screen 0 1400x900x24" "$BIN/copydesk" "$TMP/demo" --as "$who" "$@" 2>/dev/null
}
MAYA="Maya Collins <maya.collins@copydesk.example>"
DANIEL="Daniel Park <daniel.park@copydesk.example>"

shot "$MAYA" --theme light --screenshot "$OUT/board.png"
shot "$MAYA" --theme light --article city-budget --select "38m" --screenshot "$OUT/editor.png"
shot "$DANIEL" --theme light --article bank-bonus --screenshot-part stageBar --screenshot "$OUT/stage-bar.png"
shot "$DANIEL" --theme light --article bank-bonus --select "600m" --screenshot "$OUT/fact-check.png"
shot "$MAYA" --theme dark --article city-budget --select "25 percent" --screenshot "$OUT/dark.png"
shot "$MAYA" --theme dark --screenshot "$OUT/board-dark.png"
# The Korean interface: blockers, refusals, finding kinds and messages included.
LANGUAGE=ko LANG=ko_KR.UTF-8 shot "$DANIEL" --theme light --article bank-bonus --select "600m" --screenshot "$OUT/editor-ko.png"
LANGUAGE=ko LANG=ko_KR.UTF-8 shot "$MAYA" --theme light --screenshot "$OUT/board-ko.png"
echo "Screenshots in $OUT:"
ls -1 "$OUT"
