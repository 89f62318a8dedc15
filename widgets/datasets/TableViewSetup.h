// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace valuator {

/// Configures `view` for a model with very many rows: fixed, uniform row heights (the view then computes row
/// positions arithmetically instead of asking every row for its size), no word wrap, row selection, and a compact
/// vertical header for row numbers.
void setUpLargeTableView(QTableView* view);

/// Sets each column's width from its header and the display text of the first `sampleRows` rows only (never the
/// whole model, which may hold millions of rows), between a minimum and `maxWidth` pixels.
void fitColumnsToSample(QTableView* view, int sampleRows = 200, int maxWidth = 320);

} // namespace valuator
