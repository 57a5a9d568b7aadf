# The services of the People page: the paged table query and the person panel's edits.
target_sources(terrain_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/persondetail.h
    ${CMAKE_CURRENT_LIST_DIR}/peoplequery.h ${CMAKE_CURRENT_LIST_DIR}/peoplequery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/personservice.h ${CMAKE_CURRENT_LIST_DIR}/personservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/personrecords.cpp
)
