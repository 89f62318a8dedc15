// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/SourceEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace valuator {
namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kColumnRole = Qt::UserRole + 1;

} // namespace

SourceEditor::SourceEditor(const QStringList& headers, bool allowIndicators, QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_constant(new QLineEdit(this))
{
    setAutoFillBackground(true);
    m_combo->setObjectName(QStringLiteral("sourceCombo"));
    m_combo->setAccessibleName(tr("Source"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);
    m_combo->addItem(tr("(not mapped)"), int(FieldSource::Kind::None));
    for (const QString& header : headers) {
        m_combo->addItem(header, int(FieldSource::Kind::Column));
        m_combo->setItemData(m_combo->count() - 1, header, kColumnRole);
    }
    m_combo->addItem(tr("Constant…"), int(FieldSource::Kind::Constant));
    m_constantIndex = m_combo->count() - 1;
    if (allowIndicators) {
        m_combo->addItem(tr("Indicator columns…"), int(FieldSource::Kind::Indicators));
        m_indicatorIndex = m_combo->count() - 1;
    }
    m_constant->setObjectName(QStringLiteral("constantEdit"));
    m_constant->setAccessibleName(tr("Constant value"));
    m_constant->setPlaceholderText(tr("value, e.g. 2005"));
    m_constant->setToolTip(tr("The same value for every row. Press Enter to apply."));
    m_constant->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_combo, 3);
    layout->addWidget(m_constant, 2);
    setFocusProxy(m_combo);
    m_combo->setFocusPolicy(Qt::StrongFocus);
    m_combo->installEventFilter(this);

    connect(m_combo, &QComboBox::activated, this, &SourceEditor::onActivated);
    connect(m_constant, &QLineEdit::editingFinished, this, [this] {
        if (m_combo->currentIndex() == m_constantIndex && !m_constant->text().trimmed().isEmpty())
            emit sourceEdited();
    });
}

bool SourceEditor::eventFilter(QObject* watched, QEvent* event)
{
    // The mapping table is a column of combos: scrolling it with the wheel must not change the one under the
    // mouse. An ignored wheel event travels on to the table, which scrolls.
    if (watched == m_combo && event->type() == QEvent::Wheel && !m_combo->hasFocus()) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

FieldSource::Kind SourceEditor::kindAt(int index) const
{
    return FieldSource::Kind(m_combo->itemData(index, kKindRole).toInt());
}

int SourceEditor::indexOfColumn(const QString& column)
{
    for (int i = 1; i < m_constantIndex; ++i)
        if (m_combo->itemData(i, kColumnRole).toString() == column)
            return i;
    // A loaded mapping may name a column this file lacks: show it, marked, so the user sees what to fix.
    m_combo->insertItem(m_constantIndex, tr("%1 (not in this file)").arg(column), int(FieldSource::Kind::Column));
    m_combo->setItemData(m_constantIndex, column, kColumnRole);
    ++m_constantIndex;
    if (m_indicatorIndex >= 0)
        ++m_indicatorIndex;
    return m_constantIndex - 1;
}

void SourceEditor::setSource(const FieldSource& source)
{
    const QSignalBlocker blockCombo(m_combo);
    const QSignalBlocker blockEdit(m_constant);
    m_constant->setVisible(source.kind == FieldSource::Kind::Constant);
    switch (source.kind) {
    case FieldSource::Kind::None:
        m_combo->setCurrentIndex(0);
        break;
    case FieldSource::Kind::Column:
        m_combo->setCurrentIndex(indexOfColumn(source.column));
        break;
    case FieldSource::Kind::Constant:
        m_combo->setCurrentIndex(m_constantIndex);
        if (m_constant->text() != source.constant)
            m_constant->setText(source.constant);
        break;
    case FieldSource::Kind::Indicators:
        m_indicators = source.indicators;
        if (m_indicatorIndex >= 0) {
            m_combo->setItemText(
                m_indicatorIndex, tr("Indicators: %1").arg(source.indicators.join(QStringLiteral(", "))));
            m_combo->setCurrentIndex(m_indicatorIndex);
        }
        break;
    }
    m_combo->setToolTip(m_combo->currentText());
}

FieldSource SourceEditor::source() const
{
    FieldSource s;
    s.kind = kindAt(m_combo->currentIndex());
    switch (s.kind) {
    case FieldSource::Kind::None:
        break;
    case FieldSource::Kind::Column:
        s.column = m_combo->currentData(kColumnRole).toString();
        break;
    case FieldSource::Kind::Constant:
        s.constant = m_constant->text().trimmed();
        break;
    case FieldSource::Kind::Indicators:
        s.indicators = m_indicators;
        break;
    }
    return s;
}

void SourceEditor::onActivated(int index)
{
    const FieldSource::Kind kind = kindAt(index);
    m_constant->setVisible(kind == FieldSource::Kind::Constant);
    m_combo->setToolTip(m_combo->currentText());
    switch (kind) {
    case FieldSource::Kind::None:
    case FieldSource::Kind::Column:
        emit sourceEdited();
        break;
    case FieldSource::Kind::Constant:
        m_constant->setFocus();
        m_constant->selectAll();
        if (!m_constant->text().trimmed().isEmpty())
            emit sourceEdited();
        break;
    case FieldSource::Kind::Indicators:
        emit indicatorsRequested();
        break;
    }
}

} // namespace valuator
