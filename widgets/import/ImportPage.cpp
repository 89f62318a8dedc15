// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/ImportPage.h"

#include "services/datasets/DatasetStore.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/import/DialectPanel.h"
#include "widgets/import/ImportDropZone.h"
#include "widgets/import/ImportPreviewModel.h"
#include "widgets/import/ImportResultPanel.h"
#include "widgets/import/ImportRunBar.h"
#include "widgets/import/MappingModel.h"
#include "widgets/import/MappingPanel.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace valuator {
namespace {

enum Tab { FileTab, MappingTab, ResultTab };

} // namespace

ImportPage::ImportPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_dropZone(new ImportDropZone(this))
    , m_dialect(new DialectPanel(this))
    , m_previewModel(new ImportPreviewModel(this))
    , m_previewView(new QTableView(this))
    , m_previewStatus(new QLabel(this))
    , m_mapping(new MappingPanel(this))
    , m_result(new ImportResultPanel(this))
    , m_runBar(new ImportRunBar(this))
{
    setObjectName(QStringLiteral("importPage"));
    setAcceptDrops(true);
    auto* title = new QLabel(tr("<h2>Import a CSV file</h2>"), this);
    m_tabs->setObjectName(QStringLiteral("importTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildFileTab(), tr("1. File && dialect"));
    m_tabs->addTab(m_mapping, tr("2. Mapping"));
    m_tabs->addTab(m_result, tr("3. Result"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_runBar);

    m_dialect->setEnabled(false);
    connectParts();
    refreshDatasetNames();
    updateReadiness();
}

ImportPage::~ImportPage() = default;

QWidget* ImportPage::buildFileTab()
{
    auto* tab = new QWidget(this);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setAccessibleName(tr("Preview of the first rows"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setWordWrap(false);
    m_previewView->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_previewView->horizontalHeader()->setMaximumSectionSize(280);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);
    m_previewStatus->setObjectName(QStringLiteral("previewStatusLabel"));
    auto* preview = new QGroupBox(tr("Preview (first %1 data rows)").arg(ImportPreviewModel::kMaxRows), tab);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->addWidget(m_previewStatus);
    previewLayout->addWidget(m_previewView, 1);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_dropZone);
    layout->addWidget(m_dialect);
    layout->addWidget(preview, 1);
    return tab;
}

void ImportPage::connectParts()
{
    connect(m_dropZone->chooseButton(), &QPushButton::clicked, this, &ImportPage::chooseFile);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ImportPage::updateReadiness);
    connect(m_dialect, &DialectPanel::overridesChanged, this, [this] {
        if (!m_filePath.isEmpty())
            startPreview();
    });
    connect(m_mapping->model(), &MappingModel::mappingChanged, this, &ImportPage::onMappingChanged);
    connect(m_mapping, &MappingPanel::errorOccurred, m_banner, &MessageBanner::showError);
    connect(m_mapping, &MappingPanel::informed, this, &ImportPage::showInfo);
    connect(m_result, &ImportResultPanel::errorOccurred, m_banner, &MessageBanner::showError);
    connect(m_result, &ImportResultPanel::informed, this, &ImportPage::showInfo);
    connect(m_result, &ImportResultPanel::openDatasetRequested, this, &ImportPage::openDatasetRequested);
    connect(m_runBar, &ImportRunBar::importRequested, this, &ImportPage::startImport);
    connect(m_runBar, &ImportRunBar::cancelRequested, this, &ImportPage::cancelImport);
    connect(m_runBar, &ImportRunBar::targetChanged, this, &ImportPage::updateReadiness);
    connect(&m_session, &Session::workspaceChanged, this, [this] {
        refreshDatasetNames();
        updateReadiness();
    });
    connect(&m_session, &Session::contentChanged, this, [this](const QString& what) {
        if (what == QLatin1String("datasets"))
            refreshDatasetNames();
    });
}

void ImportPage::showInfo(const QString& text)
{
    m_bannerShowsPreviewError = false;
    m_banner->showMessage(MessageBanner::Kind::Info, text);
}

void ImportPage::chooseFile()
{
    const QString folder = m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).absolutePath();
    auto* dialog = new QFileDialog(
        this, tr("Choose a CSV file"), folder, tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportPage::openFile);
    dialog->open();
}

void ImportPage::openFile(const QString& path)
{
    if (m_importRunning) {
        m_banner->showMessage(
            MessageBanner::Kind::Warning, tr("An import is running: wait for it to finish or cancel it first."));
        return;
    }
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Cannot open “%1”: there is no such file.").arg(path));
        return;
    }
    m_filePath = info.absoluteFilePath();
    m_banner->clear();
    m_bannerShowsPreviewError = false;
    m_dropZone->setFile(m_filePath);
    m_dialect->resetToAuto();
    m_dialect->setEnabled(true);
    m_runBar->setDatasetName(ImportService::datasetNameFor(m_filePath));
    m_tabs->setCurrentIndex(FileTab);
    startPreview();
}

