// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/CheckContext.h"

#include "models/importing/ImportTypes.h"
#include "models/quality/NameKeys.h"
#include "models/quality/Profiler.h"
#include "models/quality/TableRows.h"

namespace valuator {

CheckContext::CheckContext(const Table& table, const QualityOptions& options)
    : m_table(table)
    , m_options(options)
    , m_missing(options.profile.missingTokens)
{
    m_sourceLine = table.find(sourceLineColumnName());
    if (m_sourceLine && m_sourceLine->type() != ColumnType::Int64)
        m_sourceLine = nullptr;
    m_impossible = m_options.impossible.evaluate(table);
    buildSpelling();
}

std::vector<uint8_t> CheckContext::missingRows(const Column& column) const
{
    const auto n = size_t(column.size());
    std::vector<uint8_t> out(n, 0);
    if (column.type() == ColumnType::Text || column.type() == ColumnType::TextList) {
        const std::vector<uint8_t> code = Profiler::missingCodes(column, m_missing);
        for (size_t r = 0; r < n; ++r) {
            bool any = false;
            for (int32_t c : column.listCodes(int64_t(r)))
                any = any || !code[size_t(c)];
            out[r] = any ? 0 : 1;
        }
        return out;
    }
    for (size_t r = 0; r < n; ++r)
        out[r] = column.isNull(int64_t(r)) ? 1 : 0;
    return out;
}

void CheckContext::buildSpelling()
{
    const Column* brand = column(QStringLiteral("brand"));
    if (!brand || brand->type() != ColumnType::Text)
        return;
    const Dictionary& bd = brand->dictionary();
    const std::vector<uint8_t> brandMissing = Profiler::missingCodes(*brand, m_missing);
    std::vector<qint64> brandRows(size_t(bd.size()), 0);
    for (int32_t c : brand->codes())
        if (c >= 0)
            ++brandRows[size_t(c)];
    QList<SpellingClusters::Entry> entries;
    for (int32_t c = 0; c < bd.size(); ++c)
        if (!brandMissing[size_t(c)])
            entries.append({QString(), bd.text(c), brandRows[size_t(c)]});
    m_brands = SpellingClusters::build(
        entries, [](QStringView s) { return NameKeys::brandKey(s); }, &NameKeys::brandRoot, m_options.spelling);
    m_canonicalBrand.resize(size_t(bd.size()));
    for (int32_t c = 0; c < bd.size(); ++c)
        m_canonicalBrand[size_t(c)] = m_brands.canonicalOf(QString(), bd.text(c));

    const Column* model = column(QStringLiteral("model"));
    if (!model || model->type() != ColumnType::Text)
        return;
    const std::vector<uint8_t> modelMissing = Profiler::missingCodes(*model, m_missing);
    std::vector<std::pair<int32_t, int32_t>> pairs;
    const std::vector<int32_t> pairOfRow = TableRows::pairIds(*brand, *model, pairs);
    std::vector<qint64> rows(pairs.size(), 0);
    for (int32_t id : pairOfRow)
        ++rows[size_t(id)];
    QList<SpellingClusters::Entry> modelEntries;
    for (size_t id = 0; id < pairs.size(); ++id) {
        const auto [b, m] = pairs[id];
        if (b >= 0 && m >= 0 && !brandMissing[size_t(b)] && !modelMissing[size_t(m)])
            modelEntries.append({m_canonicalBrand[size_t(b)], model->dictionary().text(m), rows[id]});
    }
    m_models = SpellingClusters::build(
        modelEntries, [](QStringView s) { return NameKeys::modelKey(s); }, [](const QString& k) { return k; },
        m_options.spelling);
}

CheckSampleRow CheckContext::sampleRow(qint64 row, const QStringList& columns) const
{
    CheckSampleRow s;
    s.row = row;
    if (m_sourceLine)
        s.sourceLine = m_sourceLine->ints()[size_t(row)];
    for (const QString& name : columns) {
        const Column* c = m_table.find(name);
        if (!c)
            continue;
        if (c->isNull(row))
            s.values.insert(name, QJsonValue::Null);
        else if (c->type() == ColumnType::Float64 || c->type() == ColumnType::Int64)
            s.values.insert(name, c->number(row));
        else
            s.values.insert(name, c->displayText(row));
    }
    return s;
}

void CheckContext::addRow(
    QualityCheck& check, qint64 row, const QStringList& columns, const std::function<QJsonObject()>& extra) const
{
    check.rows.push_back(row);
    if (check.sample.size() >= m_options.sampleSize)
        return;
    CheckSampleRow s = sampleRow(row, columns);
    const QJsonObject more = extra ? extra() : QJsonObject();
    for (auto it = more.begin(); it != more.end(); ++it)
        s.values.insert(it.key(), it.value());
    check.sample.append(s);
}

} // namespace valuator
