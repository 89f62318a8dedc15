// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/ImportRunBar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace valuator {
namespace {

constexpr int kProgressSteps = 1000;

} // namespace

ImportRunBar::ImportRunBar(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_append(new QCheckBox(tr("&Append as a new version of an existing dataset"), this))
    , m_hint(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_runRow(new QWidget(this))
    , m_progress(new QProgressBar(m_runRow))
    , m_phase(new QLabel(m_runRow))
    , m_cancel(new QPushButton(tr("Cancel"), m_runRow))
{
    setObjectName(QStringLiteral("importRunBar"));
    m_name->setObjectName(QStringLiteral("datasetNameEdit"));
    m_name->setAccessibleName(tr("Dataset name"));
    m_name->setPlaceholderText(tr("dataset name"));
    m_name->setMaxLength(100);
    m_name->setMinimumWidth(220);
    m_append->setObjectName(QStringLiteral("appendCheck"));
    m_append->setToolTip(tr("Add the rows to the latest version of the dataset with this name, as a new version."));
    m_hint->setObjectName(QStringLiteral("datasetNameHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color:#a15c00;"));
    m_reason->setObjectName(QStringLiteral("importBlockedLabel"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color:#b3261e;"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setAccessibleName(tr("Import"));
    m_import->setDefault(true);
    m_import->setMinimumWidth(120);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, kProgressSteps);
    m_phase->setObjectName(QStringLiteral("importPhaseLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setAccessibleName(tr("Cancel import"));
    m_cancel->setToolTip(tr("Stop the import; the workspace stays as it was."));

    buildLayout();

    connect(m_import, &QPushButton::clicked, this, &ImportRunBar::importRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunBar::cancelRequested);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        updateHint();
        emit targetChanged();
    });
    connect(m_append, &QCheckBox::toggled, this, [this] {
        updateHint();
        emit targetChanged();
    });
    updateHint();
}

void ImportRunBar::buildLayout()
{
    auto* nameLabel = new QLabel(tr("Dataset &name:"), this);
    nameLabel->setBuddy(m_name);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_append);
    nameRow->addStretch(1);
    nameRow->addWidget(m_import);
    auto* runLayout = new QHBoxLayout(m_runRow);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addWidget(m_progress, 1);
    runLayout->addWidget(m_phase);
    runLayout->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(nameRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_reason);
    layout->addWidget(m_runRow);
    m_runRow->hide();
}

QString ImportRunBar::datasetName() const
{
    return m_name->text().trimmed();
}

void ImportRunBar::setDatasetName(const QString& name)
{
    m_name->setText(name);
}

bool ImportRunBar::append() const
{
    return m_append->isChecked();
}

void ImportRunBar::setExistingNames(const QStringList& names)
{
    m_existing = names;
    updateHint();
}

void ImportRunBar::updateHint()
{
    const QString name = datasetName();
    QString hint;
    if (!name.isEmpty() && m_existing.contains(name) && !append())
        hint = tr("A dataset named “%1” exists already: tick “Append…” to add a version, or choose another name.")
                   .arg(name);
    else if (!name.isEmpty() && !m_existing.contains(name) && append())
        hint = tr("There is no dataset named “%1” yet to append to.").arg(name);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void ImportRunBar::setBlockingReason(const QString& reason, bool showInline)
{
    m_import->setEnabled(reason.isEmpty());
    m_import->setToolTip(reason.isEmpty() ? tr("Import the whole file into the workspace.") : reason);
    m_reason->setText(reason);
    m_reason->setVisible(showInline && !reason.isEmpty() && !m_runRow->isVisible());
}

void ImportRunBar::setRunning(bool running)
{
    m_runRow->setVisible(running);
    m_name->setEnabled(!running);
    m_append->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running) {
        m_progress->setValue(0);
        m_phase->setText(tr("Starting…"));
        m_reason->hide();
    }
}

void ImportRunBar::setProgress(qint64 done, qint64 total, const QString& message)
{
    if (total > 0) {
        m_progress->setRange(0, kProgressSteps);
        m_progress->setValue(int(qBound(qint64(0), done * kProgressSteps / total, qint64(kProgressSteps))));
    } else {
        m_progress->setRange(0, 0); // busy indicator
    }
    if (!message.isEmpty())
        m_phase->setText(message);
}

} // namespace valuator
