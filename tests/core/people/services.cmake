# Tests of the People page services (core/people/peoplequery, personservice).
terrain_add_test(tst_peoplequery SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_peoplequery.cpp)
terrain_add_test(tst_personservice SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_personservice.cpp)
add_executable(peoplesvc_measure /tmp/peoplesvc/measure.cpp)
target_link_libraries(peoplesvc_measure PRIVATE terrain_core)
add_executable(peoplesvc_parse /tmp/peoplesvc/parse.cpp)
target_link_libraries(peoplesvc_parse PRIVATE terrain_core)
