// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/learners/XgbError.h"

#include "models/core/ModelsLog.h"

#include <QRegularExpression>

#include <xgboost/c_api.h>

namespace valuator {

namespace {

/// XGBoost calls this from its logger (possibly on an OpenMP thread): it must never throw into C code.
void forwardLog(const char* message) noexcept
{
    try {
        const QString text = QString::fromUtf8(message).trimmed();
        if (text.contains(QLatin1String("WARNING")))
            qCWarning(lcTrain).noquote() << "xgboost:" << text;
        else
            qCDebug(lcTrain).noquote() << "xgboost:" << text;
    } catch (...) {
        // Logging is best effort; swallowing here keeps the exception out of XGBoost's C frames.
    }
}

} // namespace

QString XgbError::userLine(const QString& raw)
{
    QString line = raw.section(QLatin1Char('\n'), 0, 0).trimmed();
    // "[21:37:03] ./src/data/data.cc:461: Check failed: valid: Label contains NaN" -> the part after the location.
    static const QRegularExpression prefix(QStringLiteral("^\\[\\d\\d:\\d\\d:\\d\\d\\]\\s+\\S+:\\d+:\\s*"));
    line.remove(prefix);
    static const QRegularExpression check(QStringLiteral("^Check failed: [^:]*:\\s*"));
    line.remove(check);
    return line.isEmpty() ? raw.trimmed() : line;
}

Error XgbError::last(const char* call, ErrorCode code)
{
    const char* message = XGBGetLastError();
    const QString raw = message ? QString::fromUtf8(message) : QString();
    const QString line = userLine(raw);
    return Error {code, tr("The XGBoost library reported an error: %1").arg(line),
        QStringLiteral("%1 failed: %2").arg(QLatin1String(call), raw.trimmed())};
}

Status XgbError::check(int rc, const char* call, ErrorCode code)
{
    if (rc == 0)
        return {};
    return fail(last(call, code));
}

void XgbError::installLogCallback()
{
    thread_local bool installed = false;
    if (!installed)
        installed = XGBRegisterLogCallback(&forwardLog) == 0;
}

} // namespace valuator
