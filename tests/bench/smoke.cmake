# Runs diwan-bench on a small fresh SQLite database and checks that it wrote every operation.
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
execute_process(COMMAND ${BENCH} --database sqlite://${OUT}/bench.db --scale 3000 --repeat 2
                        --out ${OUT}/bench.json
                RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "diwan-bench failed (${rc}): ${errors}")
endif()
file(READ ${OUT}/bench.json json)
foreach(op queue_first_screen queue_deep_jump dashboard_trend search claim_next_32 cold_start
           queue_scroll_memory)
    string(FIND "${json}" "\"${op}\"" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${op} missing from the benchmark results:\n${json}")
    endif()
endforeach()
string(JSON n LENGTH "${json}" operations)
string(JSON rows GET "${json}" operations 1 rows)
if(NOT rows EQUAL 3000)
    message(FATAL_ERROR "the deep jump ran over ${rows} rows, expected the 3000 seeded")
endif()
message(STATUS "bench smoke: ${n} operations\n${output}")
