// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/ColumnsTab.h"

#include "widgets/plots/ChartView.h"
#include "widgets/quality/ColumnProfileModel.h"
#include "widgets/quality/QualityCharts.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace valuator {

ColumnsTab::ColumnsTab(QWidget* parent)
    : QWidget(parent)
    , m_model(new ColumnProfileModel(this))
    , m_view(new QTableView(this))
    , m_chart(new ChartView(this))
{
    m_view->setObjectName(QStringLiteral("columnsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart->setObjectName(QStringLiteral("columnChart"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { onCurrentChanged(); });
    clear();
}

void ColumnsTab::setReport(const QJsonObject& report)
{
    const QString selected = m_model->data(m_view->currentIndex(), ColumnProfileModel::NameRole).toString();
    m_currency = QualityCharts::currency(report);
    m_model->setReport(report);
    if (!selectColumn(selected) && m_model->rowCount() > 0)
        m_view->selectRow(0);
    onCurrentChanged(); // the same row after a reset does not signal a change
}

void ColumnsTab::clear()
{
    m_model->clear();
    m_chart->clear(tr("Select a column to see its distribution."));
}

bool ColumnsTab::selectColumn(const QString& name)
{
    const int row = name.isEmpty() ? -1 : m_model->rowOf(name);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void ColumnsTab::onCurrentChanged()
{
    const QJsonObject column = m_model->columnAt(m_view->currentIndex().row());
    if (column.isEmpty()) {
        m_chart->clear(tr("Select a column to see its distribution."));
        return;
    }
    m_chart->setChart(QualityCharts::column(column, m_currency));
}

} // namespace valuator
