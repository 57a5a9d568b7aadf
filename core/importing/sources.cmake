target_sources(terrain_core PRIVATE
    importing/textencoding.h importing/textencoding.cpp
    importing/csvdialect.h importing/csvdialect.cpp
    importing/csvreader.h importing/csvreader.cpp
    importing/importfield.h importing/importfield.cpp
    importing/importprofile.h importing/importprofile.cpp
    importing/rownormalizer.h importing/rownormalizer.cpp
    importing/importer.h importing/importer.cpp
    importing/importsession.h importing/importsession.cpp
    importing/batchqueue.h
)
