// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/QualityCheck.h"

#include <QJsonArray>

namespace valuator {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QJsonObject CheckSampleRow::toJson() const
{
    QJsonObject o {{QStringLiteral("row"), row}, {QStringLiteral("values"), values}};
    o.insert(QStringLiteral("source_line"), sourceLine >= 0 ? QJsonValue(sourceLine) : QJsonValue(QJsonValue::Null));
    return o;
}

void QualityCheck::settle()
{
    if (count == 0)
        status = CheckStatus::Pass;
    else
        status = severity == Severity::Error ? CheckStatus::Fail : CheckStatus::Warn;
}

QJsonObject QualityCheck::toJson() const
{
    QJsonArray s;
    for (const CheckSampleRow& r : sample)
        s.append(r.toJson());
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("title"), title},
        {QStringLiteral("severity"), severityName(severity)}, {QStringLiteral("status"), checkStatusName(status)},
        {QStringLiteral("count"), count}, {QStringLiteral("evaluated"), evaluated},
        {QStringLiteral("share"), evaluated > 0 ? double(count) / double(evaluated) : 0.0},
        {QStringLiteral("description"), description}, {QStringLiteral("sample"), s},
        {QStringLiteral("details"), details}};
}

} // namespace valuator
