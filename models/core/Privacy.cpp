// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Privacy.h"

namespace valuator {

QString maskPlate(QStringView plate)
{
    QString out;
    out.reserve(plate.size());
    int kept = 0;
    for (QChar c : plate) {
        if (!c.isLetterOrNumber()) {
            out += c;
        } else if (kept < 2) {
            out += c;
            ++kept;
        } else {
            out += QLatin1Char('*');
        }
    }
    return out;
}

std::string maskPlateUtf8(std::string_view plate)
{
    return maskPlate(QString::fromUtf8(plate.data(), qsizetype(plate.size()))).toStdString();
}

} // namespace valuator
