// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/quality/ColumnProfile.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace valuator {

/// Profile of a whole table: one ColumnProfile per profiled column, in table order.
struct DatasetProfile {
    qint64 rows = 0;
    QList<ColumnProfile> columns;
    QDate referenceDate; ///< the date freshness was measured against (invalid: none)

    const ColumnProfile* column(const QString& name) const;
    /// {"rows", "column_count", "reference_date"?, "columns": [ColumnProfile::toJson()...]}
    QJsonObject toJson() const;
};

} // namespace valuator