void ImportPage::startPreview()
{
    const quint64 generation = ++m_previewGeneration;
    m_previewRunning = true;
    m_previewStatus->setText(tr("Reading the beginning of the file…"));
    updateReadiness();
    const QString path = m_filePath;
    const ImportOverrides overrides = m_dialect->overrides();
    auto* watcher = new QFutureWatcher<Result<ImportPreview>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_previewGeneration)
            return; // the user changed a choice meanwhile: a newer preview is on its way
        m_previewRunning = false;
        applyPreview(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, overrides] { return ImportService::preview(path, overrides); }));
}

void ImportPage::applyPreview(Result<ImportPreview> preview)
{
    if (!preview) {
        m_preview.reset();
        m_previewError = preview.error().userMessage;
        m_banner->showError(preview.error());
        m_bannerShowsPreviewError = true;
        m_dialect->setPreview(nullptr);
        m_previewModel->clear();
        m_mapping->model()->clear();
        m_previewStatus->setText(tr("The file cannot be read with these settings; try another encoding or "
                                    "delimiter."));
    } else {
        if (m_bannerShowsPreviewError)
            m_banner->clear();
        m_bannerShowsPreviewError = false;
        m_preview = std::move(*preview);
        m_dialect->setPreview(&*m_preview);
        const ImportSettings& settings = m_preview->settings;
        m_mapping->model()->setSettings(settings, m_dialect->overrides().decimal.has_value());
        m_previewModel->setRows(settings.headers, m_preview->rows(), settings.inference.missing);
        m_previewView->resizeColumnsToContents();
        m_previewStatus->setText(tr("%n column(s); the first %1 data rows as the import will split them.", nullptr,
            int(settings.headers.size()))
                                     .arg(m_previewModel->rowCount()));
    }
    updateReadiness();
    emit previewFinished();
}

void ImportPage::onMappingChanged()
{
    m_previewModel->setMapping(m_mapping->model()->mapping());
    m_previewView->resizeColumnsToContents();
    updateReadiness();
}

QString ImportPage::blockingReason() const
{
    if (m_importRunning)
        return tr("An import is running.");
    if (!m_session.workspace())
        return tr("Open or create a workspace first (File menu).");
    if (m_filePath.isEmpty())
        return tr("Choose a CSV file first.");
    if (m_previewRunning)
        return tr("Reading the file…");
    if (!m_preview)
        return tr("The file cannot be read with these settings: %1").arg(m_previewError);
    if (auto name = DatasetRef::checkName(m_runBar->datasetName()); !name)
        return name.error().userMessage;
    return m_mapping->model()->blockingReason();
}

