// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/DatasetProfile.h"

#include <QJsonArray>

namespace valuator {

const ColumnProfile* DatasetProfile::column(const QString& name) const
{
    for (const ColumnProfile& c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

QJsonObject DatasetProfile::toJson() const
{
    QJsonArray cols;
    for (const ColumnProfile& c : columns)
        cols.append(c.toJson());
    QJsonObject o {{QStringLiteral("rows"), rows}, {QStringLiteral("column_count"), qint64(columns.size())},
        {QStringLiteral("columns"), cols}};
    if (referenceDate.isValid())
        o.insert(QStringLiteral("reference_date"), referenceDate.toString(Qt::ISODate));
    return o;
}

} // namespace valuator
