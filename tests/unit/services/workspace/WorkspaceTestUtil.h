// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

/// QVERIFY for a Result/Status that prints the error on failure. Evaluates `expr` once.
#define QVERIFY_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto& result_ = (expr);                                                                                  \
        QVERIFY2(bool(result_), valuator::test::why(result_).constData());                                             \
    } while (false)

namespace valuator::test {

template <class R> QByteArray why(const R& result)
{
    return result ? QByteArray()
                  : (result.error().userMessage + QStringLiteral(" | ") + result.error().detail).toUtf8();
}

/// Everything a failed open must leave untouched: the bytes, the mtime and the folder listing.
struct FileSnapshot {
    QByteArray bytes;
    QDateTime modified;
    QStringList folder;

    static FileSnapshot take(const QString& path)
    {
        QFile file(path);
        FileSnapshot s;
        if (file.open(QIODevice::ReadOnly))
            s.bytes = file.readAll();
        s.modified = QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
        s.folder = QFileInfo(path).dir().entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        return s;
    }
    bool operator==(const FileSnapshot&) const = default;
};

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// POSIX permission bits (e.g. 0600), -1 when unavailable.
inline int fileMode(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

} // namespace valuator::test
