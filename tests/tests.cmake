# Unit tests (Criterion, one executable per tests/unit/test_<file>.c) and script tests
# (one ctest per folder of tests/scripts, plus examples/).
find_library(CRITERION_LIB criterion)
if(MN_UNIT_TESTS AND CRITERION_LIB)
    file(GLOB MN_UNIT_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/test_*.c)
    foreach(src ${MN_UNIT_SRC})
        get_filename_component(name ${src} NAME_WE)
        add_executable(${name} ${src} ${CMAKE_SOURCE_DIR}/tests/unit/util.c)
        target_link_libraries(${name} PRIVATE mnemo_core ${CRITERION_LIB})
        add_test(NAME unit_${name} COMMAND ${name} --jobs 1)
    endforeach()
endif()

file(GLOB MN_SCRIPT_AREAS LIST_DIRECTORIES true ${CMAKE_SOURCE_DIR}/tests/scripts/*)
foreach(area ${MN_SCRIPT_AREAS})
    if(IS_DIRECTORY ${area})
        get_filename_component(name ${area} NAME)
        add_test(NAME scripts_${name}
                 COMMAND ${CMAKE_SOURCE_DIR}/tests/run_scripts.sh $<TARGET_FILE:mnemo> ${area})
    endif()
endforeach()
add_test(NAME examples
         COMMAND ${CMAKE_SOURCE_DIR}/tests/run_scripts.sh $<TARGET_FILE:mnemo>
                 ${CMAKE_SOURCE_DIR}/examples)
add_test(NAME cli COMMAND ${CMAKE_SOURCE_DIR}/tests/run_cli.sh $<TARGET_FILE:mnemo>)
add_test(NAME repl COMMAND ${CMAKE_SOURCE_DIR}/tests/run_repl.sh $<TARGET_FILE:mnemo>)
