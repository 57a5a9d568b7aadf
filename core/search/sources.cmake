target_sources(terrain_core PRIVATE
    search/searchindex.h search/searchindex.cpp
    search/peoplesearch.h search/peoplesearch.cpp
)
