#pragma once

#include "demo/demorandom.h"

#include <QtGlobal>

#include <cstdint>
#include <string>
#include <vector>

// Internal to core/demo: the invented commune behind a demo voter file.
namespace terrain {

struct DemoOptions;

// One household's door: a numbered address on a street (with an optional building and
// unit) or a lieu-dit.
struct DemoAddress
{
    enum Suffix : quint8
    {
        NoSuffix,
        Bis,
        Ter,
        LetterB, // "12B"
        Range,   // "12-14"
    };
    enum UnitStyle : quint8
    {
        Apt,
        Appt,
        Appartement,
        Porte,
        Logement,
    };

    qint32 street = -1;
    qint32 number = 0; // 0: no number (lieu-dit)
    quint8 suffix = NoSuffix;
    quint8 unitStyle = Apt;
    qint16 residence = -1; // index in the residence names, -1 for none
    char building = 0;     // 'A'.. for "Bât A", 0 for none
    quint8 staircase = 0;  // "Esc 2", 0 for none
    qint16 unit = 0;       // apartment number, 0 for none
};

// One voter, compact: text lives in DemoCommune's tables and is spelled out when written.
struct DemoPerson
{
    static constexpr quint16 kNone = 0xFFFF;

    quint16 birthName = kNone;
    quint16 usageName = kNone;  // nom d'usage, kNone when the voter has none
    quint16 usageName2 = kNone; // second part of a double usage name ("Martin-Durand")
    quint16 givenNames[3] = {kNone, kNone, kNone};
    char sex = 'F';
    quint8 nationality = 0;    // 0: French, else 1 + index in the EU nationalities (LCE list)
    quint8 birthPlaceKind = 0; // see DemoCommune::BirthPlaceKind
    quint16 birthPlace = 0;
    qint32 birthDate = 0; // yyyymmdd
    quint32 address = 0;  // index in the bureau's addresses
    quint32 order = 0;    // generation order, the last sort key
    // Campaign columns, drawn whatever the options so that the voters do not depend on them.
    quint32 phone = 0;       // the 9 digits after the leading 0, 0 for none
    quint8 phoneStyle = 0;
    quint8 emailStyle = 0; // 0: none
    quint8 emailDomain = 0;
    quint8 emailNumber = 0;
};

class DemoCommune
{
public:
    enum BirthPlaceKind : quint8
    {
        BornHere,
        BornLocal,
        BornFrance,
        BornOverseas,
        BornAbroad,
        BornEuCountry, // a city of the voter's EU nationality
    };

    struct Street
    {
        int type = -1; // index in the street types, -1 for a lieu-dit
        std::string name; // LibelleVoie, or the lieu-dit
        int target = 0;   // voters living there
        // Walking state while households are placed, kept across the bureaux of a long street.
        int lastNumber = 0;
        quint8 lastSuffix = DemoAddress::NoSuffix;
    };

    struct Segment
    {
        int street;
        int voters;
    };

    explicit DemoCommune(const DemoOptions& options);

    int bureauCount() const { return int(m_bureauSegments.size()); }
    int streetCount() const;
    const std::vector<Street>& streets() const { return m_streets; }
    const std::vector<Segment>& segments(int bureau) const { return m_bureauSegments[size_t(bureau)]; }

    // Generates the voters of one bureau (bureaux in order, each once: long streets carry
    // their numbering from one bureau to the next), sorted as the list is: by birth name,
    // given names and birth date. Returns the number of households.
    qint64 generateBureau(int bureau, std::vector<DemoPerson>& people, std::vector<DemoAddress>& addresses);

    // Text tables the compact records point into (UTF-8).
    const std::vector<const char*>& surnames() const { return m_surnames; }
    const std::vector<const char*>& givenNames() const { return m_givenNames; }

private:
    struct HouseholdContext
    {
        DemoRandom& rng;
        std::vector<DemoPerson>& people;
        quint32 address = 0;
        int eu = -1;          // index of the EU nationality, -1 for French
        quint32 landline = 0; // shared by the household, drawn when first needed
    };


    void planStreets(int voters, DemoRandom& rng);
    void planBureaux(int voters, int bureaux, DemoRandom& rng);
    DemoAddress nextAddress(int street, DemoRandom& rng);
    void addHousehold(HouseholdContext& ctx, int size);
    DemoPerson makePerson(HouseholdContext& ctx, char sex, int age, quint16 birthName, bool childAtHome);
    void drawBirthPlace(HouseholdContext& ctx, DemoPerson& person, bool childAtHome);
    void drawContacts(HouseholdContext& ctx, DemoPerson& person, int age);

    DemoRandom m_rng;
    int m_buildingPerMille = 0;
    int m_maxUnits = 0;
    std::vector<Street> m_streets;
    std::vector<std::vector<Segment>> m_bureauSegments;
    std::vector<const char*> m_surnames;
    std::vector<const char*> m_givenNames;
    std::vector<quint32> m_surnameRank;
    std::vector<quint32> m_givenRank;
    // Where each list starts in the tables above.
    quint16 m_femaleStart[4] = {};
    quint16 m_maleStart[4] = {};
    quint16 m_femaleMiddleStart = 0;
    quint16 m_maleMiddleStart = 0;
    std::vector<quint16> m_euSurnameStart;
    std::vector<quint16> m_euMaleStart;
    std::vector<quint16> m_euFemaleStart;
    quint32 m_order = 0;
};

} // namespace terrain
