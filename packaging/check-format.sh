#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked C++ file differs from .clang-format. Skipped (with a note) when clang-format is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! command -v clang-format >/dev/null 2>&1; then
    echo "check-format: clang-format not installed, skipping" >&2
    exit 0
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v '^tests/data/')
[ ${#files[@]} -eq 0 ] && exit 0
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/clang-format.$$; then
    grep -E '^[^ ].*: (error|warning):' /tmp/clang-format.$$ | cut -d: -f1 | sort -u | sed 's/^/needs clang-format: /' >&2
    rm -f /tmp/clang-format.$$
    echo "check-format: run 'clang-format -i' on the files above" >&2
    exit 1
fi
rm -f /tmp/clang-format.$$
echo "check-format: ${#files[@]} files ok" >&2
