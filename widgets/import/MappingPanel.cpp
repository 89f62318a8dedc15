// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/MappingPanel.h"

#include "services/import/ImportService.h"
#include "widgets/import/IndicatorDialog.h"
#include "widgets/import/MappingDelegate.h"
#include "widgets/import/MappingModel.h"
#include "widgets/import/SourceEditor.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace valuator {
namespace {

const QString kMappingFilter = QStringLiteral("*.json");

} // namespace

MappingPanel::MappingPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new MappingModel(this))
    , m_delegate(new MappingDelegate(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_extras(new QLabel(this))
    , m_load(new QPushButton(tr("&Load mapping…"), this))
    , m_save(new QPushButton(tr("&Save mapping…"), this))
{
    m_view->setObjectName(QStringLiteral("mappingView"));
    m_view->setAccessibleName(tr("Column mapping"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(MappingModel::SourceColumn, m_delegate);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 4);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(MappingModel::FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MappingModel::SourceColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(MappingModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_view->setColumnWidth(MappingModel::SourceColumn, 250);

    m_status->setObjectName(QStringLiteral("mappingStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_extras->setObjectName(QStringLiteral("extraColumnsLabel"));
    m_extras->setWordWrap(true);
    m_extras->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_load->setObjectName(QStringLiteral("loadMappingButton"));
    m_load->setToolTip(tr("Use a mapping saved earlier for a file with the same column names."));
    m_save->setObjectName(QStringLiteral("saveMappingButton"));
    m_save->setToolTip(tr("Save this mapping as JSON to reuse it for the next export from this dealer."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_extras);

    connect(m_load, &QPushButton::clicked, this, &MappingPanel::chooseMappingToLoad);
    connect(m_save, &QPushButton::clicked, this, &MappingPanel::chooseMappingToSave);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MappingPanel::reopenEditors);
    connect(m_model, &MappingModel::mappingChanged, this, &MappingPanel::updateStatus);
    connect(m_delegate, &MappingDelegate::indicatorsRequested, this, &MappingPanel::askIndicators);
    reopenEditors();
    updateStatus();
}

SourceEditor* MappingPanel::editorFor(CarField field) const
{
    const QModelIndex index = m_model->index(MappingModel::rowOf(field), MappingModel::SourceColumn);
    return qobject_cast<SourceEditor*>(m_view->indexWidget(index));
}

void MappingPanel::reopenEditors()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, MappingModel::SourceColumn);
        if (m_view->isPersistentEditorOpen(index))
            m_view->closePersistentEditor(index);
        if (m_model->hasColumns())
            m_view->openPersistentEditor(index);
    }
}

void MappingPanel::updateStatus()
{
    const bool has = m_model->hasColumns();
    m_load->setEnabled(has);
    m_save->setEnabled(has);
    const QString none = tr("Open a CSV file first.");
    m_load->setToolTip(has ? tr("Use a mapping saved earlier for a file with the same column names.") : none);
    m_save->setToolTip(has ? tr("Save this mapping as JSON to reuse it for the next export from this dealer.") : none);
    if (!has) {
        m_status->setText(tr("<i>The mapping appears once a file is read.</i>"));
        m_extras->clear();
        return;
    }
    const QString reason = m_model->blockingReason();
    m_status->setText(reason.isEmpty()
            ? tr("<span style='color:#137333'>✔ Every required field has a source.</span>")
            : tr("<span style='color:#b3261e'><b>Cannot import yet:</b> %1</span>").arg(reason.toHtmlEscaped()));
    const QStringList extras = m_model->extraColumns();
    m_extras->setText(extras.isEmpty() ? tr("Every source column is mapped to a field.")
                                       : tr("<b>Kept as extra text columns (%1):</b> %2")
                                             .arg(extras.size())
                                             .arg(extras.join(QStringLiteral(", ")).toHtmlEscaped()));
}

void MappingPanel::askIndicators(const QPersistentModelIndex& index)
{
    if (!index.isValid())
        return;
    const CarField field = CarField(index.data(MappingModel::FieldRole).toInt());
    const FieldSource current = m_model->mapping().source(field);
    auto* dialog = new IndicatorDialog(CarSchema::displayName(field), m_model->headers(), current.indicators, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, index, field](int code) {
        if (code == QDialog::Accepted && !dialog->checkedColumns().isEmpty()) {
            FieldSource source;
            source.kind = FieldSource::Kind::Indicators;
            source.indicators = dialog->checkedColumns();
            m_model->setSource(field, source);
        }
        // Show the stored source again (also after Cancel, which leaves it unchanged).
        if (index.isValid())
            if (QWidget* editor = m_view->indexWidget(index))
                m_delegate->setEditorData(editor, index);
    });
    dialog->open();
}

Status MappingPanel::loadMappingFile(const QString& path)
{
    auto mapping = ImportService::loadMapping(path);
    if (!mapping)
        return fail(mapping.error());
    m_model->setMapping(*mapping);
    return {};
}

Status MappingPanel::saveMappingFile(const QString& path) const
{
    return ImportService::saveMapping(m_model->mapping(), path);
}

void MappingPanel::chooseMappingToLoad()
{
    auto* dialog = new QFileDialog(this, tr("Load mapping"), QString(), tr("Mappings (%1)").arg(kMappingFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (Status loaded = loadMappingFile(path); !loaded)
            emit errorOccurred(loaded.error());
        else
            emit informed(tr("Mapping loaded from %1.").arg(QFileInfo(path).fileName()));
    });
    dialog->open();
}

void MappingPanel::chooseMappingToSave()
{
    auto* dialog = new QFileDialog(this, tr("Save mapping"), QString(), tr("Mappings (%1)").arg(kMappingFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (Status saved = saveMappingFile(path); !saved)
            emit errorOccurred(saved.error());
        else
            emit informed(tr("Mapping saved to %1.").arg(QFileInfo(path).fileName()));
    });
    dialog->open();
}

} // namespace valuator
