target_sources(terrain_core PRIVATE
    canvass/resultcodes.h canvass/resultcodes.cpp
    canvass/survey.h canvass/survey.cpp
    canvass/contactservice.h canvass/contactservice.cpp
    canvass/entrysession.h canvass/entrysession.cpp
    canvass/phonequeue.h canvass/phonequeue.cpp
    canvass/canvassstats.h canvass/canvassstats.cpp
    canvass/entryfile.h canvass/entryfile.cpp
    canvass/callscripts.h canvass/callscripts.cpp
    canvass/canvassdefaults.h canvass/canvassdefaults.cpp
)
