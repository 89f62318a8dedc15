#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The developer entry point on Debian 12 (the README's quick start). Idempotent: installs only the missing
# Debian packages, configures once with the CMake preset, builds with ccache, then does what was asked.
#
#   packaging/dev.sh run [ARGS...]    build and open the workbench (default workspace unless ARGS name one)
#   packaging/dev.sh test [CTEST...]  build and run the whole test suite through ctest (offscreen)
#   packaging/dev.sh build            build only
#   packaging/dev.sh cli [ARGS...]    build and run valuator-cli
#   packaging/dev.sh bench            build and run the benchmarks in tests/bench (long)
#   packaging/dev.sh fuzz [SECONDS]   build the libFuzzer targets with clang and run each for SECONDS (60)
#   packaging/dev.sh screenshots      regenerate resources/screenshots/*.png from the GUI tests
#   packaging/dev.sh deps             install the packages only
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${VALUATOR_PRESET:-dev}"
build_dir="$root/build/$preset"

# Build and test dependencies (see ../shared/TOOLCHAIN.md for why each is here).
packages=(
    cmake ninja-build g++ ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    qt6-translations-l10n qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libgl-dev
    libqcustomplot-dev libxgboost-dev xgboost
    libcurl4-openssl-dev libssl-dev libsqlite3-dev sqlite3 qtkeychain-qt6-dev libexpected-dev
    libuchardet-dev libeigen3-dev libyaml-cpp-dev
    xvfb xauth fonts-dejavu-core
)
bench_packages=(python3-pandas python3-xgboost python3-sklearn time)
fuzz_packages=(clang libclang-rt-14-dev)

say() { printf 'dev.sh: %s\n' "$*" >&2; }

ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "not a Debian system: install the packages listed in packaging/dev.sh yourself."
        return 0
    fi
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { say "need root (or sudo) to install packages"; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure() {
    if [ ! -f "$build_dir/build.ninja" ]; then
        say "configuring ($preset preset)"
        cmake --preset "$preset" -S "$root" >/dev/null
    fi
}

build() {
    ensure_packages "${packages[@]}"
    configure
    cmake --build "$build_dir" --parallel "${VALUATOR_JOBS:-$(nproc)}" "$@"
}

has_display() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]
}

cmd="${1:-help}"
[ $# -gt 0 ] && shift
case "$cmd" in
    deps)
        ensure_packages "${packages[@]}"
        ;;
    build)
        build
        ;;
    run)
        build --target valuator
        if ! has_display; then
            say "no display found (DISPLAY is unset): run 'xvfb-run packaging/dev.sh run' or start from a desktop session."
            exit 1
        fi
        exec "$build_dir/app/gui/valuator" "$@"
        ;;
    cli)
        build --target valuator-cli
        exec "$build_dir/app/cli/valuator-cli" "$@"
        ;;
    test)
        build
        export QT_QPA_PLATFORM=offscreen
        cd "$root"   # ctest reads CMakePresets.json from the current folder
        ctest --preset "$preset" "$@"
        ;;
    bench)
        ensure_packages "${packages[@]}" "${bench_packages[@]}"
        build
        cd "$build_dir"
        QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" -L bench --output-on-failure -V "$@"
        ;;
    fuzz)
        ensure_packages "${packages[@]}" "${fuzz_packages[@]}"
        seconds="${1:-60}"
        preset=fuzz
        build_dir="$root/build/fuzz"
        configure
        cmake --build "$build_dir" --parallel "$(nproc)"
        for f in "$build_dir"/tests/fuzz/fuzz_*; do
            [ -x "$f" ] || continue
            name="$(basename "$f")"
            seeds="$root/tests/fuzz/corpus/${name#fuzz_}"
            dict="$root/tests/fuzz/${name#fuzz_}.dict"
            corpus="$build_dir/corpus-$name"
            mkdir -p "$corpus" "$build_dir/artifacts"
            say "fuzzing $name for ${seconds}s (corpus $corpus)"
            "$f" "$corpus" "$seeds" ${dict:+-dict="$dict"} -max_len=65536 -max_total_time="$seconds" \
                -print_final_stats=1 -artifact_prefix="$build_dir/artifacts/"
        done
        ;;
    screenshots)
        build
        QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" -L screenshots --output-on-failure
        # The pictures the README and the docs show; the GUI tests save more under build/<preset>/screenshots.
        mkdir -p "$root/resources/screenshots"
        for shot in main-window import-dialect import-mapping-complete import-result datasets-details quality-checks \
            quality-columns quality-drift models models-segments explain-car explain-global explain-fairness; do
            cp "$build_dir/screenshots/$shot.png" "$root/resources/screenshots/"
        done
        say "updated resources/screenshots"
        ;;
    help | -h | --help)
        sed -n '3,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        ;;
    *)
        say "unknown command '$cmd'"
        sed -n '3,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac
