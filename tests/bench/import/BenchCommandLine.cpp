// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/import/BenchCommandLine.h"

namespace valuator {

BenchCommandLine::BenchCommandLine(const QString& description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    value("spawner", "bench_spawn binary (default: next to this program)");
}

void BenchCommandLine::value(const char* name, const char* help, const char* defaultValue)
{
    m_parser.addOption(
        {QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("V"), QString::fromLatin1(defaultValue)});
}

void BenchCommandLine::flag(const char* name, const char* help)
{
    m_parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help)});
}

void BenchCommandLine::process(const QCoreApplication& app)
{
    m_parser.process(app);
}

QString BenchCommandLine::text(const char* name) const
{
    return m_parser.value(QString::fromLatin1(name));
}

qint64 BenchCommandLine::integer(const char* name) const
{
    return text(name).toLongLong();
}

bool BenchCommandLine::isSet(const char* name) const
{
    return m_parser.isSet(QString::fromLatin1(name));
}

QString BenchCommandLine::spawner() const
{
    const QString given = text("spawner");
    return given.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../import/bench_spawn") : given;
}

} // namespace valuator
