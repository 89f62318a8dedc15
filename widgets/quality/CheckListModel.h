// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace valuator {

/// One row of the checks table: a quality check or a data contract rule, as stored in the report JSON.
struct CheckEntry {
    enum class Source { Check, Rule };
    Source source = Source::Check;
    QString id; ///< check id ("duplicates.exact_rows") or rule id ("mileage_km.range")
    QString title; ///< check title, or the rule's name / expectation
    QString severity; ///< "info", "warning", "error"
    QString status; ///< "pass", "warn", "fail"
    qint64 count = 0;
    qint64 evaluated = 0;
    double share = 0; ///< count / evaluated
    QString description; ///< check description, or the rule's observed vs expected
    QList<qint64> sampleRows; ///< row indices of the stored sample
    QList<qint64> sampleLines; ///< their source lines (-1 unknown)
};

/// The checks and contract rules of a quality report in one table, worst first: status (fail, warn, pass), then
/// severity, then count (descending), then id. Columns: status, source, id, title, severity, count, share.
/// Read-only; replaced as a whole by setReport(). GUI thread only.
class CheckListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status, Source, Id, Title, Severity, Count, Share, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SourceRole };

    explicit CheckListModel(QObject* parent = nullptr);

    /// `report`: QualityRun::toJson / the stored report (its "checks" and "contract"."rules").
    void setReport(const QJsonObject& report);
    void clear();
    const QList<CheckEntry>& entries() const { return m_entries; }
    const CheckEntry* entryAt(int row) const;
    /// Row of the entry with this source and id, or -1.
    int rowOf(CheckEntry::Source source, const QString& id) const;

    static QString statusText(const QString& status); ///< translated "Fail", "Warn", "Pass"
    static QString severityText(const QString& severity);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CheckEntry> m_entries;
};

} // namespace valuator
