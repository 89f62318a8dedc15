// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/jobs/JobDetail.h"

#include "services/jobs/JobContext.h"
#include "services/jobs/JobShared.h"
#include "services/system/ServicesLog.h"

#include <QCoreApplication>

#include <exception>

namespace valuator::detail {

namespace {

Error unexpectedFailure(const QString& detail)
{
    return {ErrorCode::Unknown, QCoreApplication::translate("valuator::JobRunner", "The task failed unexpectedly."),
        detail};
}

} // namespace

std::optional<Error> runJobBody(const std::shared_ptr<JobShared>& shared, PromiseControl& promise,
    const std::function<std::optional<Error>(JobContext&)>& body) noexcept
{
    JobContext context(shared, promise);
    std::optional<Error> outcome;
    if (context.isCancelled()) {
        qCDebug(lcJobs) << "Job" << shared->id << "was cancelled before it started";
        outcome = Error::cancelled();
    } else {
        // No exception may leave a QtConcurrent task (STYLE.md §3): catch everything here, once.
        try {
            outcome = body(context);
        } catch (const std::exception& e) {
            outcome = unexpectedFailure(QString::fromLocal8Bit(e.what()));
            qCWarning(lcJobs).noquote() << QStringLiteral("Job %1 threw: %2").arg(shared->id).arg(outcome->detail);
        } catch (...) {
            outcome = unexpectedFailure(QStringLiteral("unknown exception"));
            qCWarning(lcJobs) << "Job" << shared->id << "threw a non-standard exception";
        }
        context.flush();
    }
    shared->setOutcome(outcome);
    return outcome;
}

} // namespace valuator::detail
