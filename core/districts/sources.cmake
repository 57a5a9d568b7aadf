target_sources(terrain_core PRIVATE
    districts/districttree.h districts/districttree.cpp
)
