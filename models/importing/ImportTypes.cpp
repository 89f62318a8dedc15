// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/importing/ImportTypes.h"

#include <QJsonArray>

namespace valuator {

QJsonObject ImportStats::toJson() const
{
    QJsonArray extras;
    for (const auto& [name, proposal] : extraTypes)
        extras.append(
            QJsonObject {{QStringLiteral("column"), name}, {QStringLiteral("type"), inferredTypeName(proposal.type)}});
    return {{QStringLiteral("records_read"), recordsRead}, {QStringLiteral("rows_imported"), rowsImported},
        {QStringLiteral("rows_rejected"), rowsRejected}, {QStringLiteral("reject_entries"), rejectEntries},
        {QStringLiteral("bytes_read"), bytesRead}, {QStringLiteral("extra_column_types"), extras}};
}

} // namespace valuator
