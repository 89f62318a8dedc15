// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/QualityReport.h"

#include <QJsonArray>

namespace valuator {

QJsonObject DuplicateSummary::toJson() const
{
    return {{QStringLiteral("exact_rows"), exactRows}, {QStringLiteral("exact_groups"), exactGroups},
        {QStringLiteral("plate_sale_date"), plateSaleDate}};
}

const QualityCheck* QualityReport::check(const QString& id) const
{
    for (const QualityCheck& c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

CheckStatus QualityReport::status() const
{
    CheckStatus worst = CheckStatus::Pass;
    for (const QualityCheck& c : checks)
        worst = std::max(worst, c.status);
    return worst;
}

QJsonObject QualityReport::toJson() const
{
    QJsonObject o = profile.toJson();
    QJsonArray list;
    qint64 counts[3] = {};
    for (const QualityCheck& c : checks) {
        list.append(c.toJson());
        ++counts[int(c.status)];
    }
    o.insert(QStringLiteral("status"), checkStatusName(status()));
    o.insert(QStringLiteral("checks"), list);
    o.insert(QStringLiteral("duplicates"), duplicates.toJson());
    o.insert(QStringLiteral("summary"),
        QJsonObject {{QStringLiteral("pass"), counts[0]}, {QStringLiteral("warn"), counts[1]},
            {QStringLiteral("fail"), counts[2]}});
    return o;
}

} // namespace valuator
