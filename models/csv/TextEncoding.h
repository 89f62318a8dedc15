// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace valuator {

/// Text encodings a CSV file can be read in. Everything is decoded to UTF-8 before parsing.
enum class TextEncoding {
    Utf8, ///< UTF-8 (a leading BOM is skipped anyway)
    Utf8Bom, ///< UTF-8 starting with EF BB BF (as Excel's "CSV UTF-8" writes it)
    Utf16LE, ///< UTF-16 little endian (Excel's "Unicode text"); a BOM is skipped
    Utf16BE, ///< UTF-16 big endian; a BOM is skipped
    Windows1252, ///< Windows "ANSI" code page of Western Europe and the Americas
    Latin1, ///< ISO-8859-1: each byte is the code point U+0000..U+00FF
};

/// Stable lower-case name: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252", "iso-8859-1".
/// Used in settings, import reports and the CLI.
QString textEncodingName(TextEncoding encoding);

/// Parses a user-given name, case-insensitively and ignoring '-', '_' and spaces: the names above plus common
/// aliases ("utf8", "utf-8-sig", "ascii", "utf-16" and "unicode" = little endian as Windows writes it, "ucs-2",
/// "cp1252", "win-1252", "ansi", "latin1", "latin-1", "iso8859-1", "l1"). Returns nullopt for anything else.
std::optional<TextEncoding> textEncodingFromName(QStringView name);

/// All encodings, in the order a UI should offer them.
QList<TextEncoding> allTextEncodings();

} // namespace valuator
