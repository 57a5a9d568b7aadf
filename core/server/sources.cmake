target_sources(terrain_core PRIVATE
    server/serverstore.h server/serverstore.cpp
    server/serverconnection.h server/serverconnection.cpp
    server/sqliteconnection.cpp server/postgresconnection.cpp
    server/serveraccounts.h server/serveraccounts.cpp
    server/syncservice.h server/syncservice.cpp
    server/httpserver.h server/httpserver.cpp
)
