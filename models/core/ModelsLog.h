// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// Logging categories of the domain core (valuator.models.*).
Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcCsv)
Q_DECLARE_LOGGING_CATEGORY(lcTrain)
