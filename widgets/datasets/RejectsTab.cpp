// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/datasets/RejectsTab.h"

#include "services/datasets/DatasetStore.h"
#include "services/import/ImportService.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/workspace/Database.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/datasets/RejectsModel.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace valuator {

RejectsTab::RejectsTab(Session& session, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(banner)
    , m_model(new RejectsModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_loadMore(new QPushButton(tr("Load &more"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    m_summary->setObjectName(QStringLiteral("rejectsSummary"));
    m_summary->setWordWrap(true);
    m_loadMore->setObjectName(QStringLiteral("loadMoreRejectsButton"));
    m_loadMore->setToolTip(tr("Load the next %1 rejected rows.").arg(kPageSize));
    m_export->setObjectName(QStringLiteral("exportRejectsButton"));
    m_export->setToolTip(tr("Save every rejected row of this version as a CSV file."));
    m_view->setObjectName(QStringLiteral("rejectsView"));
    m_view->setModel(m_model);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(RejectsModel::Line, 70);
    m_view->setColumnWidth(RejectsModel::SourceColumn, 140);
    m_view->setColumnWidth(RejectsModel::Reason, 300);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_loadMore);
    top->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_loadMore, &QPushButton::clicked, this, &RejectsTab::loadMore);
    connect(m_export, &QPushButton::clicked, this, &RejectsTab::chooseExportFile);
    clear();
}

void RejectsTab::clear()
{
    m_versionId = 0;
    m_ref.clear();
    m_total = 0;
    m_model->clear();
    updateControls();
    emit countChanged(0);
}

void RejectsTab::setVersion(qint64 versionId, const QString& ref)
{
    clear();
    Workspace* ws = m_session.workspace();
    if (!ws)
        return;
    auto count = DatasetStore::rejectCount(ws->db(), versionId);
    if (!count) {
        m_banner->showError(count.error());
        return;
    }
    m_versionId = versionId;
    m_ref = ref;
    m_total = *count;
    loadMore();
    emit countChanged(m_total);
}

void RejectsTab::loadMore()
{
    Workspace* ws = m_session.workspace();
    if (!ws || m_versionId == 0 || m_model->rowCount() >= m_total)
        return;
    auto page = DatasetStore::rejects(ws->db(), m_versionId, m_model->rowCount(), kPageSize);
    if (!page) {
        m_banner->showError(page.error());
        return;
    }
    m_model->appendRows(*page);
    updateControls();
}

void RejectsTab::updateControls()
{
    const QLocale locale;
    const qint64 shown = m_model->rowCount();
    if (m_versionId == 0)
        m_summary->setText(tr("Select a dataset version to see the rows its import rejected."));
    else if (m_total == 0)
        m_summary->setText(tr("No rows were rejected when %1 was imported.").arg(m_ref));
    else
        m_summary->setText(tr("Showing %1 of %2 rejected entries of %3.")
                               .arg(locale.toString(shown), locale.toString(m_total), m_ref));
    m_loadMore->setEnabled(shown < m_total);
    m_export->setEnabled(m_total > 0 && !m_exporting);
}

void RejectsTab::chooseExportFile()
{
    if (m_total == 0)
        return;
    auto* dialog = new QFileDialog(this, tr("Export rejected rows"),
        QDir::home().filePath(tr("%1-rejects.csv").arg(m_ref).replace(QLatin1Char('@'), QLatin1Char('-'))),
        tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportRejectsDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &RejectsTab::exportTo);
    dialog->open(); // window-modal but no nested event loop
}

void RejectsTab::exportTo(const QString& path)
{
    Workspace* ws = m_session.workspace();
    if (!ws || m_versionId == 0 || m_exporting)
        return;
    auto connection = ws->openConnection();
    if (!connection) {
        m_banner->showError(connection.error());
        return;
    }
    std::shared_ptr<Database> db(std::move(*connection));
    const qint64 versionId = m_versionId;
    const QString ref = m_ref;
    auto handle = m_session.jobs().start<qint64>(
        tr("Export rejected rows of %1").arg(ref), [db, versionId, path](JobContext& context) -> Result<qint64> {
            context.setMessage(tr("Reading rejected rows…"));
            auto rows = DatasetStore::rejects(*db, versionId, 0, std::numeric_limits<qint64>::max());
            if (!rows)
                return fail(rows.error());
            if (context.isCancelled())
                return fail(Error::cancelled());
            context.setMessage(tr("Writing the file…"));
            if (auto status = ImportService::exportRejects(*rows, path); !status)
                return fail(status.error());
            return qint64(rows->size());
        });
    m_exporting = true;
    updateControls();
    auto* watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const Result<qint64> result = watcher->result();
        watcher->deleteLater();
        m_exporting = false;
        updateControls();
        if (!result)
            m_banner->showError(result.error());
        else
            m_banner->showMessage(MessageBanner::Kind::Success,
                tr("Exported %1 rejected entries to %2.")
                    .arg(QLocale().toString(*result), QDir::toNativeSeparators(path)));
        emit exportFinished(result.has_value());
    });
    watcher->setFuture(handle.future);
}

} // namespace valuator
