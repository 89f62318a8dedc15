// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/explain/GlobalTab.h"

#include "widgets/explain/ExplainCharts.h"
#include "widgets/explain/ExplainPlots.h"
#include "widgets/plots/XyChartView.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace valuator {
namespace {

XyChartView* makeChart(QWidget* parent, const QString& name)
{
    auto* view = new XyChartView(parent);
    view->setObjectName(name);
    view->setMinimumHeight(380);
    return view;
}

const QString kCurrency = QStringLiteral("EUR");

} // namespace

GlobalTab::GlobalTab(QWidget* parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_feature(new QComboBox(this))
{
    auto* content = new QWidget(this);
    m_importance = makeChart(content, QStringLiteral("importanceChart"));
    m_beeswarm = makeChart(content, QStringLiteral("beeswarmChart"));
    m_dependence = makeChart(content, QStringLiteral("dependenceChart"));
    m_pdp << makeChart(content, QStringLiteral("pdpMileageChart")) << makeChart(content, QStringLiteral("pdpAgeChart"));
    m_coefficients = makeChart(content, QStringLiteral("coefficientChart"));
    m_caption->setObjectName(QStringLiteral("globalCaption"));
    m_caption->setWordWrap(true);
    m_feature->setObjectName(QStringLiteral("dependenceFeature"));
    m_feature->setToolTip(tr("The feature whose SHAP values are plotted against its values."));
    connect(m_feature, &QComboBox::currentIndexChanged, this, &GlobalTab::showDependence);

    auto* dependence = new QWidget(content);
    auto* pick = new QHBoxLayout;
    auto* featureLabel = new QLabel(tr("Dependence fea&ture:"), dependence);
    featureLabel->setBuddy(m_feature);
    pick->addWidget(featureLabel);
    pick->addWidget(m_feature, 1);
    auto* dependenceLayout = new QVBoxLayout(dependence);
    dependenceLayout->setContentsMargins(0, 0, 0, 0);
    dependenceLayout->addLayout(pick);
    dependenceLayout->addWidget(m_dependence, 1);

    auto* grid = new QGridLayout(content);
    grid->addWidget(m_importance, 0, 0, 1, 2);
    grid->addWidget(m_beeswarm, 1, 0, 1, 2);
    grid->addWidget(dependence, 2, 0);
    grid->addWidget(m_coefficients, 2, 1);
    grid->addWidget(m_pdp.at(0), 3, 0);
    grid->addWidget(m_pdp.at(1), 3, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(scroll, 1);
    clear(tr("Choose a model to explain."));
}

QList<XyChartView*> GlobalTab::charts() const
{
    return {m_importance, m_beeswarm, m_dependence, m_coefficients, m_pdp.at(0), m_pdp.at(1)};
}

void GlobalTab::clear(const QString& text)
{
    m_global = GlobalExplanation();
    m_caption->setText(text);
    for (XyChartView* view : charts())
        view->clear(text);
    const QSignalBlocker block(m_feature);
    m_feature->clear();
}

void GlobalTab::setExplanation(const GlobalExplanation& global, const QString& caption)
{
    m_global = global;
    m_caption->setText(caption);
    ExplainPlots::show(*m_importance, ExplainCharts::importance(global));
    ExplainPlots::show(*m_beeswarm, ExplainCharts::beeswarm(global));
    ExplainPlots::show(*m_coefficients, ExplainCharts::coefficients(global), 60);
    const QStringList features {QStringLiteral("mileage_km"), QStringLiteral("age_years")};
    for (int i = 0; i < features.size(); ++i) {
        PartialDependence pd;
        pd.feature = features.at(i);
        for (const PartialDependence& p : global.partialDependence)
            if (p.feature == features.at(i))
                pd = p;
        m_pdp.at(i)->setChart(ExplainCharts::partialDependence(pd, kCurrency));
    }
    {
        const QSignalBlocker block(m_feature);
        m_feature->clear();
        for (const FeatureImportance& f : global.importance)
            m_feature->addItem(ExplainCharts::featureTitle(f.feature), f.feature);
    }
    showDependence();
}

void GlobalTab::showDependence()
{
    const QString feature = m_feature->currentData().toString();
    if (feature.isEmpty()) {
        m_dependence->clear(tr("Choose a feature to see how its value drives the price."));
        return;
    }
    m_dependence->setChart(ExplainCharts::dependence(m_global, feature));
}

} // namespace valuator
