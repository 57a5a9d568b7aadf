target_sources(terrain_core PRIVATE
    people/addressparser.h people/addressparser.cpp
    people/addresstokens.h people/addresstokens.cpp
    people/phonenormalizer.h people/phonenormalizer.cpp
    people/valuenormalizer.h people/valuenormalizer.cpp
    people/campaignstats.h people/campaignstats.cpp
    # The People page: the paged table query and the person panel's edits.
    people/persondetail.h
    people/peoplequery.h people/peoplequery.cpp
    people/personservice.h people/personservice.cpp people/personrecords.cpp
    people/rowjournal.h people/rowjournal.cpp
)
