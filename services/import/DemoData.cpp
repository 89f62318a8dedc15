// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/DemoData.h"

namespace valuator {

QString DemoData::path()
{
    return QStringLiteral(":/demo/demo-sales.csv");
}

QString DemoData::datasetName()
{
    return QStringLiteral("demo-sales");
}

ImportRequest DemoData::importRequest(const QString& actor)
{
    ImportRequest request;
    request.filePath = path();
    request.datasetName = datasetName();
    request.actor = actor;
    return request;
}

} // namespace valuator
