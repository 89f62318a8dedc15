// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/table/Column.h"
#include "models/table/Table.h"
#include "services/datasets/DatasetTypes.h"
#include "services/datasets/DatasetWriter.h"
#include "services/workspace/Database.h"
#include "services/workspace/Statement.h"
#include "services/workspace/Transaction.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <vector>

/// QVERIFY for a Result/Status that prints the error on failure. Evaluates `expr` once.
#define QVERIFY_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto& result_ = (expr);                                                                                  \
        QVERIFY2(bool(result_), valuator::test::why(result_).constData());                                             \
    } while (false)

namespace valuator::test {

template <class R> QByteArray why(const R& result)
{
    return result ? QByteArray()
                  : (result.error().userMessage + QStringLiteral(" | ") + result.error().detail).toUtf8();
}

/// The five columns of the test rows, one per ColumnType.
inline QList<ColumnInfo> carColumns()
{
    return {
        {QStringLiteral("price"), QStringLiteral("sale_price"), ColumnType::Float64, QStringLiteral("Preis")},
        {QStringLiteral("year"), QStringLiteral("model_year"), ColumnType::Int64, QStringLiteral("Baujahr")},
        {QStringLiteral("sold"), QStringLiteral("sale_date"), ColumnType::Date, QStringLiteral("Verkauft")},
        {QStringLiteral("brand"), QStringLiteral("brand"), ColumnType::Text, QStringLiteral("Marke")},
        {QStringLiteral("equipment"), QStringLiteral("equipment"), ColumnType::TextList, {}},
    };
}

/// Appends the value of global row `r` of column `info` to `column`. Nulls and awkward values on purpose:
/// non-round doubles, int64 beyond double precision, negative days, the empty string (not null), non-ASCII.
inline void appendTestValue(Column& column, qint64 r)
{
    static const char* const kBrands[] = {"VW", "Škoda", "Volvo", "BMW"};
    switch (column.type()) {
    case ColumnType::Float64:
        r % 7 == 3 ? column.appendNull() : column.appendDouble(1000.0 + double(r) * 0.25 + 1.0 / 3.0);
        break;
    case ColumnType::Int64:
        if (r % 11 == 5)
            column.appendNull();
        else
            column.appendInt(r == 1 ? 9007199254740993LL : 1990 + r % 35 - (r % 2) * 100000);
        break;
    case ColumnType::Date:
        r % 13 == 0 ? column.appendNull() : column.appendDate(int32_t(r % 400) - 3);
        break;
    case ColumnType::Text:
        if (r % 5 == 4)
            column.appendNull();
        else
            column.appendText(r % 17 == 1 ? std::string_view() : std::string_view(kBrands[r % 4]));
        break;
    case ColumnType::TextList:
        if (r % 3 != 0) {
            column.appendListToken("abs");
            if (r % 2)
                column.appendListToken("navi");
            if (r % 5 == 1)
                column.appendListToken("Schiebedach");
        }
        column.endListRow();
        break;
    }
}

/// One chunk: rows first .. first + rows - 1 of `infos`, each column with a fresh dictionary (as the
/// importer makes them).
inline std::vector<Column> makeChunk(const QList<ColumnInfo>& infos, qint64 first, qint64 rows)
{
    std::vector<Column> columns;
    for (const ColumnInfo& info : infos) {
        Column column(info.name, info.type);
        for (qint64 r = first; r < first + rows; ++r)
            appendTestValue(column, r);
        columns.push_back(std::move(column));
    }
    return columns;
}

/// Exact text of one cell: doubles with 17 digits, "<null>" for null, lists as "a|b".
inline QString cell(const Column& column, int64_t row)
{
    if (column.isNull(row))
        return QStringLiteral("<null>");
    switch (column.type()) {
    case ColumnType::Float64:
        return QString::number(column.doubles()[size_t(row)], 'g', 17);
    case ColumnType::Int64:
        return QString::number(column.ints()[size_t(row)]);
    case ColumnType::Date:
        return QString::number(column.days()[size_t(row)]);
    case ColumnType::Text:
        return QLatin1Char('"') + column.dictionary().text(column.codes()[size_t(row)]) + QLatin1Char('"');
    case ColumnType::TextList: {
        QStringList tokens;
        for (int32_t code : column.listCodes(row))
            tokens << column.dictionary().text(code);
        return tokens.join(QLatin1Char('|'));
    }
    }
    return {};
}

inline QStringList cells(const Column& column)
{
    QStringList out;
    for (int64_t r = 0; r < column.size(); ++r)
        out << cell(column, r);
    return out;
}

/// Expected cells of a column of `type` over global rows [first, first + rows).
inline QStringList expectedCells(ColumnType type, qint64 first, qint64 rows)
{
    Column column(QString(), type);
    for (qint64 r = first; r < first + rows; ++r)
        appendTestValue(column, r);
    return cells(column);
}

inline QStringList nullCells(qint64 rows)
{
    QStringList out;
    for (qint64 r = 0; r < rows; ++r)
        out << QStringLiteral("<null>");
    return out;
}

inline NewVersion newVersion(
    const QString& name, VersionKind kind = VersionKind::Import, const QList<ColumnInfo>& columns = carColumns())
{
    NewVersion spec;
    spec.datasetName = name;
    spec.kind = kind;
    spec.actor = QStringLiteral("alice");
    spec.columns = columns;
    spec.sourceName = QStringLiteral("sales.csv");
    spec.sourceSha256 = QString(64, QLatin1Char('a'));
    spec.sourceBytes = 12345;
    spec.dialect = {{QStringLiteral("delimiter"), QStringLiteral(";")}};
    spec.mapping = {{QStringLiteral("Preis"), QStringLiteral("sale_price")}};
    return spec;
}

/// Writes and commits one version: chunks of `chunkSizes` rows numbered from `first`, then `rejects`.
inline Result<DatasetVersionInfo> writeVersion(Database& db, const NewVersion& spec, const QList<qint64>& chunkSizes,
    qint64 first = 0, const QList<RejectedRow>& rejects = {})
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto writer = DatasetWriter::begin(db, spec);
    if (!writer)
        return fail(writer.error());
    for (qint64 rows : chunkSizes) {
        if (auto status = writer->addChunk(makeChunk(spec.columns, first, rows)); !status)
            return fail(status.error());
        first += rows;
    }
    if (auto status = writer->addRejects(rejects); !status)
        return fail(status.error());
    auto info = writer->finish({{QStringLiteral("rows_read"), first}});
    if (!info)
        return info;
    if (auto status = tx->commit(); !status)
        return fail(status.error());
    return info;
}

/// SHA-256 (hex) over the blobs of `versionId` selected by `where`, in (chunk, position) order.
inline QString blobHash(Database& db, qint64 versionId, const QString& prefix = {}, const QString& where = {})
{
    auto query = db.prepare(QStringLiteral("SELECT data FROM dataset_chunks WHERE version_id = %1 %2 "
                                           "ORDER BY chunk, position")
                                .arg(versionId)
                                .arg(where));
    if (!query)
        return QStringLiteral("query failed");
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(prefix.toLatin1());
    while (query->step().value_or(Statement::Step::Done) == Statement::Step::Row)
        sha.addData(query->columnBlob(0));
    return QString::fromLatin1(sha.result().toHex());
}

/// count(*) of a table.
inline qint64 rowsIn(Database& db, const char* table)
{
    return db.queryInt64(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).value_or(-1);
}

} // namespace valuator::test
