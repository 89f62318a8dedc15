// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/CompareView.h"

#include "widgets/models/CompareCharts.h"
#include "widgets/plots/XyChartView.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace valuator {

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_scatter(new XyChartView(this))
    , m_residuals(new XyChartView(this))
    , m_segments(new XyChartView(this))
    , m_curves(new XyChartView(this))
{
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_scatter->setObjectName(QStringLiteral("scatterChart"));
    m_residuals->setObjectName(QStringLiteral("residualChart"));
    m_segments->setObjectName(QStringLiteral("segmentChart"));
    m_curves->setObjectName(QStringLiteral("curveChart"));
    m_tabs->addTab(m_scatter, tr("&Predicted vs actual"));
    m_tabs->addTab(m_residuals, tr("Re&siduals"));
    m_tabs->addTab(m_segments, tr("&Error by segment"));
    m_tabs->addTab(m_curves, tr("&Learning curves"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    clear(tr("Select two or three runs in the leaderboard to compare them."));
}

void CompareView::setData(const CompareData& data)
{
    m_scatter->setChart(CompareCharts::predictedVsActual(data));
    m_residuals->setChart(CompareCharts::residualHistograms(data));
    m_segments->setChart(CompareCharts::errorBySegment(data));
    m_curves->setChart(CompareCharts::learningCurves(data));
}

void CompareView::clear(const QString& text)
{
    for (XyChartView* view : {m_scatter, m_residuals, m_segments, m_curves})
        view->clear(text);
    m_status->setText(text);
}

void CompareView::setStatus(const QString& text)
{
    m_status->setText(text);
}

} // namespace valuator
