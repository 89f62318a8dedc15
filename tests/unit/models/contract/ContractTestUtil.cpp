// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractTestUtil.h"

#include <QDate>
#include <QFile>

namespace valuator::test {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QByteArray fixture(const char* name)
{
    return readFile(QStringLiteral(VALUATOR_FIXTURES_DIR "/") + QLatin1String(name));
}

QByteArray defaultContractYaml()
{
    return readFile(QStringLiteral(VALUATOR_SOURCE_DIR "/resources/contracts/default-contract.yaml"));
}

QByteArray contractYaml(const QByteArray& body)
{
    return "apiVersion: v3.0.2\n"
           "kind: DataContract\n"
           "id: test\n"
           "version: 1.0.0\n"
           "status: active\n"
        + body;
}

DataContract contract(const QByteArray& body)
{
    auto parsed = DataContract::parse(contractYaml(body), QStringLiteral("test.yaml"));
    if (!parsed)
        qFatal("contract does not parse: %s", qPrintable(parsed.error().userMessage));
    return *parsed;
}

Column textColumn(const char* name, std::initializer_list<const char*> values)
{
    Column c(QLatin1String(name), ColumnType::Text);
    for (const char* v : values)
        v ? c.appendText(v) : c.appendNull();
    return c;
}

Column intColumn(const char* name, std::initializer_list<std::optional<int64_t>> values)
{
    Column c(QLatin1String(name), ColumnType::Int64);
    for (const auto& v : values)
        v ? c.appendInt(*v) : c.appendNull();
    return c;
}

Column numberColumn(const char* name, std::initializer_list<double> values)
{
    Column c(QLatin1String(name), ColumnType::Float64);
    for (double v : values)
        c.appendDouble(v);
    return c;
}

Column dateColumn(const char* name, std::initializer_list<const char*> isoDates)
{
    Column c(QLatin1String(name), ColumnType::Date);
    for (const char* v : isoDates) {
        if (!v) {
            c.appendNull();
            continue;
        }
        const QDate d = QDate::fromString(QLatin1String(v), Qt::ISODate);
        c.appendDate(int32_t(QDate(1970, 1, 1).daysTo(d)));
    }
    return c;
}

Column listColumn(const char* name, std::initializer_list<std::initializer_list<const char*>> rows)
{
    Column c(QLatin1String(name), ColumnType::TextList);
    for (const auto& row : rows) {
        for (const char* token : row)
            c.appendListToken(token);
        c.endListRow();
    }
    return c;
}

Column sourceLines(int64_t rows)
{
    Column c(QStringLiteral("source_line"), ColumnType::Int64);
    for (int64_t i = 0; i < rows; ++i)
        c.appendInt(i + 2);
    return c;
}

Table table(std::initializer_list<Column> columns)
{
    Table t;
    for (const Column& c : columns)
        t.addColumn(c);
    return t;
}

} // namespace valuator::test
