// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/learners/LearnerFactory.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace valuator {

/// The "Advanced…" parameter editor: one row per tunable parameter of the learner (name, value, range,
/// description), prefilled with the preset's values plus the current overrides. OK validates every value with
/// LearnerFactory::create and, when one is wrong, keeps the dialog open, shows the factory's message (which names
/// the parameter) and selects that row; otherwise emits overridesAccepted() with the values that differ from
/// the preset. Open it with open() (non-modal to the event loop).
class ParameterDialog : public QDialog {
    Q_OBJECT
public:
    ParameterDialog(const LearnerConfig& config, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* errorLabel() const { return m_error; }
    /// Sets the value cell of parameter `name`; false when there is no such row.
    bool setValue(const QString& name, const QString& value);
    /// The overrides as edited (values differing from the preset).
    QMap<QString, QString> overrides() const;
    /// Validates; on success emits overridesAccepted() and closes.
    void accept() override;

signals:
    void overridesAccepted(const QMap<QString, QString>& overrides);

private:
    void fill();

    LearnerConfig m_config;
    QMap<QString, QString> m_preset;
    QTableWidget* m_table;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace valuator
