// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/workspace/OverviewPage.h"

#include "services/datasets/DatasetStore.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Workspace.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/workspace/AuditLogModel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace valuator {
namespace {

constexpr int kAuditRowsShown = 500;

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

OverviewPage::OverviewPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_file(valueLabel(this))
    , m_schema(valueLabel(this))
    , m_created(valueLabel(this))
    , m_size(valueLabel(this))
    , m_counts(valueLabel(this))
    , m_auditModel(new AuditLogModel(this))
    , m_auditView(new QTableView(this))
    , m_verify(new QPushButton(tr("&Verify audit chain"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    auto* title = new QLabel(tr("<h2>Workspace overview</h2>"), this);
    auto* summary = new QGroupBox(tr("Workspace"), this);
    auto* form = new QFormLayout(summary);
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Schema version:"), m_schema);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Size:"), m_size);
    form->addRow(tr("Contents:"), m_counts);

    auto* audit = new QGroupBox(tr("Audit log (newest first)"), this);
    m_auditView->setObjectName(QStringLiteral("auditView"));
    m_auditView->setModel(m_auditModel);
    m_auditView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditView->setAlternatingRowColors(true);
    m_auditView->verticalHeader()->hide();
    m_auditView->horizontalHeader()->setStretchLastSection(true);
    m_auditView->setWordWrap(false);
    m_verify->setObjectName(QStringLiteral("verifyAuditButton"));
    m_verify->setToolTip(tr("Recompute every row's hash and check the chain is unbroken."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    auto* auditLayout = new QVBoxLayout(audit);
    auditLayout->addLayout(buttons);
    auditLayout->addWidget(m_auditView, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_banner);
    layout->addWidget(summary);
    layout->addWidget(audit, 1);

    connect(m_refresh, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(m_verify, &QPushButton::clicked, this, &OverviewPage::verifyAuditChain);
    connect(&m_session, &Session::workspaceChanged, this, &OverviewPage::refresh);
    connect(&m_session, &Session::contentChanged, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::refresh()
{
    Workspace* ws = m_session.workspace();
    m_verify->setEnabled(ws != nullptr);
    m_refresh->setEnabled(ws != nullptr);
    if (!ws) {
        m_file->setText(tr("No workspace open. Use File ▸ New Workspace or File ▸ Open Workspace."));
        for (QLabel* l : {m_schema, m_created, m_size, m_counts})
            l->clear();
        m_auditModel->setRecords({});
        return;
    }
    const auto info = ws->info();
    if (!info) {
        m_banner->showError(info.error());
        return;
    }
    const QLocale locale;
    m_file->setText(info->path);
    m_schema->setText(QString::number(info->schemaVersion));
    const QDateTime created = QDateTime::fromString(info->createdAt, Qt::ISODateWithMs);
    m_created->setText(
        tr("%1 by %2")
            .arg(created.isValid() ? locale.toString(created.toLocalTime(), QLocale::LongFormat) : info->createdAt,
                info->createdBy));
    m_size->setText(locale.formattedDataSize(info->fileSize + info->walSize));
    qint64 auditRows = 0;
    for (const auto& t : info->tables)
        if (t.table == QStringLiteral("audit_log"))
            auditRows = t.rows;
    qint64 versions = 0;
    qint64 rows = 0;
    const auto datasets = DatasetStore::listDatasets(ws->db());
    if (datasets) {
        for (const DatasetSummary& d : *datasets) {
            versions += d.versions.size();
            if (const DatasetVersionInfo* latest = d.latest())
                rows += latest->rowCount;
        }
    }
    m_counts->setText(tr("%1 datasets (%2 versions, %3 car sales in the latest versions) · %4 audit entries")
                          .arg(locale.toString(datasets ? datasets->size() : 0), locale.toString(versions),
                              locale.toString(rows), locale.toString(auditRows)));

    auto records = AuditLog::list(ws->db(), 0, kAuditRowsShown);
    if (!records) {
        m_banner->showError(records.error());
        return;
    }
    m_auditModel->setRecords(std::move(*records));
    m_auditView->resizeColumnsToContents();
}

void OverviewPage::verifyAuditChain()
{
    Workspace* ws = m_session.workspace();
    if (!ws)
        return;
    auto connection = ws->openConnection();
    if (!connection) {
        m_banner->showError(connection.error());
        return;
    }
    std::shared_ptr<Database> db(std::move(*connection));
    m_verify->setEnabled(false);
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Verifying the audit log…"));
    auto handle = m_session.jobs().start<AuditVerification>(
        tr("Verify audit log"), [db](JobContext&) -> Result<AuditVerification> { return AuditLog::verify(*db); });
    auto* watcher = new QFutureWatcher<Result<AuditVerification>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<AuditVerification> result = watcher->result();
        watcher->deleteLater();
        m_verify->setEnabled(m_session.workspace() != nullptr);
        if (!result) {
            m_banner->showError(result.error());
            return;
        }
        m_auditModel->setBrokenId(result->ok ? -1 : result->firstBrokenId);
        if (result->ok)
            m_banner->showMessage(MessageBanner::Kind::Success,
                tr("Audit log intact: %n row(s) verified.", nullptr, int(result->rowsChecked)));
        else
            m_banner->showMessage(MessageBanner::Kind::Error,
                tr("Audit log broken at row %1: %2").arg(result->firstBrokenId).arg(result->reason));
    });
    watcher->setFuture(handle.future);
}

} // namespace valuator
