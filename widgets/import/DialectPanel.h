// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/importing/ImportPlanner.h"

#include <QGroupBox>

class QComboBox;
class QFrame;
class QLabel;

namespace valuator {

/// The CSV dialect of the file being imported: encoding, delimiter, header row, decimal separator and the
/// day/month order of ambiguous slash dates. Each choice starts on "Auto (<what was detected>)"; any other
/// choice becomes an ImportOverrides entry. Shows the detection notes (why a header, which number format,
/// warnings) and highlights the date order when a column needs that decision.
class DialectPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit DialectPanel(QWidget* parent = nullptr);

    /// The user's choices (the mapping is left unset).
    ImportOverrides overrides() const;
    /// Puts every choice back on Auto without emitting overridesChanged().
    void resetToAuto();
    /// Shows what `preview` detected next to the Auto entries that are selected, and its notes. nullptr clears.
    void setPreview(const ImportPreview* preview);
    /// True when the last preview has ambiguous slash dates and no order is chosen.
    bool dateOrderNeeded() const { return m_dateOrderNeeded; }

    QComboBox* encodingCombo() const { return m_encoding; }
    QComboBox* delimiterCombo() const { return m_delimiter; }
    QComboBox* headerCombo() const { return m_header; }
    QComboBox* decimalCombo() const { return m_decimal; }
    QComboBox* dateOrderCombo() const { return m_dateOrder; }

signals:
    /// The user changed a choice: preview again with overrides().
    void overridesChanged();

private:
    void fillChoices();
    void buildLayout();
    QComboBox* addCombo(const QString& objectName, const QString& accessibleName, const QString& toolTip);
    void setAutoText(QComboBox* combo, const QString& detected);
    void showNotes(const ImportPreview* preview);
    void updateDateOrderHighlight();

    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QComboBox* m_header;
    QComboBox* m_decimal;
    QComboBox* m_dateOrder;
    QFrame* m_dateOrderFrame;
    QLabel* m_dateOrderHint;
    QLabel* m_notes;
    bool m_dateOrderNeeded = false;
};

} // namespace valuator
