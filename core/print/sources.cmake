target_sources(terrain_core PRIVATE
    print/sheetdata.h print/sheetdata.cpp
    print/sheetgeometry.h print/sheetgeometry.cpp
    print/walksheetrenderer.h print/walksheetrenderer.cpp
)
