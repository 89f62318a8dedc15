// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csv/TextEncoding.h"

#include <utility>

namespace valuator {

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    case TextEncoding::Latin1:
        return QStringLiteral("iso-8859-1");
    }
    return QStringLiteral("utf-8");
}

std::optional<TextEncoding> textEncodingFromName(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (QChar c : name) {
        if (c != QLatin1Char('-') && c != QLatin1Char('_') && !c.isSpace())
            key.append(c.toLower());
    }
    static const std::pair<const char*, TextEncoding> kAliases[] = {
        {"utf8", TextEncoding::Utf8},
        {"ascii", TextEncoding::Utf8},
        {"usascii", TextEncoding::Utf8},
        {"utf8bom", TextEncoding::Utf8Bom},
        {"utf8sig", TextEncoding::Utf8Bom},
        // Windows calls little-endian UTF-16 "Unicode" and writes it when no byte order is named.
        {"utf16", TextEncoding::Utf16LE},
        {"utf16le", TextEncoding::Utf16LE},
        {"unicode", TextEncoding::Utf16LE},
        {"ucs2", TextEncoding::Utf16LE},
        {"ucs2le", TextEncoding::Utf16LE},
        {"utf16be", TextEncoding::Utf16BE},
        {"ucs2be", TextEncoding::Utf16BE},
        {"windows1252", TextEncoding::Windows1252},
        {"cp1252", TextEncoding::Windows1252},
        {"win1252", TextEncoding::Windows1252},
        {"1252", TextEncoding::Windows1252},
        {"ansi", TextEncoding::Windows1252},
        {"iso88591", TextEncoding::Latin1},
        {"latin1", TextEncoding::Latin1},
        {"l1", TextEncoding::Latin1},
    };
    for (const auto& [alias, encoding] : kAliases) {
        if (key == QLatin1String(alias))
            return encoding;
    }
    return std::nullopt;
}

QList<TextEncoding> allTextEncodings()
{
    return {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
        TextEncoding::Windows1252, TextEncoding::Latin1};
}

} // namespace valuator
