// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/system/LibraryVersions.h"

#include "models/core/BuildInfo.h"
#include "services/workspace/Database.h"

#include <curl/curl.h>

namespace valuator {

LibraryVersions LibraryVersions::current()
{
    LibraryVersions v;
    v.app = BuildInfo::version();
    v.gitRevision = BuildInfo::gitRevision();
    v.qt = QString::fromLatin1(qVersion());
    v.xgboost = BuildInfo::xgboostVersion();
    v.sqlite = Database::libraryVersion();
    const curl_version_info_data* curl = curl_version_info(CURLVERSION_NOW);
    v.curl = QString::fromLatin1(curl->version);
    if (curl->ssl_version)
        v.curl += QStringLiteral(" (%1)").arg(QString::fromLatin1(curl->ssl_version));
    return v;
}

QList<QPair<QString, QString>> LibraryVersions::asList() const
{
    return {{QStringLiteral("Car Valuator"), QStringLiteral("%1 (%2)").arg(app, gitRevision)},
        {QStringLiteral("Qt"), qt}, {QStringLiteral("XGBoost"), xgboost}, {QStringLiteral("SQLite"), sqlite},
        {QStringLiteral("libcurl"), curl}};
}

} // namespace valuator
