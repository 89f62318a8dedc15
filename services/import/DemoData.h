// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/import/ImportService.h"

namespace valuator {

/// The demo sales file shipped in the binaries (resources/demo/demo-sales.csv, a German dealer's Excel export
/// made by resources/demo/generate_sales.py). A new default workspace imports it so a first-time user sees real
/// pages at once.
struct DemoData {
    static QString path(); ///< ":/demo/demo-sales.csv"
    static QString datasetName(); ///< "demo-sales"
    static ImportRequest importRequest(const QString& actor);
};

} // namespace valuator
