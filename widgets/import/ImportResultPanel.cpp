// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/ImportResultPanel.h"

#include "widgets/import/ImportRejectsModel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace valuator {

ImportResultPanel::ImportResultPanel(QWidget* parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("<i>No import yet. Check the dialect and the mapping, then press Import.</i>"), this))
    , m_summary(new QGroupBox(tr("Summary"), this))
    , m_dataset(addValue(QStringLiteral("resultDataset")))
    , m_rowsRead(addValue(QStringLiteral("resultRowsRead")))
    , m_imported(addValue(QStringLiteral("resultImported")))
    , m_rejected(addValue(QStringLiteral("resultRejected")))
    , m_seconds(addValue(QStringLiteral("resultSeconds")))
    , m_truncated(new QLabel(this))
    , m_rejectsModel(new ImportRejectsModel(this))
    , m_rejectsView(new QTableView(this))
    , m_open(new QPushButton(tr("&Open dataset"), this))
    , m_export(new QPushButton(tr("&Export rejected rows…"), this))
{
    auto* form = new QFormLayout(m_summary);
    form->addRow(tr("Dataset:"), m_dataset);
    form->addRow(tr("Rows read:"), m_rowsRead);
    form->addRow(tr("Imported:"), m_imported);
    form->addRow(tr("Rejected:"), m_rejected);
    form->addRow(tr("Time:"), m_seconds);
    m_open->setObjectName(QStringLiteral("openDatasetButton"));
    m_open->setToolTip(tr("Show the imported dataset version."));
    m_export->setObjectName(QStringLiteral("exportRejectsButton"));
    m_truncated->setObjectName(QStringLiteral("rejectsTruncatedLabel"));
    m_truncated->setWordWrap(true);
    m_rejectsView->setObjectName(QStringLiteral("rejectsView"));
    m_rejectsView->setAccessibleName(tr("Rejected rows"));
    m_rejectsView->setModel(m_rejectsModel);
    m_rejectsView->setAlternatingRowColors(true);
    m_rejectsView->setWordWrap(false);
    m_rejectsView->verticalHeader()->hide();
    m_rejectsView->horizontalHeader()->setStretchLastSection(true);
    m_rejectsView->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_rejectsBox = new QGroupBox(this);
    auto* rejectsLayout = new QVBoxLayout(m_rejectsBox);
    rejectsLayout->addWidget(m_truncated);
    rejectsLayout->addWidget(m_rejectsView, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 0);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_rejectsBox, 1);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_ref.isEmpty())
            emit openDatasetRequested(m_ref);
    });
    connect(m_export, &QPushButton::clicked, this, &ImportResultPanel::chooseExportFile);
    clear();
}

QLabel* ImportResultPanel::addValue(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void ImportResultPanel::setResult(const ImportResult& result)
{
    const QLocale locale;
    m_ref = result.version.refString();
    m_sourceName = QFileInfo(result.version.sourceName).completeBaseName();
    m_placeholder->hide();
    m_summary->show();
    m_dataset->setText(result.version.kind == VersionKind::Append
            ? tr("<b>%1</b> (appended as a new version)").arg(m_ref.toHtmlEscaped())
            : tr("<b>%1</b> (new dataset)").arg(m_ref.toHtmlEscaped()));
    m_rowsRead->setText(locale.toString(result.stats.recordsRead));
    m_imported->setText(locale.toString(result.stats.rowsImported));
    m_rejected->setText(result.stats.rejectEntries > result.stats.rowsRejected
            ? tr("%1 rows (%2 problems)")
                  .arg(locale.toString(result.stats.rowsRejected), locale.toString(result.stats.rejectEntries))
            : locale.toString(result.stats.rowsRejected));
    m_seconds->setText(tr("%1 s").arg(locale.toString(result.seconds, 'f', result.seconds < 10 ? 2 : 1)));
    m_rejectsModel->setRejects(result.rejected);
    m_rejectsBox->setTitle(tr("Rejected rows (%1)").arg(locale.toString(result.rejected.size())));
    m_rejectsView->resizeColumnsToContents();
    m_rejectsView->setColumnWidth(
        ImportRejectsModel::ReasonColumn, qMin(m_rejectsView->columnWidth(ImportRejectsModel::ReasonColumn), 420));
    const bool truncated = result.stats.rejectEntries > result.rejected.size();
    m_truncated->setVisible(truncated || result.rejected.isEmpty());
    m_truncated->setText(result.rejected.isEmpty()
            ? tr("No row was rejected.")
            : tr("Showing the first %1 of %2 problems; the workspace keeps all of them.")
                  .arg(locale.toString(result.rejected.size()), locale.toString(result.stats.rejectEntries)));
    m_open->setEnabled(true);
    m_export->setEnabled(!result.rejected.isEmpty());
    m_export->setToolTip(
        result.rejected.isEmpty() ? tr("No row was rejected.") : tr("Save the rejected rows as CSV (opens in Excel)."));
}

void ImportResultPanel::clear()
{
    m_ref.clear();
    m_placeholder->show();
    m_summary->hide();
    m_truncated->hide();
    m_rejectsModel->setRejects({});
    m_rejectsBox->setTitle(tr("Rejected rows"));
    m_open->setEnabled(false);
    m_open->setToolTip(tr("Import a file first."));
    m_export->setEnabled(false);
    m_export->setToolTip(tr("Import a file first."));
}

Status ImportResultPanel::exportRejects(const QString& path) const
{
    return ImportService::exportRejects(m_rejectsModel->rejects(), path);
}

void ImportResultPanel::chooseExportFile()
{
    auto* dialog = new QFileDialog(
        this, tr("Export rejected rows"), tr("%1-rejects.csv").arg(m_sourceName), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (Status written = exportRejects(path); !written)
            emit errorOccurred(written.error());
        else
            emit informed(tr("%n rejected row(s) exported to %1.", nullptr, int(m_rejectsModel->rowCount()))
                              .arg(QFileInfo(path).fileName()));
    });
    dialog->open();
}

} // namespace valuator
