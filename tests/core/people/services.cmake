# Tests of the People page services (core/people/peoplequery, personservice).
add_executable(peoplesvc_measure /tmp/peoplesvc/measure.cpp)
target_link_libraries(peoplesvc_measure PRIVATE terrain_core)
