// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/IndicatorDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace valuator {

IndicatorDialog::IndicatorDialog(
    const QString& fieldName, const QStringList& headers, const QStringList& checked, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("indicatorDialog"));
    setWindowTitle(tr("Indicator columns for %1").arg(fieldName));
    auto* text = new QLabel(tr("Tick the one-hot columns that hold %1. Each row takes the name of the ticked column "
                               "whose cell is set (1, true, yes or x), e.g. columns “Diesel”, “Petrol” and "
                               "“Electric” give the fuel.")
                                .arg(fieldName),
        this);
    text->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("indicatorList"));
    m_list->setAccessibleName(tr("Source columns"));
    for (const QString& header : headers) {
        auto* item = new QListWidgetItem(header, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(header) ? Qt::Checked : Qt::Unchecked);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &IndicatorDialog::updateOk);
    updateOk();
    resize(420, 420);
}

QStringList IndicatorDialog::checkedColumns() const
{
    QStringList columns;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            columns << m_list->item(i)->text();
    return columns;
}

void IndicatorDialog::updateOk()
{
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    const bool any = !checkedColumns().isEmpty();
    ok->setEnabled(any);
    ok->setToolTip(any ? QString() : tr("Tick at least one column."));
}

} // namespace valuator
