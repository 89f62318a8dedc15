// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/explain/ExplanationReport.h"

#include "widgets/explain/ExplainCharts.h"
#include "widgets/explain/ExplainPlots.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonValue>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace valuator {
namespace {

const QSize kChartSize(640, 420);
const QString kCurrency = QStringLiteral("EUR");
const QString kChartMark = QStringLiteral("@chart:");

QString money(double amount)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(amount, 'f', 0), kCurrency);
}

QString fieldText(const QString& key, const QJsonValue& value)
{
    if (value.isDouble() && key.endsWith(QLatin1String("year")))
        return QString::number(value.toDouble(), 'g', 10); // 2013, not 2,013
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 10);
    if (value.isArray())
        return value.toVariant().toStringList().join(QStringLiteral("; "));
    return value.toString();
}

QString row(const QStringList& cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, cell.toHtmlEscaped());
    return html + QStringLiteral("</tr>");
}

QString metaOf(const RunRecord& run, const QString& dataset)
{
    return ExplanationReport::tr("<p>Model: %1 (%2, run %3) · trained on %4 · explained on %5</p>")
        .arg(run.name.toHtmlEscaped(), run.learner.toHtmlEscaped())
        .arg(run.id)
        .arg(run.datasetRef.toHtmlEscaped(), dataset.toHtmlEscaped());
}

/// The fairness section: one chart per segment dimension (all segments in one chart would be unreadable on A4),
/// then the table of every segment.
QString fairnessSection(const FairnessRecord& record)
{
    const QDateTime created = QDateTime::fromString(record.createdAt, Qt::ISODateWithMs);
    QString html
        = ExplanationReport::tr("<h2>Fairness: error by segment</h2><p>Checked on %1 at %2: overall MAPE "
                                "%3 %, %n segment(s) flagged (segments with fewer than %4 cars are never "
                                "flagged).</p>",
            nullptr, record.report.flaggedCount)
              .arg(record.datasetRef.toHtmlEscaped(), QLocale().toString(created.toLocalTime(), QLocale::ShortFormat))
              .arg(100.0 * record.report.mape, 0, 'f', 1)
              .arg(record.report.options.minSegmentRows);
    for (const QString& dimension : record.report.options.by)
        html += kChartMark + QStringLiteral("fairness_") + dimension + QLatin1Char('@');
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    html += row({ExplanationReport::tr("Dimension"), ExplanationReport::tr("Segment"), ExplanationReport::tr("Count"),
                    ExplanationReport::tr("MAE (EUR)"), ExplanationReport::tr("MAPE (%)"),
                    ExplanationReport::tr("Ratio"), ExplanationReport::tr("Flagged")},
        true);
    const QLocale locale;
    for (const SegmentError& s : record.report.segments)
        html += row({s.dimension, s.segment, locale.toString(s.count), locale.toString(s.mae, 'f', 0),
            locale.toString(100.0 * s.mape, 'f', 1), locale.toString(s.ratio, 'f', 2),
            s.flagged ? ExplanationReport::tr("yes") : ExplanationReport::tr("no")});
    return html + QStringLiteral("</table>");
}

} // namespace

ExplanationReport::~ExplanationReport() = default;
ExplanationReport::ExplanationReport(ExplanationReport&&) noexcept = default;
ExplanationReport& ExplanationReport::operator=(ExplanationReport&&) noexcept = default;

void ExplanationReport::addChart(const QString& name, const QImage& image)
{
    m_chartOrder << name;
    m_charts.insert(name, image);
}

ExplanationReport ExplanationReport::forCar(const RunRecord& run, const QJsonObject& car, const CarExplanation& e)
{
    ExplanationReport report;
    report.m_title = tr("Valuation explained: %1").arg(money(e.price));
    report.m_meta = metaOf(run, tr("one car"));
    QString fields
        = tr("<h2>The car</h2>") + QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    for (auto it = car.constBegin(); it != car.constEnd(); ++it)
        if (it.key() != QLatin1String("plate")) // personal data never goes into a report
            fields += row({it.key(), fieldText(it.key(), it.value())});
    report.m_sections << fields + QStringLiteral("</table>");
    const Waterfall waterfall = Waterfall::build(e, 8);
    report.addChart(QStringLiteral("waterfall"),
        ExplainPlots::render(ExplainCharts::waterfall(waterfall, kCurrency), kChartSize, &waterfall, kCurrency));
    report.m_sections
        << tr("<h2>Why this price</h2><p>Base value %1, price %2.</p>").arg(money(e.basePrice), money(e.price))
            + kChartMark + QStringLiteral("waterfall@");
    QString sheet
        = tr("<h2>Dealer sheet</h2>") + QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    sheet += row({tr("Line"), tr("Car values"), tr("Amount")}, true);
    for (const DealerLine& line : e.dealerLines)
        sheet += row({line.label, line.carValues, money(line.amount)});
    sheet += row({tr("Price"), QString(), money(e.price)});
    report.m_sections << sheet + QStringLiteral("</table>");
    return report;
}

