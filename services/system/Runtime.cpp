// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/system/Runtime.h"

#include "models/core/ModelsLog.h"

#include <QtGlobal>

#include <curl/curl.h>
#include <xgboost/c_api.h>

namespace valuator {
namespace {

void xgboostLog(const char* message)
{
    qCDebug(lcTrain, "xgboost: %s", message);
}

} // namespace

RuntimeGuard::RuntimeGuard()
{
    // Must be set before OpenMP's runtime starts its threads (first XGBoost call).
    if (!qEnvironmentVariableIsSet("OMP_WAIT_POLICY"))
        qputenv("OMP_WAIT_POLICY", "passive");
    curl_global_init(CURL_GLOBAL_DEFAULT);
    XGBRegisterLogCallback(&xgboostLog);
}

RuntimeGuard::~RuntimeGuard()
{
    curl_global_cleanup();
}

} // namespace valuator
