// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/PreferencesDialog.h"

#include "services/system/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace valuator {

PreferencesDialog::PreferencesDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_user(new QLineEdit(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    // Language names in their own language, so a user can find theirs whatever the current one is.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(keys::kLanguage))));
    m_user->setText(settings.value(keys::kActingUser));
    m_user->setPlaceholderText(Settings::osUserName());
    m_user->setClearButtonEnabled(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(tr("A new language applies the next time Car Valuator starts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Acting &user:"), m_user);
    auto* userNote = new QLabel(
        tr("Recorded with every change in the audit log. Empty: your account name (%1).").arg(Settings::osUserName()),
        this);
    userNote->setWordWrap(true);
    form->addRow(QString(), userNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void PreferencesDialog::apply()
{
    m_settings.setValue(keys::kLanguage, m_language->currentData().toString());
    m_settings.setValue(keys::kActingUser, m_user->text().trimmed());
    m_settings.sync();
}

} // namespace valuator