ExplanationReport ExplanationReport::forModel(
    const RunRecord& run, const DatasetExplanation& explanation, const std::optional<FairnessRecord>& fairness)
{
    const GlobalExplanation& g = explanation.global;
    ExplanationReport report;
    report.m_title = tr("Model explained: %1").arg(run.name);
    report.m_meta = metaOf(run, explanation.datasetRef);
    const auto add = [&report](const QString& name, const XyChartSpec& spec, const QString& heading) {
        if (spec.isEmpty())
            return;
        report.addChart(name, ExplainPlots::render(spec, kChartSize));
        report.m_sections << QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped()) + kChartMark + name
                + QLatin1Char('@');
    };
    // Fewer features than on screen: an A4 page has room for about 15 readable labels.
    add(QStringLiteral("importance"), ExplainCharts::importance(g, 15), tr("Feature importance"));
    add(QStringLiteral("beeswarm"), ExplainCharts::beeswarm(g, 12), tr("SHAP summary"));
    for (const PartialDependence& pd : g.partialDependence)
        add(QStringLiteral("pdp_") + pd.feature, ExplainCharts::partialDependence(pd, kCurrency),
            tr("Partial dependence: %1").arg(ExplainCharts::featureTitle(pd.feature)));
    add(QStringLiteral("coefficients"), ExplainCharts::coefficients(g), tr("Standardised coefficients"));
    if (fairness) {
        for (const QString& dimension : fairness->report.options.by)
            report.addChart(QStringLiteral("fairness_") + dimension,
                ExplainPlots::renderBars(ExplainCharts::fairness(fairness->report, dimension), kChartSize));
        report.m_sections << fairnessSection(*fairness);
    }
    return report;
}

QString ExplanationReport::imageTag(const QString& name, bool embed) const
{
    QString src = QStringLiteral("chart:") + name;
    if (embed) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        m_charts.value(name).save(&buffer, "PNG");
        src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    }
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>")
        .arg(src)
        .arg(kChartSize.width())
        .arg(kChartSize.height())
        .arg(name.toHtmlEscaped());
}

QString ExplanationReport::html(bool embedImages) const
{
    QString body;
    for (QString section : m_sections) {
        for (const QString& name : m_chartOrder)
            section.replace(kChartMark + name + QLatin1Char('@'), imageTag(name, embedImages));
        body += section;
    }
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"
                          "<h1>%1</h1>%2<p>%3</p>%4</body></html>")
        .arg(m_title.toHtmlEscaped(), m_meta,
            tr("Exported %1").arg(QLocale().toString(m_exportedAt, QLocale::ShortFormat)), body);
}

Status ExplanationReport::saveHtml(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write the report to '%1': %2").arg(path, file.errorString()));
    file.write(html(true).toUtf8());
    if (!file.commit())
        return fail(ErrorCode::Io, tr("Cannot write the report to '%1': %2").arg(path, file.errorString()));
    return {};
}

Status ExplanationReport::savePdf(const QString& path)
{
    if (!m_document) {
        m_document = std::make_unique<QTextDocument>();
        for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it)
            m_document->addResource(
                QTextDocument::ImageResource, QUrl(QStringLiteral("chart:") + it.key()), it.value());
        m_document->setHtml(html(false));
    }
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(m_title);
        writer.setCreator(QCoreApplication::applicationName());
        m_document->print(&writer);
    }
    if (QFileInfo(path).size() <= 0)
        return fail(ErrorCode::Io, tr("Cannot write the report to '%1'.").arg(path));
    return {};
}

Status ExplanationReport::save(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return savePdf(path);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return saveHtml(path);
    return fail(ErrorCode::InvalidArgument,
        tr("A report is written as .html or .pdf; '%1' has neither extension.").arg(QFileInfo(path).fileName()));
}

} // namespace valuator
