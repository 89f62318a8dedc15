// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal glue between the tiny JobRunner::start() template and the non-template job machinery. Not an API.

#include "models/core/Result.h"

#include <QPromise>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace valuator {

class JobContext;

namespace detail {

class JobShared;

/// The parts of a QPromise<R> the job machinery needs, without the result type.
class PromiseControl {
public:
    virtual bool isCanceled() const = 0;
    virtual void setProgressRange(int minimum, int maximum) = 0;
    virtual void setProgressValueAndText(int value, const QString& text) = 0;

protected:
    ~PromiseControl() = default;
};

template <class R> class PromiseControlFor final : public PromiseControl {
public:
    explicit PromiseControlFor(QPromise<R>& promise)
        : m_promise(promise)
    {
    }
    bool isCanceled() const override { return m_promise.isCanceled(); }
    void setProgressRange(int minimum, int maximum) override { m_promise.setProgressRange(minimum, maximum); }
    void setProgressValueAndText(int value, const QString& text) override
    {
        m_promise.setProgressValueAndText(value, text);
    }

private:
    QPromise<R>& m_promise;
};

/// Runs `body` with a JobContext on the calling worker thread: skips it when the job was cancelled before it
/// started, turns any exception into an Error (ErrorCode::Unknown, detail = what()), publishes the last progress
/// and records the outcome for the Job. `body` returns the work's error (nullopt = success). Returns the outcome
/// error; when `body` did not return normally this is the Error the caller must deliver. Never throws.
std::optional<Error> runJobBody(const std::shared_ptr<JobShared>& shared, PromiseControl& promise,
    const std::function<std::optional<Error>(JobContext&)>& body) noexcept;

/// The work of one job, run by QtConcurrent on a pool thread. The only code instantiated per result type.
template <class T>
void runJob(QPromise<Result<T>>& promise, const std::shared_ptr<JobShared>& shared,
    const std::function<Result<T>(JobContext&)>& work)
{
    PromiseControlFor<Result<T>> control(promise);
    std::optional<Result<T>> result;
    std::optional<Error> error = runJobBody(shared, control, [&](JobContext& context) -> std::optional<Error> {
        result.emplace(work(context));
        if (result->has_value())
            return std::nullopt;
        return result->error();
    });
    if (!result)
        result.emplace(tl::unexpect, std::move(*error));
    promise.addResult(std::move(*result));
}

template <class R> struct ResultTraits {
    static constexpr bool isResult = false;
};

template <class V> struct ResultTraits<tl::expected<V, Error>> {
    static constexpr bool isResult = true;
    using Value = V;
};

template <class F> struct IsStdFunction : std::false_type {
};

template <class S> struct IsStdFunction<std::function<S>> : std::true_type {
};

} // namespace detail
} // namespace valuator
