#!/bin/sh
# Screenshots of the history, audit and merge views in English and Korean,
# taken from the real application under Xvfb (COPYDESK_SCREENSHOT_VIEW hook
# in editor/team/TeamMenu.cpp). Usage: scripts/screenshots-team.sh [BUILD-DIR]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
out=$here/docs/screenshots
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
cli="$build/bin/copydesk-cli"
app="$build/bin/copydesk"
maya="maya.collins@copydesk.example"
as="Maya Collins <$maya>"
export GIT_AUTHOR_NAME="Maya Collins" GIT_AUTHOR_EMAIL=$maya GIT_COMMITTER_NAME="Maya Collins" GIT_COMMITTER_EMAIL=$maya

"$cli" demo "$tmp/demo" >/dev/null

# A figure changed after it was verified, for the history view.
cd "$tmp/demo"
sed 's/€38m set aside/€36m set aside/; s/next year, with/next year, with only/' articles/city-budget/index.md |
    "$cli" save city-budget --message "Bus routes figure corrected after the vote" >/dev/null
cd - >/dev/null

shoot() { # LANG VIEW FILE [extra env…]
    lang=$1 view=$2 file=$3
    shift 3
    if [ "$lang" = ko ]; then loc="LANGUAGE=ko LANG=ko_KR.UTF-8 LC_ALL=ko_KR.UTF-8"; else loc="LANGUAGE=en LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8"; fi
    env $loc COPYDESK_SCREENSHOT_VIEW="$view" COPYDESK_SCREENSHOT_FILE="$out/$file" "$@" \
        timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --as "$as" "$dir"
    echo "$out/$file"
}

# A change made with plain git, behind the desk's back: the audit flags it.
(cd "$tmp/demo" && printf '\nA line nobody reviewed.\n' >>articles/bank-bonus/index.md &&
    git -c user.name=Someone -c user.email=someone@example.com commit -qam "quick fix")

dir=$tmp/demo
for l in en ko; do
    shoot $l history:city-budget history-$l.png
    shoot $l history:city-budget history-side-$l.png COPYDESK_SCREENSHOT_SIDE=1
    shoot $l audit audit-$l.png
done

# Two desks and a server: both change the same paragraph.
for l in en ko; do
    git clone -q --bare "$tmp/demo" "$tmp/server-$l.git"
    "$cli" clone "$tmp/server-$l.git" "$tmp/a-$l" >/dev/null
    "$cli" clone "$tmp/server-$l.git" "$tmp/b-$l" >/dev/null
    (cd "$tmp/a-$l" && sed 's/The city council has approved/The city council narrowly approved/' articles/city-budget/index.md |
        "$cli" save city-budget --message "Narrow vote" >/dev/null && "$cli" sync >/dev/null)
    (cd "$tmp/b-$l" && sed 's/The city council has approved/The borough council has approved/' articles/city-budget/index.md |
        "$cli" save city-budget --message "Borough, not city" >/dev/null)
    dir=$tmp/b-$l
    shoot $l merge merge-$l.png
done
