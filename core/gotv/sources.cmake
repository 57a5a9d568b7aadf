target_sources(terrain_core PRIVATE
    gotv/chaselist.cpp gotv/chaselist.h
    gotv/electionservice.cpp gotv/electionservice.h
    gotv/gotvdashboard.cpp gotv/gotvdashboard.h
    gotv/votemarker.cpp gotv/votemarker.h
)
