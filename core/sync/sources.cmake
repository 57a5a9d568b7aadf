target_sources(terrain_core PRIVATE
    sync/hlc.h sync/hlc.cpp
    sync/repository.h sync/repository.cpp
)
