#pragma once

#include <span>

// Word lists of the demo generator (UTF-8, every character representable in Windows-1252
// so that both encodings of a demo file hold the same text). Internal to core/demo.
namespace terrain::demo {

using Words = std::span<const char* const>;

// A French place of birth: commune and department code ("75", "2A", "974").
struct BirthPlace
{
    const char* commune;
    const char* department;
};

// A place of birth abroad (department "99" in the file).
struct ForeignPlace
{
    const char* city;
    const char* country;
};

// Citizens of another EU country, on the complementary list.
struct EuNationality
{
    const char* nationality; // as written in the file: "Portugaise"
    const char* country;     // "Portugal"
    Words surnames;
    Words maleNames;
    Words femaleNames;
    Words cities;
};

// What a street is named after; each street type accepts some of them.
enum StreetCategory
{
    PersonName,  // "Victor Hugo"
    TitledName,  // "du Général de Gaulle"
    Civic,       // "de la République"
    Landmark,    // "de la Gare"
    Nature,      // "des Lilas"
    DateName,    // "du 8 Mai 1945"
    Destination, // "d'Angers"
    LocalFigure, // "Joseph Cesbron", someone the town remembers
    StreetCategoryCount
};

struct StreetType
{
    const char* name;      // "Rue"
    int weight;            // relative frequency
    unsigned categories;   // bit mask of StreetCategory
};

struct WordLists
{
    Words surnames; // French, most frequent first
    // Given names by birth cohort: before 1945, 1945-1964, 1965-1984, 1985 and after;
    // most frequent first.
    Words femaleNames[4];
    Words maleNames[4];
    Words femaleMiddleNames;
    Words maleMiddleNames;
    std::span<const StreetType> streetTypes;
    Words streetNames[StreetCategoryCount];
    Words lieuxDits;
    Words residences; // "Les Pins" (written "Résidence Les Pins")
    Words pollingPlaces;
    std::span<const BirthPlace> localBirthPlaces; // the department of the default commune (49)
    std::span<const BirthPlace> frenchBirthPlaces;
    std::span<const BirthPlace> overseasBirthPlaces;
    std::span<const ForeignPlace> foreignBirthPlaces;
    std::span<const EuNationality> euNationalities;
    Words emailDomains; // reserved example domains only (RFC 2606)
};

const WordLists& wordLists();

} // namespace terrain::demo
