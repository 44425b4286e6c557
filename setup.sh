#!/usr/bin/env bash
# Copydesk set-up: installs what is missing (Debian 12 packages), builds, then
#   ./setup.sh demo   opens the editor on the demo newsroom (or, with no
#                     display, prints its board and findings)
#   ./setup.sh test   runs the whole test suite with ctest, then the
#                     sanitizer stage below (COPYDESK_SKIP_SANITIZERS=1 skips
#                     it locally; CI always runs it)
#   ./setup.sh sanitize  the sanitizer stage alone: builds the tests and the
#                     libFuzzer targets with clang, ASan and UBSan in
#                     build-sanitize/, runs the whole ctest suite there, then
#                     each fuzzer for COPYDESK_FUZZ_SECONDS (25) from its seed
#                     corpus in tests/fuzz/corpus (docs/robustness.md)
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-}
case "$mode" in
demo | test | build | sanitize) ;;
*)
    echo "usage: ./setup.sh demo|test|build|sanitize" >&2
    exit 2
    ;;
esac

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libgit2-dev libhunspell-dev libyaml-cpp-dev hunspell hunspell-en-us hunspell-en-gb hunspell-ko
    openssh-client xvfb xauth fonts-noto-cjk poppler-utils
)
# The sanitizer stage needs clang and its runtimes (ASan, UBSan, libFuzzer);
# the tests check written front matter with an independent YAML parser.
# The HTTP server tests run git http-backend behind lighttpd.
case "$mode" in
test | sanitize) packages+=(clang libclang-rt-14-dev python3-yaml lighttpd) ;;
esac
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "==> installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The sanitizer stage: one clang tree with AddressSanitizer (LeakSanitizer
# included) and UndefinedBehaviorSanitizer that serves both the whole ctest
# suite and the libFuzzer targets. -O1 -g1 is what the sanitizers recommend
# and keeps the build short; line tables are enough for the reports.
sanitize() {
    local dir=${COPYDESK_SANITIZE_DIR:-build-sanitize}
    local fuzz_seconds=${COPYDESK_FUZZ_SECONDS:-25}
    local start=$SECONDS t
    echo "==> sanitizer stage: configuring and building with clang, ASan and UBSan in $dir/"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCOPYDESK_SANITIZE=ON -DCOPYDESK_FUZZ=ON >/dev/null
    # What the tests run (test executables, the CLI, the editor) and the
    # fuzzers; benchmarks and the generator are not tests.
    local targets
    targets=$(ninja -C "$dir" -t targets all | sed -n 's/^\(test_[a-z0-9_]*\|fuzz_[a-z0-9_]*\): phony$/\1/p' | grep -v _autogen)
    # shellcheck disable=SC2086 # one word per target
    cmake --build "$dir" --parallel "$(nproc)" --target copydesk copydesk-cli $targets
    t=$SECONDS
    echo "==> sanitizer stage: build took $((t - start)) s"

    echo "==> sanitizer stage: the whole test suite under ASan+UBSan"
    # Undefined behaviour aborts (compiled with -fno-sanitize-recover), ASan
    # errors and leaks fail the program, and the CLI the tests start inherits
    # the same options. Leaks inside system libraries are suppressed in
    # tests/sanitizers/lsan.supp, each with the reason.
    export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
    # Sanitized code runs a few times slower: QtTest's watchdog (300 s per
    # test function) gets what ctest gives each test (TIMEOUT 600).
    export QTEST_FUNCTION_TIMEOUT=600000
    # A failure here still lets the fuzzers run, so one CI run reports both.
    local failed=0
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)" --timeout 1800 || failed=1
    echo "==> sanitizer stage: test suite took $((SECONDS - t)) s"
    t=$SECONDS

    echo "==> sanitizer stage: each fuzzer for $fuzz_seconds s from its seed corpus"
    # New inputs go to $dir/fuzz/NAME (the first corpus folder), never into
    # the seed corpus; a crash leaves its input as $dir/fuzz/NAME-crash-*.
    # tests/fuzz/NAME.dict, when there is one, lists tokens of the format.
    # $(nproc) fuzzers run at a time, each on one core.
    local corpus name runs dict
    rm -f "$dir"/fuzz/*.rc
    for corpus in tests/fuzz/corpus/*/; do
        name=$(basename "$corpus")
        mkdir -p "$dir/fuzz/$name"
        dict=()
        [ -f "tests/fuzz/$name.dict" ] && dict=(-dict="tests/fuzz/$name.dict")
        while (($(jobs -rp | wc -l) >= $(nproc))); do wait -n; done
        (
            rc=0
            "$dir/bin/fuzz_$name" -max_total_time="$fuzz_seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
                "${dict[@]}" -artifact_prefix="$dir/fuzz/$name-" "$dir/fuzz/$name" "$corpus" >"$dir/fuzz/$name.log" 2>&1 || rc=$?
            echo "$rc" >"$dir/fuzz/$name.rc"
        ) &
    done
    wait
    for corpus in tests/fuzz/corpus/*/; do
        name=$(basename "$corpus")
        if [ "$(cat "$dir/fuzz/$name.rc")" = 0 ]; then
            runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/fuzz/$name.log")
            echo "    fuzz_$name: ok, $runs inputs"
        else
            echo "    fuzz_$name: FAILED (log: $dir/fuzz/$name.log)"
            tail -n 60 "$dir/fuzz/$name.log"
            failed=1
        fi
    done
    echo "==> sanitizer stage: fuzzing took $((SECONDS - t)) s; the whole stage $((SECONDS - start)) s"
    return "$failed"
}

if [ "$mode" = sanitize ]; then
    sanitize
    exit
fi

build_type=${COPYDESK_BUILD_TYPE:-RelWithDebInfo}
echo "==> configuring and building ($build_type) in build/"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" ${COPYDESK_CMAKE_ARGS:-} >/dev/null
cmake --build build --parallel "$(nproc)"

case "$mode" in
build) ;;
demo)
    demo_dir=${COPYDESK_DEMO_DIR:-$PWD/build/demo-newsroom}
    if [ ! -d "$demo_dir/.git" ]; then
        echo "==> creating the demo newsroom in $demo_dir"
        build/bin/copydesk-cli demo "$demo_dir"
    fi
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec build/bin/copydesk "$demo_dir"
    fi
    echo
    echo "No display is available (neither DISPLAY nor WAYLAND_DISPLAY is set), so the editor"
    echo "cannot open. Here is the demo newsroom from the command line instead."
    echo "Open it later with: build/bin/copydesk $demo_dir"
    echo
    build/bin/copydesk-cli -C "$demo_dir" board
    echo
    build/bin/copydesk-cli -C "$demo_dir" check --no-fail
    ;;
test)
    echo "==> running the test suite"
    started=$SECONDS
    # The tests start their own git daemon on loopback and use offscreen widgets.
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 900
    echo "==> test suite took $((SECONDS - started)) s"
    if [ "${COPYDESK_SKIP_SANITIZERS:-}" = 1 ] && [ "${CI:-}" != true ]; then
        echo "==> COPYDESK_SKIP_SANITIZERS=1: skipping the sanitizer stage (./setup.sh sanitize runs it)"
    else
        sanitize
    fi
    ;;
esac
