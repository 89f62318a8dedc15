// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/CsvDialect.h"

namespace valuator {

namespace {

bool isStructuralCandidate(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0 && u < 0x80 && c != '\n' && c != '\r';
}

} // namespace

bool CsvDialect::isValid() const
{
    return isStructuralCandidate(delimiter) && isStructuralCandidate(quote) && delimiter != quote;
}

std::optional<char> CsvDialect::delimiterFromName(QStringView name)
{
    const QString key = name.toString().toLower();
    if (key == QLatin1String("tab") || key == QLatin1String("\\t") || key == QLatin1String("\t"))
        return '\t';
    if (key == QLatin1String("comma"))
        return ',';
    if (key == QLatin1String("semicolon"))
        return ';';
    if (key == QLatin1String("pipe"))
        return '|';
    if (key == QLatin1String("space"))
        return ' ';
    if (key.size() == 1 && key.at(0).unicode() < 0x80 && isStructuralCandidate(char(key.at(0).unicode())))
        return char(name.at(0).unicode());
    return std::nullopt;
}

QString CsvDialect::delimiterName(char delimiter)
{
    if (delimiter == '\t')
        return QStringLiteral("tab");
    if (delimiter == ' ')
        return QStringLiteral("space");
    return QString(QLatin1Char(delimiter));
}

} // namespace valuator
