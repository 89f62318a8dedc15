// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/QualityHeader.h"

#include "widgets/datasets/DatasetListModel.h"
#include "widgets/quality/QualityCharts.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace valuator {

QualityHeader::QualityHeader(QWidget* parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_explanation(new QLabel(this))
{
    m_badge->setObjectName(QStringLiteral("gateBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMinimumWidth(m_badge->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMM")));
    m_figures->setObjectName(QStringLiteral("reportFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setObjectName(QStringLiteral("reportCounts"));
    m_counts->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("gateExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setStyleSheet(QStringLiteral(
        "QLabel{background:#fce8e6;border:1px solid #f28b82;border-radius:4px;padding:6px;color:#202124;}"));

    auto* text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(m_figures);
    text->addWidget(m_counts);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_explanation);
    clear({});
}

QString QualityHeader::gateText(const QString& gate)
{
    if (gate == QLatin1String("pass"))
        return tr("PASS");
    if (gate == QLatin1String("warn"))
        return tr("WARN");
    if (gate == QLatin1String("fail"))
        return tr("FAIL");
    return gate.toUpper();
}

QString QualityHeader::gateColor(const QString& gate)
{
    if (gate == QLatin1String("pass"))
        return QStringLiteral("#1e8e3e");
    if (gate == QLatin1String("warn"))
        return QStringLiteral("#b06000");
    return QStringLiteral("#c5221f");
}

void QualityHeader::clear(const QString& text)
{
    m_badge->hide();
    m_badge->clear();
    m_figures->setText(text);
    m_counts->clear();
    m_counts->hide();
    m_explanation->hide();
}

void QualityHeader::setReport(const QJsonObject& report, bool stored)
{
    const QString gate = report.value(QStringLiteral("gate")).toString();
    m_badge->setText(tr("Gate\n%1").arg(gateText(gate)));
    m_badge->setToolTip(tr("Quality gate: the worse of the quality checks and the data contract."));
    m_badge->setStyleSheet(QStringLiteral("QLabel{background:%1;color:white;font-weight:bold;border-radius:6px;"
                                          "padding:6px 12px;}")
                               .arg(gateColor(gate)));
    m_badge->show();

    const QLocale locale;
    const QJsonObject saleDate = QualityCharts::columnJson(report, QStringLiteral("sale_date"));
    QString freshness = tr("freshness unknown (no sale dates)");
    if (saleDate.contains(QStringLiteral("freshness_days")))
        freshness = tr("newest sale %1 (%n day(s) before the reference date)", nullptr,
            saleDate.value(QStringLiteral("freshness_days")).toInt())
                        .arg(saleDate.value(QStringLiteral("max")).toString());
    const QJsonObject contract = report.value(QStringLiteral("contract")).toObject();
    const QJsonObject identity = contract.value(QStringLiteral("contract")).toObject();
    const QString when = DatasetListModel::localTime(report.value(QStringLiteral("created_at")).toString());
    m_figures->setText(
        tr("<b>%1@%2</b> · %3 rows · %4 columns · %5<br>Contract “%6” version %7 · checked %8 by %9 · %10")
            .arg(report.value(QStringLiteral("dataset")).toString().toHtmlEscaped())
            .arg(report.value(QStringLiteral("version")).toInteger())
            .arg(locale.toString(report.value(QStringLiteral("rows")).toInteger()),
                locale.toString(report.value(QStringLiteral("columns")).toArray().size()), freshness.toHtmlEscaped(),
                identity.value(QStringLiteral("name")).toString().toHtmlEscaped(),
                identity.value(QStringLiteral("version")).toString().toHtmlEscaped(), when,
                report.value(QStringLiteral("created_by")).toString().toHtmlEscaped(),
                stored ? tr("stored report (drill-down shows its samples)") : tr("run in this session")));
    const QJsonObject checks = report.value(QStringLiteral("summary")).toObject();
    const QJsonObject rules = contract.value(QStringLiteral("counts")).toObject();
    const auto n = [](const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toInt(); };
    m_counts->setText(tr("Checks: %1 fail, %2 warn, %3 pass · Contract rules: %4 fail, %5 warn, %6 pass")
                          .arg(n(checks, "fail"))
                          .arg(n(checks, "warn"))
                          .arg(n(checks, "pass"))
                          .arg(n(rules, "fail"))
                          .arg(n(rules, "warn"))
                          .arg(n(rules, "pass")));
    m_counts->show();
    m_explanation->setText(tr("The quality gate failed. Training on this version needs an explicit override with a "
                              "reason, which is recorded in the audit log. Fix the problems on the Fixes tab (a new, "
                              "cleaned version), or give the override when you start training."));
    m_explanation->setVisible(gate == QLatin1String("fail"));
}

} // namespace valuator
