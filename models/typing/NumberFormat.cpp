// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/NumberFormat.h"

namespace valuator {

bool NumberFormat::isValid() const
{
    const bool decimalOk = decimal == '.' || decimal == ',';
    const bool groupingOk = grouping == 0 || grouping == ',' || grouping == '.' || grouping == ' ' || grouping == '\'';
    return decimalOk && groupingOk && grouping != decimal;
}

QString NumberFormat::example() const
{
    QString text = QStringLiteral("12");
    if (grouping == ' ') {
        text += QChar(0x202F);
    } else if (grouping != 0) {
        text += QLatin1Char(grouping);
    }
    text += QStringLiteral("500");
    text += QLatin1Char(decimal);
    text += QLatin1Char('5');
    return text;
}

QString NumberFormat::name() const
{
    QString groupingName = QStringLiteral("none");
    if (grouping == ' ') {
        groupingName = QStringLiteral("space");
    } else if (grouping != 0) {
        groupingName = QString(QLatin1Char(grouping));
    }
    return QStringLiteral("decimal=%1 grouping=%2").arg(QLatin1Char(decimal)).arg(groupingName);
}

} // namespace valuator
