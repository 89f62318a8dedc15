# SPDX-License-Identifier: GPL-3.0-or-later
# The build's git revision, recorded with every training run and shown in About.

find_package(Git QUIET)
set(VALUATOR_GIT_REVISION "unknown")
if(GIT_FOUND AND EXISTS "${CMAKE_SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=12 HEAD
        WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" OUTPUT_VARIABLE _rev OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE _rc ERROR_QUIET)
    if(_rc EQUAL 0)
        set(VALUATOR_GIT_REVISION "${_rev}")
    endif()
endif()
configure_file("${CMAKE_SOURCE_DIR}/cmake/BuildInfo.h.in" "${CMAKE_BINARY_DIR}/generated/valuator/BuildInfo.h" @ONLY)