void ImportPage::updateReadiness()
{
    const QString reason = blockingReason();
    const QString mappingReason = m_mapping->model()->hasColumns() ? m_mapping->model()->blockingReason() : QString();
    const bool mappingBlocks = !mappingReason.isEmpty();
    // No red flash while a preview runs; the Mapping tab states its own reason next to the table.
    m_runBar->setBlockingReason(
        reason, !m_previewRunning && !(m_tabs->currentIndex() == MappingTab && reason == mappingReason));
    m_tabs->setTabIcon(MappingTab, mappingBlocks ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabToolTip(MappingTab, mappingReason);
}

void ImportPage::refreshDatasetNames()
{
    QStringList names;
    if (Workspace* ws = m_session.workspace())
        if (auto datasets = DatasetStore::listDatasets(ws->db()))
            for (const DatasetSummary& d : *datasets)
                names << d.name;
    m_runBar->setExistingNames(names);
}

ImportRequest ImportPage::currentRequest() const
{
    ImportRequest request;
    request.filePath = m_filePath;
    request.datasetName = m_runBar->datasetName();
    request.append = m_runBar->append();
    request.overrides = m_dialect->overrides();
    request.overrides.mapping = m_mapping->model()->mapping();
    request.actor = m_session.actingUser();
    return request;
}

void ImportPage::setEditingEnabled(bool enabled)
{
    m_dropZone->setEnabled(enabled);
    m_dialect->setEnabled(enabled && !m_filePath.isEmpty());
    m_mapping->setEnabled(enabled);
}

void ImportPage::startImport()
{
    if (const QString reason = blockingReason(); !reason.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, reason);
        return;
    }
    const ImportRequest request = currentRequest();
    const QString workspace = m_session.workspacePath();
    const QString phase = tr("Reading rows…");
    const QString fileName = QFileInfo(request.filePath).fileName();
    auto handle = m_session.jobs().start<ImportResult>(
        tr("Import %1").arg(fileName), [workspace, request, phase](JobContext& context) -> Result<ImportResult> {
            return ImportService::run(workspace, request, context.progressFn(phase));
        });
    m_importRunning = true;
    m_importJob = handle.job;
    m_runBar->setRunning(true);
    setEditingEnabled(false);
    if (m_importJob)
        connect(m_importJob, &Job::progressChanged, m_runBar, &ImportRunBar::setProgress);
    m_bannerShowsPreviewError = false;
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Importing %1 into “%2”…").arg(fileName, request.datasetName));
    auto* watcher = new QFutureWatcher<Result<ImportResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        // A QFuture cancelled directly holds no result; Job::cancel() yields ErrorCode::Cancelled instead.
        if (watcher->future().resultCount() == 0)
            onImportFinished(fail(Error::cancelled()));
        else
            onImportFinished(watcher->result());
    });
    watcher->setFuture(handle.future);
    updateReadiness();
}

void ImportPage::cancelImport()
{
    if (!m_importJob)
        return;
    m_importJob->cancel();
    m_runBar->cancelButton()->setEnabled(false);
    m_runBar->setProgress(m_importJob->progressDone(), m_importJob->progressTotal(), tr("Cancelling…"));
}

void ImportPage::onImportFinished(const Result<ImportResult>& result)
{
    m_importRunning = false;
    m_importJob = nullptr;
    m_runBar->setRunning(false);
    setEditingEnabled(true);
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled)
            m_banner->showMessage(MessageBanner::Kind::Warning, tr("Import cancelled; nothing was changed."));
        else
            m_banner->showError(result.error());
    } else {
        const QLocale locale;
        m_result->setResult(*result);
        m_tabs->setCurrentIndex(ResultTab);
        m_banner->showMessage(MessageBanner::Kind::Success,
            tr("Imported %1 of %2 rows into %3; %4 rejected.")
                .arg(locale.toString(result->stats.rowsImported), locale.toString(result->stats.recordsRead),
                    result->version.refString(), locale.toString(result->stats.rowsRejected)));
        m_session.notifyContentChanged(QStringLiteral("datasets"));
        emit datasetImported(result->version.refString());
    }
    updateReadiness();
    emit importFinished();
}

void ImportPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_importRunning && !ImportDropZone::localFileFrom(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        m_dropZone->setDragActive(true);
    } else {
        event->ignore();
    }
}

void ImportPage::dragMoveEvent(QDragMoveEvent* event)
{
    if (!m_importRunning && !ImportDropZone::localFileFrom(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void ImportPage::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_dropZone->setDragActive(false);
    QWidget::dragLeaveEvent(event);
}

void ImportPage::dropEvent(QDropEvent* event)
{
    m_dropZone->setDragActive(false);
    const QString path = ImportDropZone::localFileFrom(event->mimeData());
    if (path.isEmpty() || m_importRunning) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openFile(path);
}

} // namespace valuator
