// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/import/GeneratedCsv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace valuator {

GeneratedCsv::GeneratedCsv(ChildProcess children, QString python, QString generator, QString dataDir)
    : m_children(std::move(children))
    , m_python(std::move(python))
    , m_generator(std::move(generator))
    , m_dataDir(std::move(dataDir))
{
}

Result<QString> GeneratedCsv::ensure(qint64 rows, int seed, QTextStream& log) const
{
    QFile script(m_generator);
    if (!script.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, QStringLiteral("Cannot read the generator %1").arg(m_generator));
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(script.readAll(), QCryptographicHash::Sha256).toHex().left(8));
    QDir().mkpath(m_dataDir);
    const QString path
        = QStringLiteral("%1/sales-us-seed%2-rows%3-g%4.csv").arg(m_dataDir).arg(seed).arg(rows).arg(hash);
    if (QFileInfo(path).size() > 0)
        return path;
    log << "generating " << path << " ..." << Qt::endl;
    const QString partial = path + QStringLiteral(".partial");
    auto run = m_children.runChecked({{m_python, m_generator, QStringLiteral("--rows"), QString::number(rows),
                                          QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--dialect"),
                                          QStringLiteral("us"), QStringLiteral("--out"), partial},
                                         {}, {}, path + QStringLiteral(".log"), {}},
        QStringLiteral("generate_sales.py"));
    if (!run)
        return fail(run.error());
    if (!QFile::rename(partial, path))
        return fail(ErrorCode::Io, QStringLiteral("Cannot rename %1").arg(partial));
    log << QStringLiteral("generated in %1 s").arg(run->wallSeconds, 0, 'f', 1) << Qt::endl;
    return path;
}

} // namespace valuator
