#!/usr/bin/env bash
# Copydesk set-up: installs what is missing (Debian 12 packages), builds, then
#   ./setup.sh demo   opens the editor on the demo newsroom (or, with no
#                     display, prints its board and findings)
#   ./setup.sh test   runs the whole test suite with ctest
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-}
case "$mode" in
demo | test | build) ;;
*)
    echo "usage: ./setup.sh demo|test|build" >&2
    exit 2
    ;;
esac

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libgit2-dev libhunspell-dev hunspell hunspell-en-us hunspell-ko
    openssh-client xvfb xauth fonts-noto-cjk poppler-utils
)
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
    # The tests start their own git daemon on loopback and use offscreen widgets.
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 900
    ;;
esac
