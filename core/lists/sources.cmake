target_sources(terrain_core PRIVATE
    lists/segmentfilter.h lists/segmentfilter.cpp lists/segmentsql.cpp
    lists/segmentservice.h lists/segmentservice.cpp
    lists/segmentcounter.h lists/segmentcounter.cpp
    lists/turfcutter.h lists/turfcutter.cpp lists/walkdoorreader.h lists/walkdoorreader.cpp
    lists/listcode.h lists/listcode.cpp lists/streetpicks.h lists/streetpicks.cpp
    lists/listsheet.h
    lists/listservice.h lists/listservice.cpp lists/listprintable.cpp
    lists/listprint.h lists/listprint.cpp
)
