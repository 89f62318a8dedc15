// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Error.h"

#include <tl/expected.hpp>

namespace valuator {

/// Value or typed Error. Switch to std::expected when the language floor is C++23.
template <class T> using Result = tl::expected<T, Error>;

/// Success or typed Error, for operations without a value.
using Status = tl::expected<void, Error>;

/// Builds the error side of a Result: `return fail(ErrorCode::Parse, tr("..."));`
inline tl::unexpected<Error> fail(ErrorCode code, QString userMessage, QString detail = {})
{
    return tl::unexpected<Error>(Error {code, std::move(userMessage), std::move(detail)});
}

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace valuator
