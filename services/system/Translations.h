// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace valuator {

/// Installs the application's translators (ours from :/i18n plus Qt's own) on the running QCoreApplication.
class Translations {
public:
    /// `language` is a setting value ("de", "sv", "en") or empty for the system locale. Returns the language
    /// actually used ("en" when no translation matches). Call on the main thread after the app object exists.
    static QString install(const QString& language);
    /// Languages shipped with the application, source language first.
    static QStringList available();
};

} // namespace valuator
