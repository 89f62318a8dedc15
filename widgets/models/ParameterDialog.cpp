// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/ParameterDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace valuator {
namespace {

enum Column { NameColumn, ValueColumn, RangeColumn, DescriptionColumn };

QString rangeText(const ParameterInfo& p)
{
    if (p.type == QLatin1String("choice"))
        return p.choices.join(QStringLiteral(" / "));
    return QStringLiteral("%1 – %2").arg(QString::number(p.minimum, 'g', 10), QString::number(p.maximum, 'g', 10));
}

} // namespace

ParameterDialog::ParameterDialog(const LearnerConfig& config, QWidget* parent)
    : QDialog(parent)
    , m_config(config)
    , m_table(new QTableWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("parameterDialog"));
    setWindowTitle(tr("Advanced parameters: %1").arg(config.learner));
    m_table->setObjectName(QStringLiteral("parameterTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Value"), tr("Allowed"), tr("Description")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_error->setObjectName(QStringLiteral("parameterError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->hide();
    auto* hint
        = new QLabel(tr("Values start from the “%1” preset. Edit a value to override it; every value is checked on OK.")
                         .arg(config.preset),
            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ParameterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ParameterDialog::reject);
    fill();
    resize(720, 420);
}

void ParameterDialog::fill()
{
    auto preset = LearnerFactory::presetValues(m_config.learner, m_config.preset);
    m_preset = preset ? *preset : QMap<QString, QString>();
    const QList<ParameterInfo> params = LearnerFactory::parameters(m_config.learner);
    m_table->setRowCount(int(params.size()));
    for (qsizetype row = 0; row < params.size(); ++row) {
        const ParameterInfo& p = params.at(row);
        auto* name = new QTableWidgetItem(p.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto* value = new QTableWidgetItem(m_config.overrides.value(p.name, m_preset.value(p.name, p.defaultValue)));
        auto* range = new QTableWidgetItem(rangeText(p));
        range->setFlags(Qt::ItemIsEnabled);
        auto* description = new QTableWidgetItem(p.description);
        description->setFlags(Qt::ItemIsEnabled);
        description->setToolTip(p.description);
        m_table->setItem(int(row), NameColumn, name);
        m_table->setItem(int(row), ValueColumn, value);
        m_table->setItem(int(row), RangeColumn, range);
        m_table->setItem(int(row), DescriptionColumn, description);
    }
    m_table->resizeColumnsToContents();
}

bool ParameterDialog::setValue(const QString& name, const QString& value)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->text() == name) {
            m_table->item(row, ValueColumn)->setText(value);
            return true;
        }
    return false;
}

QMap<QString, QString> ParameterDialog::overrides() const
{
    QMap<QString, QString> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn)->text();
        const QString value = m_table->item(row, ValueColumn)->text().trimmed();
        if (value != m_preset.value(name))
            out.insert(name, value);
    }
    return out;
}

void ParameterDialog::accept()
{
    LearnerConfig candidate = m_config;
    candidate.overrides = overrides();
    auto created = LearnerFactory::create(candidate);
    if (!created) {
        m_error->setText(created.error().userMessage);
        m_error->show();
        // The factory's detail is "parameter NAME": select that row so the user sees which value to fix.
        const QString detail = created.error().detail;
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (detail == QStringLiteral("parameter %1").arg(m_table->item(row, NameColumn)->text())) {
                m_table->setCurrentCell(row, ValueColumn);
                m_table->item(row, ValueColumn)->setBackground(QColor(255, 220, 220));
            }
        return;
    }
    m_error->hide();
    emit overridesAccepted(candidate.overrides);
    QDialog::accept();
}

} // namespace valuator
