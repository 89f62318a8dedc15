// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/explain/FairnessTab.h"

#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/explain/ExplainCharts.h"
#include "widgets/explain/ExplainPlots.h"
#include "widgets/plots/ChartView.h"
#include "widgets/quality/JobStrip.h"

#include <QComboBox>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace valuator {
namespace {

QTableWidgetItem* numberItem(const QString& text, double value)
{
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

FairnessTab::FairnessTab(Session& session, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(banner)
    , m_caption(new QLabel(this))
    , m_run(new QPushButton(tr("R&un fairness check"), this))
    , m_strip(new JobStrip(this))
    , m_dimension(new QComboBox(this))
    , m_chart(new ChartView(this))
    , m_table(new QTableWidget(0, 7, this))
{
    m_caption->setObjectName(QStringLiteral("fairnessCaption"));
    m_caption->setWordWrap(true);
    m_run->setObjectName(QStringLiteral("runFairnessButton"));
    m_run->setToolTip(tr("Score the chosen dataset version and compare the error per brand, region, fuel, age band "
                         "and price band with the overall error. The result is stored with the model."));
    m_strip->setObjectName(QStringLiteral("fairnessJobStrip"));
    m_dimension->setObjectName(QStringLiteral("fairnessDimension"));
    m_chart->setObjectName(QStringLiteral("fairnessChart"));
    m_chart->setMinimumHeight(380);
    m_table->setObjectName(QStringLiteral("fairnessTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Dimension"), tr("Segment"), tr("Count"), tr("MAE (EUR)"), tr("MAPE"), tr("Ratio"), tr("Flagged")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    auto* dimensionLabel = new QLabel(tr("&Segments by:"), this);
    dimensionLabel->setBuddy(m_dimension);
    top->addWidget(dimensionLabel);
    top->addWidget(m_dimension);
    top->addWidget(m_run);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_strip);
    layout->addWidget(splitter, 1);
    connect(m_run, &QPushButton::clicked, this, &FairnessTab::runCheck);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &FairnessTab::showChart);
    showRecord(std::nullopt);
}

void FairnessTab::setTarget(qint64 modelId, const DatasetRef& dataset)
{
    m_modelId = modelId;
    m_dataset = dataset;
    reload();
}

void FairnessTab::reload()
{
    if (!m_session.workspace() || m_modelId <= 0) {
        showRecord(std::nullopt);
        return;
    }
    auto latest = FairnessService::latest(m_session.workspace()->db(), m_modelId);
    if (!latest && latest.error().code != ErrorCode::NotFound)
        m_banner->showError(latest.error());
    showRecord(latest ? std::optional<FairnessRecord>(*latest) : std::nullopt);
}

void FairnessTab::showRecord(const std::optional<FairnessRecord>& record)
{
    m_record = record;
    m_run->setEnabled(m_modelId > 0 && !m_running && !m_dataset.name.isEmpty());
    const QString keep = m_dimension->currentData().toString();
    {
        const QSignalBlocker block(m_dimension);
        m_dimension->clear();
        m_dimension->addItem(tr("All dimensions"), QString());
        if (record)
            for (const QString& by : record->report.options.by)
                m_dimension->addItem(by, by);
        const int index = m_dimension->findData(keep.isEmpty() && record ? record->report.options.by.value(0) : keep);
        m_dimension->setCurrentIndex(std::max(0, index));
    }
    if (!record) {
        m_caption->setText(
            m_modelId > 0 ? tr("No fairness check has been run for this model yet.") : tr("Choose a model to check."));
        m_table->setRowCount(0);
        m_chart->clear(m_caption->text());
        return;
    }
    const QLocale locale;
    const QDateTime created = QDateTime::fromString(record->createdAt, Qt::ISODateWithMs);
    m_caption->setText(
        tr("Latest check on %1 (%2, by %3): %4 cars, overall MAPE %5 %, %n segment(s) flagged. "
           "Segments with fewer than %6 cars are never flagged.",
            nullptr, record->report.flaggedCount)
            .arg(record->datasetRef, locale.toString(created.toLocalTime(), QLocale::ShortFormat), record->createdBy)
            .arg(locale.toString(record->report.count))
            .arg(locale.toString(100.0 * record->report.mape, 'f', 1))
            .arg(record->report.options.minSegmentRows));
    fillTable(record->report);
    showChart();
}

void FairnessTab::showChart()
{
    if (!m_record)
        return;
    m_chart->setChart(ExplainCharts::fairness(m_record->report, m_dimension->currentData().toString()));
    ExplainPlots::labelEveryCategory(*m_chart);
}

void FairnessTab::fillTable(const FairnessReport& report)
{
    const QLocale locale;
    m_table->setRowCount(int(report.segments.size()));
    for (int i = 0; i < report.segments.size(); ++i) {
        const SegmentError& s = report.segments.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(s.dimension));
        m_table->setItem(i, 1, new QTableWidgetItem(s.segment));
        m_table->setItem(i, 2, numberItem(locale.toString(s.count), double(s.count)));
        m_table->setItem(i, 3, numberItem(locale.toString(s.mae, 'f', 0), s.mae));
        m_table->setItem(i, 4, numberItem(tr("%1 %").arg(locale.toString(100.0 * s.mape, 'f', 1)), s.mape));
        m_table->setItem(i, 5, numberItem(locale.toString(s.ratio, 'f', 2), s.ratio));
        auto* flagged = new QTableWidgetItem(s.flagged ? tr("yes") : tr("no"));
        flagged->setData(Qt::UserRole, s.flagged);
        if (s.flagged) {
            flagged->setForeground(QColor(180, 20, 20));
            QFont bold = m_table->font();
            bold.setBold(true);
            flagged->setFont(bold);
        }
        m_table->setItem(i, 6, flagged);
    }
}

void FairnessTab::runCheck()
{
    if (m_running || m_modelId <= 0 || m_dataset.name.isEmpty() || !m_session.workspace())
        return;
    FairnessRequest request;
    request.modelId = m_modelId;
    request.dataset = m_dataset;
    request.actor = m_session.actingUser();
    const QString path = m_session.workspacePath();
    auto handle = m_session.jobs().start<FairnessRecord>(
        tr("Fairness check of model %1").arg(m_modelId), [path, request](JobContext& context) {
            return FairnessService::run(path, request, context.progressFn(tr("Scoring segments…")));
        });
    m_running = true;
    m_run->setEnabled(false);
    m_banner->clear();
    m_strip->track(handle.job, tr("Checking error by segment…"));
    const quint64 serial = ++m_serial;
    auto* watcher = new QFutureWatcher<Result<FairnessRecord>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_serial)
            return;
        m_running = false;
        m_strip->finish();
        const Result<FairnessRecord> result
            = watcher->future().resultCount() > 0 ? watcher->result() : fail(Error::cancelled());
        if (!result && result.error().code != ErrorCode::Cancelled)
            m_banner->showError(result.error());
        reload();
        if (result)
            m_session.notifyContentChanged(QStringLiteral("fairness"));
        emit checkFinished(bool(result));
    });
    watcher->setFuture(handle.future);
}

} // namespace valuator
