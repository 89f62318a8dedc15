// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace valuator {

/// The benches' command lines: QCommandLineParser with --help and --spawner (every bench runs its peers through
/// bench_spawn), options declared in one line each and read back by name.
class BenchCommandLine {
public:
    explicit BenchCommandLine(const QString& description);

    /// An option with a value (--name V), its help and its default.
    void value(const char* name, const char* help, const char* defaultValue = "");
    /// An option without a value.
    void flag(const char* name, const char* help);
    /// Parses the application's arguments; exits on --help or an unknown option, as QCommandLineParser does.
    void process(const QCoreApplication& app);

    QString text(const char* name) const;
    /// The value as an integer, 0 when it is not one.
    qint64 integer(const char* name) const;
    bool isSet(const char* name) const;
    /// --spawner, or bench_spawn next to the import bench (the build tree's layout) when not given.
    QString spawner() const;

private:
    QCommandLineParser m_parser;
};

} // namespace valuator
