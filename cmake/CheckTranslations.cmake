# SPDX-License-Identifier: GPL-3.0-or-later
# ctest script: fails when a translation is missing. Runs lupdate over the source tree into copies of the .ts
# files (so strings added to the code but not yet to the .ts count too) and looks for unfinished entries.
# Inputs: LUPDATE, SOURCE_DIR, WORK_DIR, TS_FILES (;-list).
cmake_policy(SET CMP0007 NEW)
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    set(plural_only)
    if(name MATCHES "_en\\.ts$")
        set(plural_only -pluralonly) # English only needs the plural forms
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h ${plural_only} -I "${SOURCE_DIR}"
            "${SOURCE_DIR}/models" "${SOURCE_DIR}/services" "${SOURCE_DIR}/widgets" "${SOURCE_DIR}/app" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${name}: ${err}")
    endif()
    file(READ "${copy}" text)
    string(REPLACE ";" "," text "${text}") # ';' would split CMake lists
    string(REGEX MATCHALL "<source>[^<]*</source>[ \r\n\t]*(<comment>[^<]*</comment>[ \r\n\t]*)?<translation type=\"unfinished\"" missing "${text}")
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${text}")
    list(LENGTH unfinished unfinishedCount)
    list(LENGTH missing count)
    string(REGEX MATCHALL "<message" messages "${text}")
    list(LENGTH messages total)
    if(unfinishedCount GREATER 0)
        set(failed TRUE)
        message("${name}: ${unfinishedCount} of ${total} strings untranslated, e.g.:")
        list(SUBLIST missing 0 10 first)
        foreach(m IN LISTS first)
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" src "${m}")
            message("  ${src}")
        endforeach()
        message("Run 'cmake --build build/dev --target update_translations' and translate them (Qt Linguist).")
    else()
        message("${name}: all ${total} strings translated")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations incomplete")
endif()
