#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from every tr() in the sources: German and Swedish in full, English with the
# plural forms only ("%n row(s)" -> "1 row" / "2 rows"). Then translate the new entries (Qt Linguist) and run
# the tests: `translations_complete` fails while any entry is unfinished.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate="$(command -v lupdate6 || command -v lupdate)"
cd "$root"
dirs=(models services widgets app)
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h -I "$root" "${dirs[@]}" \
    -ts translations/valuator_de.ts translations/valuator_sv.ts
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h -pluralonly -I "$root" "${dirs[@]}" \
    -ts translations/valuator_en.ts
for ts in translations/*.ts; do
    printf '%s: %s unfinished\n' "$ts" "$(grep -c 'type="unfinished"' "$ts" || true)"
done
