// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/csv/ByteSource.h"

#include <QFile>

namespace valuator {

/// A ByteSource over a file (also Qt resource paths such as ":/demo/demo-sales.csv").
class FileByteSource : public ByteSource {
    Q_DECLARE_TR_FUNCTIONS(FileByteSource)
public:
    static Result<std::unique_ptr<FileByteSource>> open(const QString& path);

    qint64 read(char* buffer, qint64 maxBytes) override;
    qint64 size() const override { return m_size; }
    QString errorString() const override { return m_file.errorString(); }

    /// Reads up to `maxBytes` from the start of `path` (for the preview). `isWholeFile` tells whether that was all.
    static Result<QByteArray> head(const QString& path, qint64 maxBytes, bool* isWholeFile);
    /// Lower-case hex SHA-256 of the whole file, streamed (bounded memory). Checks `cancelled` between blocks.
    static Result<QString> sha256(const QString& path, const std::function<bool()>& cancelled = {});

private:
    explicit FileByteSource(const QString& path);
    QFile m_file;
    qint64 m_size = -1;
};

} // namespace valuator
