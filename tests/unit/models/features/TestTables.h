// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small tables built by hand and the shared fixtures, for the feature and validation tests.

#include "models/importing/TableSink.h"
#include "models/quality/CivilDate.h"
#include "models/table/Table.h"

#include <QDate>
#include <QFile>
#include <QStringList>

#include <cmath>
#include <initializer_list>
#include <optional>

namespace valuator::testing {

/// Text column; nullptr = null.
inline Column textColumn(const char* name, std::initializer_list<const char*> values)
{
    Column c(QLatin1String(name), ColumnType::Text);
    for (const char* v : values) {
        if (v)
            c.appendText(v);
        else
            c.appendNull();
    }
    return c;
}

/// Date column from ISO strings; "" = null.
inline Column dateColumn(const char* name, std::initializer_list<const char*> values)
{
    Column c(QLatin1String(name), ColumnType::Date);
    for (const char* v : values) {
        const QDate d = QDate::fromString(QLatin1String(v), Qt::ISODate);
        if (d.isValid())
            c.appendDate(CivilDate::fromQDate(d, 0));
        else
            c.appendNull();
    }
    return c;
}

/// Int64 column; std::nullopt = null.
inline Column intColumn(const char* name, std::initializer_list<std::optional<qint64>> values)
{
    Column c(QLatin1String(name), ColumnType::Int64);
    for (const auto& v : values) {
        if (v)
            c.appendInt(*v);
        else
            c.appendNull();
    }
    return c;
}

/// Float64 column; NaN = null.
inline Column doubleColumn(const char* name, std::initializer_list<double> values)
{
    Column c(QLatin1String(name), ColumnType::Float64);
    for (double v : values)
        c.appendDouble(v);
    return c;
}

/// TextList column: one string per row, tokens separated by '|'; "" = missing.
inline Column listColumn(const char* name, std::initializer_list<const char*> rows)
{
    Column c(QLatin1String(name), ColumnType::TextList);
    for (const char* row : rows) {
        for (const QString& token : QString::fromUtf8(row).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            c.appendListToken(token.toStdString());
        c.endListRow();
    }
    return c;
}

inline Table makeTable(std::initializer_list<Column> columns)
{
    Table t;
    for (const Column& c : columns)
        t.addColumn(c);
    return t;
}

/// A shared car-sales fixture imported with the detected dialect and the auto-mapping.
inline Table importFixture(const char* name)
{
    QFile f(QStringLiteral(VALUATOR_FIXTURES_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    auto imported = importCsvToTable(f.readAll());
    if (!imported)
        qFatal("%s", qPrintable(imported.error().userMessage));
    return std::move(imported->table);
}

/// The clean 10k fixture, imported once per process (the tests only read it).
inline const Table& cleanFixture()
{
    static const Table table = importFixture("sales-clean-10k.csv");
    return table;
}

inline const Table& dirtyFixture()
{
    static const Table table = importFixture("sales-dirty-10k.csv");
    return table;
}

/// Days since 1970 of an ISO date.
inline int32_t days(const char* iso)
{
    return CivilDate::fromQDate(QDate::fromString(QLatin1String(iso), Qt::ISODate), Column::kNullDate);
}

} // namespace valuator::testing
