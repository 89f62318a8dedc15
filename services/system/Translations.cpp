// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/system/Translations.h"

#include "services/system/ServicesLog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace valuator {

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("sv")};
}

QString Translations::install(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, QStringLiteral("valuator"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        qCDebug(lcSettings) << "no translation for" << locale.name() << "- using English";
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, dialogs); missing files are not an error.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return ours->language().left(2);
}

} // namespace valuator
