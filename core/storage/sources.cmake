target_sources(terrain_core PRIVATE
    storage/statement.h storage/statement.cpp
    storage/database.h storage/database.cpp
    storage/migrations.h storage/migrations.cpp
    storage/tables.h storage/tables.cpp
    storage/searchschema.h storage/searchschema.cpp
    storage/campaignpaths.h storage/campaignpaths.cpp
)
