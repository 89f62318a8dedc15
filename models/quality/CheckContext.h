// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/quality/QualityCheck.h"
#include "models/quality/QualityOptions.h"
#include "models/quality/SpellingClusters.h"
#include "models/table/Table.h"
#include "models/typing/MissingValues.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace valuator {

/// What every check of one QualityChecker run reads: the table, the options and what is computed once before the
/// checks run in parallel (the missing-value rule and the brand/model spelling clusters, which the price outlier
/// check also groups by). Immutable after construction, so checks may share it across threads.
class CheckContext {
public:
    CheckContext(const Table& table, const QualityOptions& options);

    const Table& table() const { return m_table; }
    const QualityOptions& options() const { return m_options; }
    const MissingValues& missing() const { return m_missing; }
    /// The column named `key`, or nullptr.
    const Column* column(const QString& key) const { return m_table.find(key); }
    /// Per row: 1 when the row's value of `column` is missing (null, empty or sentinel text, empty list).
    std::vector<uint8_t> missingRows(const Column& column) const;

    /// Per row, the ImpossibleRules it breaks (options.impossible), computed once.
    const std::vector<uint8_t>& impossible() const { return m_impossible; }
    const SpellingClusters& brands() const { return m_brands; }
    const SpellingClusters& models() const { return m_models; }
    /// Canonical brand spelling of a brand dictionary code (the code's own text when not clustered).
    const QString& canonicalBrand(int32_t code) const { return m_canonicalBrand[size_t(code)]; }

    /// Appends `row` to check.rows and, while the sample is short, a sample entry with `columns`' values plus
    /// `extra()` (only called for sampled rows, so hot loops do not build JSON for every offending row).
    void addRow(QualityCheck& check, qint64 row, const QStringList& columns,
        const std::function<QJsonObject()>& extra = {}) const;
    CheckSampleRow sampleRow(qint64 row, const QStringList& columns) const;

private:
    void buildSpelling();

    const Table& m_table;
    QualityOptions m_options;
    MissingValues m_missing;
    SpellingClusters m_brands;
    SpellingClusters m_models;
    std::vector<QString> m_canonicalBrand;
    std::vector<uint8_t> m_impossible;
    const Column* m_sourceLine = nullptr;
};

} // namespace valuator
