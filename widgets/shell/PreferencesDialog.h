// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace valuator {

class Settings;

/// Edit ▸ Preferences: the interface language (applied at the next start) and the acting user recorded in the
/// audit log (default: the OS account).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings& settings, QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* userEdit() const { return m_user; }

    /// Writes the choices to the settings (also called when the dialog is accepted).
    void apply();

private:
    Settings& m_settings;
    QComboBox* m_language;
    QLineEdit* m_user;
};

} // namespace valuator
