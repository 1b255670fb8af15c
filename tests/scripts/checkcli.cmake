# SPDX-License-Identifier: GPL-3.0-or-later
# Runs mengkaart-cli and checks its exit status and output: a user-data error must exit 1 with a
# message on stderr (never crash); a success must exit 0 and print what is expected.
# -DCLI=<path> -DARGS="a;b;c" -DEXPECT_EXIT=<n> -DEXPECT_REGEX=<regex on stdout+stderr>
execute_process(COMMAND ${CLI} ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc STREQUAL EXPECT_EXIT)
    message(FATAL_ERROR "exit status ${rc}, expected ${EXPECT_EXIT}\nstdout: ${out}\nstderr: ${err}")
endif()
if(NOT "${out}${err}" MATCHES "${EXPECT_REGEX}")
    message(FATAL_ERROR "output does not match '${EXPECT_REGEX}'\nstdout: ${out}\nstderr: ${err}")
endif()
if(EXPECT_EXIT STREQUAL "1" AND err STREQUAL "")
    message(FATAL_ERROR "a user-data error must explain itself on stderr")
endif()
