# SPDX-License-Identifier: GPL-3.0-or-later
# Every third-party dependency is found here, once.

# PrintSupport must be found before QCustomPlot.
# Svg: charts export as SVG drawings (QSvgGenerator), besides PNG and PDF.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets PrintSupport Svg Network Concurrent Test LinguistTools)
find_package(QCustomPlotQt6 REQUIRED)

find_package(SQLite3 REQUIRED)
find_package(CURL REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto) # SHA-256 of imported files and stored chunks (services/system/Sha256)
find_package(tl-expected REQUIRED)

# XGBoost: Debian's config file needs the `xgboost` CLI package; import the library by hand so a missing CLI
# does not break the build, and so Windows/macOS builds can point XGBOOST_ROOT anywhere.
find_path(XGBOOST_INCLUDE_DIR xgboost/c_api.h REQUIRED)
find_library(XGBOOST_LIBRARY NAMES xgboost REQUIRED)
if(NOT TARGET valuator::xgboost)
    add_library(valuator::xgboost UNKNOWN IMPORTED)
    set_target_properties(valuator::xgboost PROPERTIES
        IMPORTED_LOCATION "${XGBOOST_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${XGBOOST_INCLUDE_DIR}")
endif()

# yaml-cpp parses data contracts (a pure byte-to-value step, so it may live in models/). Newer yaml-cpp exports
# yaml-cpp::yaml-cpp, Debian 12's 0.7 a plain yaml-cpp target.
find_package(yaml-cpp REQUIRED)
if(TARGET yaml-cpp::yaml-cpp)
    set(VALUATOR_YAML_TARGET yaml-cpp::yaml-cpp)
else()
    set(VALUATOR_YAML_TARGET yaml-cpp)
endif()

# Eigen solves the ridge regression (Cholesky/LDLT on the normal equations), header-only.
find_package(Eigen3 3.3 REQUIRED NO_MODULE)
