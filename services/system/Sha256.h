// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct evp_md_ctx_st;

namespace valuator {

/// Incremental SHA-256 through OpenSSL's libcrypto (SHA-NI/AVX2 code paths: ~10x QCryptographicHash here, which
/// matters for hashing every imported file and every stored chunk). The one wrapper of libcrypto in the project.
/// Not thread-safe; one object per thread.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    /// The 32-byte digest; the object is reset afterwards.
    QByteArray result();
    /// Lower-case hex digest (64 characters); the object is reset afterwards.
    QString hexResult();

    /// Lower-case hex SHA-256 of `data`.
    static QString hex(QByteArrayView data);

private:
    evp_md_ctx_st* m_ctx;
};

} // namespace valuator
