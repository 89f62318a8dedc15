// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/schema/ColumnMapping.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace valuator {

/// Edits where one canonical field comes from: a combo with "(not mapped)", every source column, "Constant…"
/// (which shows an inline value box) and, for text fields, "Indicator columns…" (the mapping panel then asks
/// which columns in a small dialog). Lives in the Source cell of the mapping table as a persistent editor.
class SourceEditor : public QWidget {
    Q_OBJECT
public:
    SourceEditor(const QStringList& headers, bool allowIndicators, QWidget* parent = nullptr);

    /// Shows `source` without emitting anything.
    void setSource(const FieldSource& source);
    /// What the editor shows; a Constant with an empty value while the user has not typed one yet.
    FieldSource source() const;

    QComboBox* combo() const { return m_combo; }
    QLineEdit* constantEdit() const { return m_constant; }

signals:
    /// The user chose a column, "(not mapped)", or finished typing a constant: store source().
    void sourceEdited();
    /// The user chose "Indicator columns…".
    void indicatorsRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onActivated(int index);
    FieldSource::Kind kindAt(int index) const;
    int indexOfColumn(const QString& column);

    QComboBox* m_combo;
    QLineEdit* m_constant;
    QStringList m_indicators;
    int m_constantIndex = -1;
    int m_indicatorIndex = -1;
};

} // namespace valuator
