// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/reports/QualityReportDocument.h"

#include "services/quality/QualityService.h"
#include "widgets/plots/ChartRenderer.h"
#include "widgets/quality/QualityCharts.h"
#include "widgets/reports/QualityReportHtml.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace valuator {
namespace {

// Logical size of every chart: fits the text width of an A4 page with margins (about 640 px at 96 dpi); rendered
// at twice that for print and high-DPI screens.
const QSize kChartSize(640, 330);
constexpr qreal kChartScale = 2.0;

QString resourceUrl(const QString& name)
{
    return QStringLiteral("chart:") + name;
}

} // namespace

QualityReportDocument::QualityReportDocument(const QJsonObject& report)
    : m_report(report)
    , m_exportedAt(QDateTime::currentDateTimeUtc())
{
}

QualityReportDocument::~QualityReportDocument() = default;

void QualityReportDocument::setDrift(const DriftRun& drift)
{
    m_drift = std::make_unique<DriftRun>(drift);
    m_rendered = false;
    m_document.reset();
}

void QualityReportDocument::renderCharts()
{
    if (m_rendered)
        return;
    m_rendered = true;
    m_chartOrder.clear();
    m_charts.clear();
    const auto add = [this](const QString& name, const ChartSpec& spec) {
        if (spec.isEmpty())
            return;
        m_chartOrder << name;
        m_charts.insert(name, ChartRenderer::render(spec, kChartSize, kChartScale));
    };
    add(QStringLiteral("missing"), QualityCharts::missingPerColumn(m_report));
    const QString currency = QualityCharts::currency(m_report);
    for (const QString& column :
        {QStringLiteral("sale_price"), QStringLiteral("mileage_km"), QStringLiteral("sale_date")}) {
        const QJsonObject json = QualityCharts::columnJson(m_report, column);
        if (!json.isEmpty())
            add(column, QualityCharts::column(json, currency));
    }
    if (m_drift)
        add(QStringLiteral("psi"), QualityCharts::psi(m_drift->report));
}

QStringList QualityReportDocument::chartNames()
{
    renderCharts();
    return m_chartOrder;
}

QImage QualityReportDocument::chartImage(const QString& name)
{
    renderCharts();
    return m_charts.value(name);
}

QString QualityReportDocument::imageTag(const QString& name, bool embed) const
{
    const QImage image = m_charts.value(name);
    QString src = resourceUrl(name);
    if (embed) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    }
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\">")
        .arg(src)
        .arg(kChartSize.width())
        .arg(kChartSize.height())
        .arg(name.toHtmlEscaped());
}

QString QualityReportDocument::html(bool embedImages)
{
    renderCharts();
    return QualityReportHtml::page(
        m_report, m_drift.get(), m_chartOrder,
        [this, embedImages](const QString& name) { return imageTag(name, embedImages); }, m_exportedAt);
}

QTextDocument* QualityReportDocument::document()
{
    if (m_document)
        return m_document.get();
    renderCharts();
    m_document = std::make_unique<QTextDocument>();
    // Resources first: setHtml() looks the images up while it builds the layout.
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it)
        m_document->addResource(QTextDocument::ImageResource, QUrl(resourceUrl(it.key())), it.value());
    m_document->setHtml(html(false));
    return m_document.get();
}

Status QualityReportDocument::saveHtml(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write the report to '%1': %2").arg(path, file.errorString()));
    file.write(html(true).toUtf8());
    if (!file.commit())
        return fail(ErrorCode::Io, tr("Cannot write the report to '%1': %2").arg(path, file.errorString()));
    return {};
}

Status QualityReportDocument::savePdf(const QString& path)
{
    QTextDocument* doc = document();
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print adds a 2 cm frame inside the page's printable area and numbers the pages.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Data quality report: %1@%2")
                            .arg(m_report.value(QStringLiteral("dataset")).toString())
                            .arg(m_report.value(QStringLiteral("version")).toInteger()));
        writer.setCreator(QCoreApplication::applicationName());
        doc->print(&writer);
    } // the writer finishes the file when it goes out of scope
    if (QFileInfo(path).size() <= 0)
        return fail(ErrorCode::Io, tr("Cannot write the report to '%1'.").arg(path));
    return {};
}

bool QualityReportDocument::isSupportedPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("pdf");
}

Status QualityReportDocument::save(const QString& path)
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
