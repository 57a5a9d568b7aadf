target_sources(terrain_core PRIVATE
    people/addressparser.h people/addressparser.cpp
    people/addresstokens.h people/addresstokens.cpp
    people/phonenormalizer.h people/phonenormalizer.cpp
    people/valuenormalizer.h people/valuenormalizer.cpp
)
