#!/usr/bin/env bash
# Annals developer entry point.
#   ./dev.sh run [FILE|DIR...]   install missing Debian packages, build, start the app (bundled samples by default)
#   ./dev.sh test                install missing Debian packages, build, run the test suites
#   ./dev.sh build               install missing packages and build only
set -euo pipefail
cd "$(dirname "$0")"

packages=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-svg-dev libboost-date-time-dev
          libicu-dev libgumbo-dev fonts-dejavu-core xvfb xauth)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo=sudo
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
    fi
}

build() {
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
    cmake --build build -j "$(nproc)"
}

cmd="${1:-run}"
shift || true
case "$cmd" in
run)
    install_missing
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting under Xvfb."
        exec xvfb-run -a build/app/annals "$@"
    fi
    exec build/app/annals "$@"
    ;;
test)
    install_missing
    build
    cd build
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" "$@"
    ;;
build)
    install_missing
    build
    ;;
*)
    echo "usage: $0 run [FILE|DIR...] | test | build" >&2
    exit 2
    ;;
esac
