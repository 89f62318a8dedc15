// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/table/Column.h"

#include <QByteArray>
#include <QCoreApplication>

namespace valuator {

/// Binary encoding of one column chunk, as stored in the workspace (dataset_chunks.data). Little-endian:
/// header {u32 magic "VCC1", u8 type, u8 code width, u16 reserved, u32 rows} then the payload:
/// Float64/Int64 rows×8 bytes, Date rows×4, Text {dictionary, rows codes+1 (0 = null)},
/// TextList {dictionary, u32 token count, rows+1 u32 offsets, token codes}. A dictionary is {u32 n, n × (u32
/// length, UTF-8 bytes)}. Codes use 1, 2 or 4 bytes, the smallest that fits the chunk's dictionary.
class ColumnCodec {
    Q_DECLARE_TR_FUNCTIONS(ColumnCodec)
public:
    static QByteArray encode(const Column& column);
    /// Appends the chunk's rows to `into` (same type), re-mapping dictionary codes. Validates every length and
    /// code, so a corrupt blob is an ErrorCode::Integrity error, never a crash.
    static Status decodeAppend(QByteArrayView blob, Column& into);
    /// Type and row count from a blob header without decoding it.
    static Result<std::pair<ColumnType, int64_t>> peek(QByteArrayView blob);
};

} // namespace valuator
