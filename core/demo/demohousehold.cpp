#include "democommune.h"

#include "demo/wordlists.h"

#include <algorithm>
#include <cstring>

// The people of one household: who lives together, their names, ages, places of birth and,
// for the campaign columns, their phones and e-mails.
namespace terrain {

namespace {

using demo::wordLists;

// Everyone is 18 to 100 on this day; birth years run from 1926 to 2007.
constexpr int kReferenceYear = 2026;

// The electorate by age group (18-24, then five-year groups up to 95-99).
constexpr int kAgeGroupStart[] = {18, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100};
constexpr int kAgeGroupWeight[] = {70, 80, 85, 85, 85, 90, 90, 90, 85, 80, 75, 55, 40, 25, 10, 3};

int drawAge(DemoRandom& rng, int low, int high)
{
    low = std::clamp(low, 18, 99);
    high = std::clamp(high, low, 99);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const int group = rng.weighted(kAgeGroupWeight);
        const int age = kAgeGroupStart[group] + rng.between(0, kAgeGroupStart[group + 1] - kAgeGroupStart[group] - 1);
        if (age >= low && age <= high)
            return age;
    }
    return rng.between(low, high);
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// A birth date (yyyymmdd) for someone `age` years old (or one more, when born on 1 January)
// on 1 January of the reference year.
qint32 drawBirthDate(DemoRandom& rng, int age)
{
    static constexpr int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int year = kReferenceYear - 1 - age;
    int day = int(rng.below(isLeapYear(year) ? 366 : 365));
    int month = 0;
    while (true) {
        const int length = kMonthDays[month] + (month == 1 && isLeapYear(year) ? 1 : 0);
        if (day < length)
            break;
        day -= length;
        ++month;
    }
    return year * 10000 + (month + 1) * 100 + day + 1;
}

int cohortOf(qint32 birthDate)
{
    const int year = birthDate / 10000;
    return year < 1945 ? 0 : year < 1965 ? 1 : year < 1985 ? 2 : 3;
}

} // namespace

void DemoCommune::addHousehold(HouseholdContext& ctx, int size)
{
    DemoRandom& rng = ctx.rng;
    const auto surname = [&] {
        if (ctx.eu >= 0) {
            const auto& eu = wordLists().euNationalities[size_t(ctx.eu)];
            return quint16(m_euSurnameStart[size_t(ctx.eu)] + rng.below(quint32(eu.surnames.size())));
        }
        // Frequent names first, and a long tail.
        const size_t count = wordLists().surnames.size();
        return quint16(rng.chance(600) ? rng.skewed(count) : int(rng.below(quint32(count))));
    };
    const quint16 family = surname();
    const auto add = [&](char sex, int age, quint16 birthName, bool childAtHome) -> DemoPerson& {
        ctx.people.push_back(makePerson(ctx, sex, age, birthName, childAtHome));
        return ctx.people.back();
    };
    // A woman who took her husband's name: usually his name alone, sometimes both.
    const auto marriedName = [&](DemoPerson& woman) {
        const int r = int(rng.below(100));
        if (r < 85) {
            woman.usageName = family;
        } else if (r < 95) {
            woman.usageName = family;
            woman.usageName2 = woman.birthName;
        }
    };
    // A man and a woman of close ages (or, rarely, two men or two women); returns the
    // woman's age, 0 for a same-sex couple.
    const auto couple = [&](int womanLow, int womanHigh) {
        const int womanAge = drawAge(rng, womanLow, womanHigh);
        const int manAge = std::clamp(womanAge + rng.between(-3, 8), 18, 99);
        if (size == 2 && rng.chance(40)) {
            const char sex = rng.chance(500) ? 'F' : 'M';
            add(sex, manAge, family, false);
            add(sex, womanAge, surname(), false);
            return 0;
        }
        const int marriedPerMille = womanAge >= 50 ? 800 : womanAge >= 35 ? 620 : 300;
        const bool married = rng.chance(marriedPerMille);
        add('M', manAge, family, false);
        DemoPerson& woman = add('F', womanAge, surname(), false);
        if (married)
            marriedName(woman);
        return womanAge;
    };
    const auto children = [&](int count, int motherAge) {
        for (int i = 0; i < count; ++i)
            add(rng.chance(500) ? 'F' : 'M', drawAge(rng, 18, std::min(motherAge - 20, 40)), family, true);
    };

    if (size == 1) {
        const bool female = rng.chance(740);
        const int age = drawAge(rng, 18, 99);
        // Widowed or divorced women often keep their married name.
        if (female && age >= 50 && rng.chance(550)) {
            DemoPerson& woman = add('F', age, surname(), false);
            woman.usageName = family;
        } else {
            add(female ? 'F' : 'M', age, family, false);
        }
        return;
    }

    static constexpr int kPairKinds[] = {78, 12, 5, 5};     // couple, parent and child, siblings, flatmates
    static constexpr int kFamilyKinds[] = {72, 16, 12};     // couple and children, one parent, three generations
    const int kind = size == 2 ? rng.weighted(kPairKinds) : 10 + rng.weighted(kFamilyKinds);
    switch (kind) {
    case 0:
        couple(18, 97);
        break;
    case 1:
    case 11: {
        const bool mother = rng.chance(850);
        const int age = drawAge(rng, 40, 92);
        if (mother && rng.chance(550)) {
            DemoPerson& parent = add('F', age, surname(), false);
            parent.usageName = family;
        } else {
            add(mother ? 'F' : 'M', age, family, false);
        }
        children(size - 1, age);
        break;
    }
    case 2: {
        const int age = drawAge(rng, 18, 40);
        add(rng.chance(500) ? 'F' : 'M', age, family, false);
        add(rng.chance(500) ? 'F' : 'M', std::clamp(age + rng.between(-5, 5), 18, 45), family, false);
        break;
    }
    case 3:
        add(rng.chance(500) ? 'F' : 'M', drawAge(rng, 19, 34), family, false);
        add(rng.chance(500) ? 'F' : 'M', drawAge(rng, 19, 34), surname(), false);
        break;
    case 10:
        children(size - 2, couple(40, 78));
        break;
    default: {
        // His widowed mother (or, less often, father) lives with the couple.
        const int motherAge = couple(40, 68);
        const int elderAge = std::min(99, std::max(motherAge, 45) + rng.between(22, 32));
        if (rng.chance(750)) {
            DemoPerson& elder = add('F', elderAge, surname(), false);
            elder.usageName = family;
        } else {
            add('M', elderAge, family, false);
        }
        children(size - 3, motherAge);
        break;
    }
    }
}

DemoPerson DemoCommune::makePerson(HouseholdContext& ctx, char sex, int age, quint16 birthName, bool childAtHome)
{
    DemoRandom& rng = ctx.rng;
    DemoPerson person;
    person.sex = sex;
    person.birthName = birthName;
    person.birthDate = drawBirthDate(rng, age);
    person.address = ctx.address;
    person.order = m_order++;
    person.nationality = quint8(ctx.eu + 1);

    const auto& lists = wordLists();
    const bool female = sex == 'F';
    if (ctx.eu >= 0) {
        const auto& eu = lists.euNationalities[size_t(ctx.eu)];
        const demo::Words names = female ? eu.femaleNames : eu.maleNames;
        const quint16 start = female ? m_euFemaleStart[size_t(ctx.eu)] : m_euMaleStart[size_t(ctx.eu)];
        const int count = rng.chance(400) ? 2 : 1;
        for (int k = 0; k < count; ++k)
            person.givenNames[k] = quint16(start + rng.below(quint32(names.size())));
        if (count == 2 && person.givenNames[1] == person.givenNames[0])
            person.givenNames[1] = DemoPerson::kNone;
    } else {
        const int cohort = cohortOf(person.birthDate);
        const demo::Words first = female ? lists.femaleNames[cohort] : lists.maleNames[cohort];
        const quint16 firstStart = female ? m_femaleStart[cohort] : m_maleStart[cohort];
        person.givenNames[0] = quint16(firstStart + rng.skewed(first.size()));
        static constexpr int kNameCounts[] = {30, 45, 25};
        const int count = 1 + rng.weighted(kNameCounts);
        const demo::Words middle = female ? lists.femaleMiddleNames : lists.maleMiddleNames;
        const quint16 middleStart = female ? m_femaleMiddleStart : m_maleMiddleStart;
        int named = 1;
        for (int k = 1; k < count; ++k) {
            const quint16 candidate = quint16(middleStart + rng.skewed(middle.size()));
            bool repeated = false;
            for (int j = 0; j < named; ++j)
                repeated = repeated || std::strcmp(m_givenNames[candidate], m_givenNames[person.givenNames[j]]) == 0;
            if (!repeated)
                person.givenNames[named++] = candidate;
        }
    }
    drawBirthPlace(ctx, person, childAtHome);
    drawContacts(ctx, person, age);
    return person;
}

void DemoCommune::drawBirthPlace(HouseholdContext& ctx, DemoPerson& person, bool childAtHome)
{
    DemoRandom& rng = ctx.rng;
    const auto& lists = wordLists();
    if (ctx.eu >= 0 && rng.chance(920)) {
        person.birthPlaceKind = BornEuCountry;
        person.birthPlace = quint16(rng.below(quint32(lists.euNationalities[size_t(ctx.eu)].cities.size())));
        return;
    }
    static constexpr int kChildAtHome[] = {45, 25, 24, 2, 4};
    static constexpr int kAdult[] = {22, 28, 39, 3, 8};
    person.birthPlaceKind = quint8(rng.weighted(childAtHome ? kChildAtHome : kAdult));
    switch (person.birthPlaceKind) {
    case BornLocal:
        person.birthPlace = quint16(rng.below(quint32(lists.localBirthPlaces.size())));
        break;
    case BornFrance:
        person.birthPlace = quint16(rng.below(quint32(lists.frenchBirthPlaces.size())));
        break;
    case BornOverseas:
        person.birthPlace = quint16(rng.below(quint32(lists.overseasBirthPlaces.size())));
        break;
    case BornAbroad:
        person.birthPlace = quint16(rng.below(quint32(lists.foreignBirthPlaces.size())));
        break;
    default:
        break;
    }
}

void DemoCommune::drawContacts(HouseholdContext& ctx, DemoPerson& person, int age)
{
    DemoRandom& rng = ctx.rng;
    static constexpr int kPhoneStyles[] = {45, 25, 10, 10, 5, 5};
    if (rng.chance(300)) {
        // Mobiles mostly; older people more often give the household's landline.
        const bool landline = rng.chance(age >= 65 ? 500 : 220);
        if (landline) {
            if (ctx.landline == 0) {
                // Anjou numbers are 02 41 ..; a few people moved here with another line.
                ctx.landline = rng.chance(850) ? 241000000 + rng.below(1000000)
                                               : quint32(rng.between(1, 5)) * 100000000 + 10000000
                        + rng.below(90000000);
            }
            person.phone = ctx.landline;
        } else {
            // Metropolitan mobile blocks only (0600-0689 but 063x, 073-079): 0639 and 069x
            // belong to the overseas departments, 070-072 are not in use.
            if (rng.chance(700)) {
                quint32 block = 600 + rng.below(90);
                if (block / 10 == 63)
                    block += 10;
                person.phone = block * 1000000u + rng.below(1000000);
            } else {
                person.phone = 730000000u + rng.below(70000000);
            }
        }
        person.phoneStyle = quint8(rng.weighted(kPhoneStyles));
    }
    const int emailPerMille = age < 35 ? 300 : age < 60 ? 220 : 90;
    if (rng.chance(emailPerMille)) {
        static constexpr int kEmailStyles[] = {40, 10, 10, 15, 10, 5, 10};
        static constexpr int kDomains[] = {15, 5, 5, 20, 12, 8, 8, 7, 30, 10};
        person.emailStyle = quint8(1 + rng.weighted(kEmailStyles));
        person.emailDomain = quint8(rng.weighted(kDomains));
        person.emailNumber = quint8(rng.below(100));
    }
}

} // namespace terrain
