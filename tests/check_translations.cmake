# Runs lupdate over today's sources into copies of the Linguist files and fails when a string
# the program shows has no finished translation there (new or changed text nobody translated).
# -DLUPDATE=path -DSOURCES=file listing the sources -DTS_DIR=translations/ -DOUT=scratch folder
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
set(failed "")
foreach(language ar en)
    configure_file("${TS_DIR}/diwan_${language}.ts" "${OUT}/diwan_${language}.ts" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" -silent -locations none "@${SOURCES}"
                            -ts "${OUT}/diwan_${language}.ts"
                    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT code EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${code}): ${out}${err}")
    endif()
    file(STRINGS "${OUT}/diwan_${language}.ts" lines)
    set(source "")
    foreach(line IN LISTS lines)
        if(line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "type=\"unfinished\"")
            list(APPEND failed "diwan_${language}.ts: ${source}")
        endif()
    endforeach()
endforeach()
if(failed)
    list(JOIN failed "\n  " text)
    message(FATAL_ERROR "Strings the program shows that are not translated (add them to "
                        "translations/pending/*.tsv, run the update_translations target and "
                        "translations/apply_pending.py):\n  ${text}")
endif()
message(STATUS "every string of the sources is translated in Arabic and English")
