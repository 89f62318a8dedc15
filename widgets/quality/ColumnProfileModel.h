// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace valuator {

/// The column profiles of a quality report (its "columns" JSON), one row per column: name, type, missing %,
/// distinct, min, max, mean, std and the quantiles p1 … p99 (dates as ISO dates, lists as items per row).
/// Read-only; replaced as a whole by setReport(). GUI thread only.
class ColumnProfileModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Type, Missing, Distinct, Min, Max, Mean, Std, P1, P5, P25, P50, P75, P95, P99, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit ColumnProfileModel(QObject* parent = nullptr);

    void setReport(const QJsonObject& report);
    void clear();
    QJsonObject columnAt(int row) const;
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cell(const QJsonObject& column, int section) const;

    QJsonArray m_columns;
};

} // namespace valuator
