target_sources(terrain_core PRIVATE
    importing/textencoding.h importing/textencoding.cpp
    importing/csvdialect.h importing/csvdialect.cpp
    importing/csvreader.h importing/csvreader.cpp
)
