// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliCommand.h"

#include "services/system/Settings.h"
#include "services/workspace/Workspace.h"

#include <QJsonDocument>

namespace valuator {

CliContext::CliContext(QCommandLineParser& p, Settings& s, QTextStream& o, QTextStream& e)
    : parser(p)
    , settings(s)
    , out(o)
    , err(e)
{
}

bool CliContext::json() const
{
    return parser.isSet(QStringLiteral("json"));
}

void CliContext::printJson(const QJsonObject& object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

int CliContext::failWith(const Error& error)
{
    err << tr("valuator-cli: error: %1").arg(error.userMessage) << '\n';
    if (!error.detail.isEmpty())
        err << "  " << error.detail << '\n';
    err.flush();
    if (json()) {
        QJsonObject e {
            {QStringLiteral("code"), Error::codeName(error.code)}, {QStringLiteral("message"), error.userMessage}};
        if (!error.detail.isEmpty())
            e.insert(QStringLiteral("detail"), error.detail);
        printJson({{QStringLiteral("ok"), false}, {QStringLiteral("error"), e}});
    }
    return kExitFailure;
}

int CliContext::usageError(const QString& message)
{
    usageFailed = true;
    err << tr("valuator-cli %1: %2").arg(commandName, message) << '\n'
        << tr("Try 'valuator-cli %1 --help'.").arg(commandName) << '\n';
    err.flush();
    return kExitUsage;
}

QString CliContext::requiredValue(const QString& option)
{
    const QString value = parser.value(option);
    if (value.isEmpty())
        usageError(tr("missing required option --%1").arg(option));
    return value;
}

std::unique_ptr<Workspace> CliContext::openWorkspace(int& exitCode)
{
    const QString path = requiredValue(QStringLiteral("workspace"));
    if (usageFailed) {
        exitCode = kExitUsage;
        return nullptr;
    }
    auto ws = Workspace::open(path, settings.actingUser());
    if (!ws) {
        exitCode = failWith(ws.error());
        return nullptr;
    }
    return std::move(*ws);
}

} // namespace valuator
