// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/csv/CsvReader.h"
#include "models/csv/MemoryByteSource.h"
#include "models/csv/Utf8.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QFile>
#include <QStringList>
#include <QTest>

#include <cstring>
#include <optional>
#include <vector>

namespace valuator::test {

/// A record copied out of the reader, with the progress figure right after it.
struct OwnedRecord {
    QByteArrayList fields;
    qint64 line = 0;
    qint64 byteOffset = 0;
    CsvProblem problem;
    qint64 consumedAfter = 0;

    QStringList texts() const
    {
        QStringList out;
        for (const QByteArray& field : fields)
            out << QString::fromUtf8(field);
        return out;
    }
    friend bool operator==(const OwnedRecord&, const OwnedRecord&) = default;
};

struct ReadAll {
    std::vector<OwnedRecord> records;
    std::optional<Error> error;
    qint64 consumed = 0;
    qint64 total = 0;

    std::vector<qsizetype> fieldCounts() const
    {
        std::vector<qsizetype> counts;
        for (const OwnedRecord& record : records)
            counts.push_back(record.fields.size());
        return counts;
    }
};

inline ReadAll readAll(ByteSource& source, const CsvDialect& dialect, const CsvReader::Options& options)
{
    ReadAll result;
    CsvReader reader(source, dialect, options);
    result.total = reader.totalBytes();
    CsvRecord record;
    for (;;) {
        const Result<bool> more = reader.next(record);
        if (!more) {
            result.error = more.error();
            break;
        }
        if (!*more)
            break;
        OwnedRecord owned;
        for (std::string_view field : record.fields)
            owned.fields << QByteArray(field.data(), qsizetype(field.size()));
        owned.line = record.line;
        owned.byteOffset = record.byteOffset;
        owned.problem = record.problem;
        owned.consumedAfter = reader.bytesConsumed();
        result.records.push_back(owned);
    }
    result.consumed = reader.bytesConsumed();
    return result;
}

inline ReadAll readAll(const QByteArray& data, const CsvDialect& dialect = {},
    const CsvReader::Options& options = CsvReader::Options(), qint64 maxChunk = 0)
{
    MemoryByteSource source(data, maxChunk);
    return readAll(source, dialect, options);
}

inline CsvReader::Options withBuffer(qsizetype bufferSize)
{
    CsvReader::Options options;
    options.bufferSize = bufferSize;
    return options;
}

inline QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(VALUATOR_FIXTURES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", name);
    return file.readAll();
}

/// Encodes UTF-16 code units of `text` in the given byte order, optionally with a BOM.
inline QByteArray utf16Bytes(const QString& text, bool bigEndian, bool bom)
{
    QByteArray out;
    auto put = [&](char16_t unit) {
        const char hi = char(unit >> 8), lo = char(unit & 0xFF);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    };
    if (bom)
        put(0xFEFF);
    for (QChar c : text)
        put(c.unicode());
    return out;
}

/// UTF-8 literals as a QStringList (QT_NO_CAST_FROM_ASCII is on).
inline QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out << QString::fromUtf8(item);
    return out;
}

/// Shorthand for fixed byte strings with NULs or high bytes.
inline QByteArray bytes(const char* data, qsizetype size)
{
    return QByteArray(data, size);
}

} // namespace valuator::test

namespace valuator {
/// Lets QCOMPARE print problems.
inline char* toString(const CsvProblem& problem)
{
    return QTest::toString(QStringLiteral("%1 column %2 byte %3")
                               .arg(CsvProblem::kindName(problem.kind))
                               .arg(problem.column)
                               .arg(problem.byteOffset));
}
} // namespace valuator

/// Fails the test with the error's detail when a Result/Status holds an error.
#define QVERIFY_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto& qverifyOkResult = (expr);                                                                          \
        if (!qverifyOkResult.has_value())                                                                              \
            QFAIL(qPrintable(qverifyOkResult.error().detail));                                                         \
    } while (false)
