// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/FileByteSource.h"

#include "services/system/Sha256.h"

#include <QFileInfo>

namespace valuator {
namespace {

Error openError(const QString& path, const QFile& file)
{
    if (!QFileInfo::exists(path))
        return {ErrorCode::NotFound, FileByteSource::tr("The file '%1' does not exist.").arg(path), {}};
    if (QFileInfo(path).isDir())
        return {ErrorCode::Io, FileByteSource::tr("'%1' is a folder, not a file.").arg(path), {}};
    return {ErrorCode::Io, FileByteSource::tr("Cannot open '%1': %2").arg(path, file.errorString()), {}};
}

} // namespace

FileByteSource::FileByteSource(const QString& path)
    : m_file(path)
{
}

Result<std::unique_ptr<FileByteSource>> FileByteSource::open(const QString& path)
{
    std::unique_ptr<FileByteSource> source(new FileByteSource(path));
    if (!source->m_file.open(QIODevice::ReadOnly))
        return fail(openError(path, source->m_file));
    source->m_size = source->m_file.size();
    return source;
}

qint64 FileByteSource::read(char* buffer, qint64 maxBytes)
{
    return m_file.read(buffer, maxBytes);
}

Result<QByteArray> FileByteSource::head(const QString& path, qint64 maxBytes, bool* isWholeFile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(openError(path, file));
    QByteArray bytes = file.read(maxBytes);
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io, tr("Cannot read '%1': %2").arg(path, file.errorString()));
    if (isWholeFile)
        *isWholeFile = file.atEnd();
    return bytes;
}

Result<QString> FileByteSource::sha256(const QString& path, const std::function<bool()>& cancelled)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(openError(path, file));
    Sha256 hash;
    QByteArray block(1 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return fail(ErrorCode::Io, tr("Cannot read '%1': %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        if (cancelled && cancelled())
            return fail(Error::cancelled());
    }
    return hash.hexResult();
}

} // namespace valuator
