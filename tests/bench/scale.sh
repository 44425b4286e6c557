#!/usr/bin/env bash
# Scale benchmarks: Copydesk against stock git in one run, on a generated
# newsroom. Prints the median of RUNS runs of each, in milliseconds.
#
#   tests/bench/scale.sh BUILD_DIR NEWSROOM [RUNS]
#
# NEWSROOM comes from: BUILD_DIR/bin/copydesk-generate NEWSROOM --articles 10000 --commits 100000
# It is changed: saves are added (by an article's writer, through Copydesk,
# and as plain git commits in a local clone next to it, NEWSROOM-git).
set -euo pipefail
build=$(cd "$1" && pwd)
desk=$(cd "$2" && pwd)
runs=${3:-7}
cli="$build/bin/copydesk-cli"
clone="$desk-git"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# CPU time (user + system, ms) of the processes a subshell ran, from the
# second line of `times` ("0m0.050s 0m0.020s").
cpu_ms() { awk 'NR == 2 { gsub(/[ms]/, " "); print int(($2 + $4) * 1000 + ($1 + $3) * 60000 + 0.5) }'; }
# time_cmd LABEL CMD...: runs CMD $runs times (output discarded), prints the
# median wall time and the median CPU time. On a shared machine the wall
# time includes waiting for a core (and for the disk: Copydesk fsyncs the
# files it writes, git does not by default); the CPU time does not.
time_cmd() {
    local label=$1; shift
    local t wall=() cpu=()
    for _ in $(seq "$runs"); do
        t=$(date +%s%N)
        cpu+=("$( ( "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; times ) | cpu_ms)") || exit 1
        wall+=("$(ms "$t")")
    done
    printf '%-58s %6s ms  (CPU %s ms)\n' "$label" "$(printf '%s\n' "${wall[@]}" | median)" \
        "$(printf '%s\n' "${cpu[@]}" | median)"
}

# An article in drafting and its writer, who may save it.
slug=$(grep -l '"stage": "drafting"' "$desk"/articles/*/state.json 2>/dev/null | sed -n '1{s|/state.json$||;s|.*/||;p}')
writer=$(sed -n 's/.*"writer": "\(.*\)".*/\1/p' "$desk/articles/$slug/state.json")
export GIT_AUTHOR_EMAIL=$writer GIT_AUTHOR_NAME=Writer GIT_COMMITTER_EMAIL=$writer GIT_COMMITTER_NAME=Writer
echo "newsroom: $desk ($(git -C "$desk" rev-list --count HEAD) commits, $(ls "$desk/articles" | wc -l) articles); article $slug; median of $runs"

[ -d "$clone" ] || git clone -q "$desk" "$clone"
n=0
save_copydesk() {
    n=$((n + 1))
    printf 'Revision %s of the story, the council said on Tuesday.\n' "$n$RANDOM$(date +%N)" | "$cli" -C "$desk" save "$slug"
}
save_git() {
    n=$((n + 1))
    printf -- '---\ntitle: x\n---\nRevision %s of the story.\n' "$n$RANDOM$(date +%N)" >"$clone/articles/$slug/index.md"
    sed -i "s/\"updated\": \".*\"/\"updated\": \"$(date -u +%FT%TZ)\"/" "$clone/articles/$slug/state.json"
    git -C "$clone" add "articles/$slug/index.md" "articles/$slug/state.json"
    git -C "$clone" commit -q -m "Save $slug" -m "Copydesk-Event: save
Copydesk-Article: $slug
Copydesk-Actor: $writer
Copydesk-Stage: drafting"
}
time_cmd "save: copydesk-cli save" save_copydesk
time_cmd "save: git add + git commit (same two files, same trailers)" save_git

"$cli" -C "$desk" log "$slug" >/dev/null # brings the derived index up to date
time_cmd "history: copydesk-cli log SLUG" "$cli" -C "$desk" log "$slug"
time_cmd "history: copydesk-cli log --json SLUG" "$cli" -C "$desk" log --json "$slug"
rm -f "$clone/.git/objects/info/commit-graph"; rm -rf "$clone/.git/objects/info/commit-graphs"
git -C "$clone" config core.commitGraph false
time_cmd "history: git log --format=... -- PATH (no commit-graph)" \
    git -C "$clone" log --format='%H %an %ad %s%n%(trailers:key=Copydesk-Event)' -- "articles/$slug"
git -C "$clone" config core.commitGraph true
git -C "$clone" commit-graph write --reachable --changed-paths
time_cmd "history: git log --format=... -- PATH (commit-graph --changed-paths)" \
    git -C "$clone" log --format='%H %an %ad %s%n%(trailers:key=Copydesk-Event)' -- "articles/$slug"

time_cmd "board: copydesk-cli board (gate cache warm)" "$cli" -C "$desk" board
time_cmd "board: copydesk-cli board --json" "$cli" -C "$desk" board --json
time_cmd "list: copydesk-cli list" "$cli" -C "$desk" list
time_cmd "audit: copydesk-cli audit --article SLUG" "$cli" -C "$desk" audit --article "$slug"
time_cmd "audit: copydesk-cli audit (whole newsroom, CSV)" "$cli" -C "$desk" audit --csv
