target_sources(terrain_core PRIVATE
    util/result.h
    util/logging.h util/logging.cpp
    util/uuid.h util/uuid.cpp
    util/textfold.h util/textfold.cpp
    util/memory.h util/memory.cpp
)
