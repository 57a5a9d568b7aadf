target_sources(terrain_core PRIVATE
    demo/demogenerator.h demo/demogenerator.cpp
    demo/democommune.h demo/democommune.cpp demo/demohousehold.cpp
    demo/demorandom.h
    demo/demotext.h demo/demotext.cpp
    demo/wordlists.h demo/wordlists.cpp
    demo/democampaign.h demo/democampaign.cpp
)
