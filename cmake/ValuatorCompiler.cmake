# SPDX-License-Identifier: GPL-3.0-or-later
# Compiler settings shared by every target.

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(VALUATOR_CCACHE ccache)
if(VALUATOR_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${VALUATOR_CCACHE}")
endif()

add_library(valuator_warnings INTERFACE)
if(MSVC)
    target_compile_options(valuator_warnings INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(valuator_warnings INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
endif()
target_compile_definitions(valuator_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
