// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QTableView;

namespace valuator {

class ChartView;
class ColumnProfileModel;

/// The "Columns" tab: the profile of every column (type, missing share, distinct values, min/max/mean/std,
/// quantiles) and, for the selected column, its histogram (numeric, date and list columns) or its most frequent
/// values (text columns).
class ColumnsTab : public QWidget {
    Q_OBJECT
public:
    explicit ColumnsTab(QWidget* parent = nullptr);

    void setReport(const QJsonObject& report);
    void clear();
    /// Selects the column named `name` (its chart follows); false when the report has no such column.
    bool selectColumn(const QString& name);

    ColumnProfileModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ChartView* chart() const { return m_chart; }

private:
    void onCurrentChanged();

    ColumnProfileModel* m_model;
    QTableView* m_view;
    ChartView* m_chart;
    QString m_currency;
};

} // namespace valuator
