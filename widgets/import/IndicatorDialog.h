// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QListWidget;

namespace valuator {

/// Asks which one-hot source columns make up a field ("Diesel", "Petrol", "Electric" → fuel): each row takes the
/// name of the column whose cell is set (1, true, yes, x). Open it with open(), not exec().
class IndicatorDialog : public QDialog {
    Q_OBJECT
public:
    IndicatorDialog(
        const QString& fieldName, const QStringList& headers, const QStringList& checked, QWidget* parent = nullptr);

    QStringList checkedColumns() const;
    QListWidget* list() const { return m_list; }

private:
    void updateOk();

    QListWidget* m_list;
    QDialogButtonBox* m_buttons;
};

} // namespace valuator
