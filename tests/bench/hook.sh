#!/usr/bin/env bash
# The server hook's cost: `copydesk-cli hook pre-receive` on a 6-commit push
# (one story from new to the style gate) and on a 100-commit push (ten
# stories), run as git runs it (GIT_DIR set, the push's old and new ids on
# standard input), beside git's own receive work for the same push
# (`git index-pack` of the pushed pack, and `git rev-list` of the new
# commits). Optionally beside another copydesk-cli (the release before) in
# the same run. Prints the median of RUNS runs, in milliseconds.
#
#   tests/bench/hook.sh BUILD_DIR [RUNS] [OTHER_COPYDESK_CLI]
set -euo pipefail
build=$(cd "$1" && pwd)
runs=${2:-7}
other=${3:-}
cli="$build/bin/copydesk-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
as() { GIT_AUTHOR_NAME=$1 GIT_AUTHOR_EMAIL=$1@example.com GIT_COMMITTER_NAME=$1 \
    GIT_COMMITTER_EMAIL=$1@example.com "${@:2}"; }

desk=$work/desk
as ed "$cli" init "$desk" >/dev/null
as ed "$cli" -C "$desk" people add wr@example.com --name Wr --role writer >/dev/null
as ed "$cli" -C "$desk" people add rv@example.com --name Rv --role reviewer >/dev/null
story() { # new, assign, save, submit, approve, advance out of style check: 6 commits
    local slug=$1
    as ed "$cli" -C "$desk" new "$slug" --title "Bridge $slug" >/dev/null
    as ed "$cli" -C "$desk" assign "$slug" --writer wr@example.com --reviewer rv@example.com >/dev/null
    printf 'The council approved the bridge repairs on Tuesday, the mayor said.\n\nThe work starts in spring.\n' |
        as wr "$cli" -C "$desk" save "$slug" >/dev/null
    as wr "$cli" -C "$desk" submit "$slug" >/dev/null
    as rv "$cli" -C "$desk" approve "$slug" >/dev/null
    as wr "$cli" -C "$desk" advance "$slug" >/dev/null
}
git init -q --bare "$work/server.git"
git -C "$desk" push -q "$work/server.git" main
base=$(git -C "$desk" rev-parse HEAD)
story one
six=$(git -C "$desk" rev-parse HEAD)
for i in 2 3 4 5 6 7 8 9 10; do story "s$i"; done
for extra in $(seq 1 $((100 - 60))); do
    printf 'Revision %s: the council approved the bridge repairs on Tuesday.\n' "$extra" |
        as wr "$cli" -C "$desk" save s10 >/dev/null || true
done
hundred=$(git -C "$desk" rev-parse HEAD)
# Everything is on the server (no hook installed); main stays at the base,
# so each run judges the same push.
git -C "$desk" push -q "$work/server.git" "$hundred:refs/heads/incoming"
echo "commits: 6-commit push $(git -C "$desk" rev-list --count "$base..$six"), 100-commit push $(git -C "$desk" rev-list --count "$base..$hundred")"

time_hook() { # LABEL CLI NEW
    local t wall=()
    for _ in $(seq "$runs"); do
        t=$(date +%s%N)
        echo "$base $3 refs/heads/main" | GIT_DIR=$work/server.git "$2" hook pre-receive >/dev/null 2>&1 ||
            { echo "the hook refused the push ($1)" >&2; exit 1; }
        wall+=("$(ms "$t")")
    done
    printf '%-52s %6s ms\n' "$1" "$(printf '%s\n' "${wall[@]}" | median)"
}
time_git() { # LABEL NEW
    local t wall=() pack=$work/pack
    printf '%s\n^%s\n' "$2" "$base" | git -C "$work/server.git" pack-objects -q --revs --stdout >"$pack"
    for _ in $(seq "$runs"); do
        rm -rf "$work/recv.git"
        git init -q --bare "$work/recv.git"
        t=$(date +%s%N)
        git -C "$work/recv.git" index-pack --stdin <"$pack" >/dev/null
        git -C "$work/server.git" rev-list "$2" "^$base" >/dev/null
        wall+=("$(ms "$t")")
    done
    printf '%-52s %6s ms\n' "$1" "$(printf '%s\n' "${wall[@]}" | median)"
}

echo "median of $runs runs"
time_hook "hook, 6-commit push (copydesk-cli)" "$cli" "$six"
[ -n "$other" ] && time_hook "hook, 6-commit push (other: $other)" "$other" "$six"
time_git "git index-pack + rev-list, 6-commit push" "$six"
time_hook "hook, 100-commit push (copydesk-cli)" "$cli" "$hundred"
[ -n "$other" ] && time_hook "hook, 100-commit push (other: $other)" "$other" "$hundred"
time_git "git index-pack + rev-list, 100-commit push" "$hundred"
