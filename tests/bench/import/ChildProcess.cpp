// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/import/ChildProcess.h"

#include <QFile>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

extern char** environ;

namespace valuator {
namespace {

/// Owns the byte strings behind a char* const[] for posix_spawn (argv and envp).
struct CStringArray {
    std::vector<std::string> storage;
    std::vector<char*> pointers;

    char* const* data()
    {
        pointers.clear();
        for (std::string& s : storage)
            pointers.push_back(s.data());
        pointers.push_back(nullptr);
        return pointers.data();
    }
};

/// The bench's environment with `overrides` ("KEY=VALUE") replacing entries of the same key.
CStringArray mergedEnvironment(const QStringList& overrides)
{
    CStringArray env;
    for (char** e = environ; *e; ++e) {
        const std::string entry(*e);
        const std::string key = entry.substr(0, entry.find('='));
        const bool replaced = std::any_of(overrides.begin(), overrides.end(),
            [&](const QString& o) { return o.section(QLatin1Char('='), 0, 0).toStdString() == key; });
        if (!replaced)
            env.storage.push_back(entry);
    }
    for (const QString& o : overrides)
        env.storage.push_back(o.toStdString());
    return env;
}

std::string nativePath(const QString& path)
{
    return path.isEmpty() ? std::string("/dev/null") : QFile::encodeName(path).toStdString();
}

/// Redirects stdin (read) and stdout/stderr (write, truncate) to files; /dev/null when empty. `paths` must
/// outlive the spawn: the actions keep pointers into it.
int addRedirections(posix_spawn_file_actions_t& actions, const ChildSpec& spec, std::vector<std::string>& paths)
{
    paths = {nativePath(spec.stdinPath), nativePath(spec.stdoutPath), nativePath(spec.stderrPath)};
    int rc = posix_spawn_file_actions_addopen(&actions, 0, paths[0].c_str(), O_RDONLY, 0);
    for (int fd = 1; fd <= 2 && rc == 0; ++fd)
        rc = posix_spawn_file_actions_addopen(&actions, fd, paths[fd].c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    return rc;
}

} // namespace

ChildProcess::ChildProcess(QString spawner, QString scratchDir)
    : m_spawner(std::move(spawner))
    , m_scratchDir(std::move(scratchDir))
{
}

Result<ChildRun> ChildProcess::run(const ChildSpec& spec) const
{
    if (spec.argv.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("No program to run."));
    static std::atomic_int counter = 0;
    const QString resultPath = QStringLiteral("%1/child-%2.rusage").arg(m_scratchDir).arg(++counter);
    CStringArray argv;
    argv.storage = {nativePath(m_spawner), nativePath(resultPath)};
    for (const QString& a : spec.argv)
        argv.storage.push_back(QFile::encodeName(a).toStdString());
    CStringArray env = mergedEnvironment(spec.environment);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    std::vector<std::string> paths;
    int rc = addRedirections(actions, spec, paths);
    pid_t pid = -1;
    if (rc == 0)
        rc = posix_spawn(&pid, argv.storage.front().c_str(), &actions, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return fail(ErrorCode::Io, tr("Cannot start %1.").arg(m_spawner), QString::fromLocal8Bit(std::strerror(rc)));
    int status = 0;
    pid_t reaped = -1;
    do {
        reaped = waitpid(pid, &status, 0);
    } while (reaped < 0 && errno == EINTR);
    if (reaped != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return fail(ErrorCode::Io, tr("Cannot measure %1.").arg(spec.argv.first()),
            tail(spec.stderrPath.isEmpty() ? QString() : spec.stderrPath));
    auto result = readResult(resultPath);
    QFile::remove(resultPath);
    return result;
}

Result<ChildRun> ChildProcess::runChecked(const ChildSpec& spec, const QString& what) const
{
    auto result = run(spec);
    if (!result)
        return result;
    if (!result->succeeded())
        return fail(ErrorCode::Unknown,
            QStringLiteral("%1 failed (exit %2, signal %3): %4")
                .arg(what)
                .arg(result->exitCode)
                .arg(result->termSignal)
                .arg(spec.stderrPath.isEmpty() ? QString() : tail(spec.stderrPath)));
    return result;
}

Result<ChildRun> ChildProcess::readResult(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("bench_spawn wrote no result."), path);
    const QList<QByteArray> f = file.readAll().simplified().split(' ');
    if (f.size() != 6)
        return fail(ErrorCode::Parse, tr("bench_spawn wrote a bad result."), path);
    ChildRun r;
    r.exitCode = f[0].toInt();
    r.termSignal = f[1].toInt();
    r.wallSeconds = f[2].toDouble();
    r.userSeconds = f[3].toDouble();
    r.systemSeconds = f[4].toDouble();
    r.peakRssKiB = f[5].toLongLong();
    return r;
}

QString ChildProcess::tail(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > maxBytes)
        file.seek(file.size() - maxBytes);
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace valuator
