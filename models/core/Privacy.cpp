// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Privacy.h"

namespace valuator {

QString maskPlate(QStringView plate)
{
    // German plates start with a district code ending in '-' ("M-", "DD-"): it is not personal, keep it.
    // Otherwise keep the first two characters.
    const qsizetype dash = plate.indexOf(QLatin1Char('-'));
    const bool district = dash > 0 && dash <= 3;
    QString out;
    out.reserve(plate.size());
    int kept = 0;
    for (qsizetype i = 0; i < plate.size(); ++i) {
        const QChar c = plate[i];
        if (!c.isLetterOrNumber())
            out += c;
        else if (district ? i < dash : kept++ < 2)
            out += c;
        else
            out += QLatin1Char('*');
    }
    return out;
}

std::string maskPlateUtf8(std::string_view plate)
{
    return maskPlate(QString::fromUtf8(plate.data(), qsizetype(plate.size()))).toStdString();
}

} // namespace valuator
