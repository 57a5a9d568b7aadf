target_sources(terrain_core PRIVATE
    sync/hlc.h sync/hlc.cpp
    sync/repository.h sync/repository.cpp
    sync/gzip.h sync/gzip.cpp
    sync/syncrow.h sync/syncrow.cpp
    sync/jsontext.h sync/jsontext.cpp
    sync/pagerow.h sync/pagerow.cpp
    sync/pagecodec.h sync/pagecodec_p.h sync/pagecodec.cpp sync/pagedecoder.cpp
    sync/synclocalstore.h sync/synclocalstore.cpp sync/synclocalread.cpp
    sync/listcodesettle.h sync/listcodesettle.cpp
    sync/synctransport.h
    sync/httpsynctransport.h sync/httpsynctransport.cpp
    sync/syncclient.h sync/syncclient.cpp
    sync/syncstatus.h sync/syncstatus.cpp
)
