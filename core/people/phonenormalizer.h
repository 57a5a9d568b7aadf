#pragma once

#include <QString>

#include <memory>
#include <string>

namespace terrain {

enum class PhoneType
{
    Mobile,
    Fixed,
    Other,   // valid, but libphonenumber cannot tell (fixed line or mobile, VoIP, toll free...)
    Invalid, // kept raw and flagged
};

struct NormalizedPhone
{
    QString e164;     // "+33612345678"; empty when invalid
    QString raw;      // the input, trimmed
    QString national; // national digits for search ("0612345678"); empty when invalid
    PhoneType type = PhoneType::Invalid;

    bool isValid() const { return type != PhoneType::Invalid; }
};

// Normalises phone numbers to E.164 with libphonenumber. Numbers written without a country
// code are read in the default region; with FR, a national number that is not valid in
// metropolitan France is tried in the overseas departments (RE, GP, MQ, GF, YT), whose
// numbers are written the same way ("0692 12 34 56" -> +262692123456). A campaign overseas
// sets its own region ("RE"): "0262..." is then a Réunion number, not a Breton one.
//
// libphonenumber takes some 50 µs a number (ICU regular expressions), too slow for an
// import of a million rows. For the plans of France and North America, digits-only
// numbers of the default country are read by hand, and their type is asked of
// libphonenumber once per number block: the type depends on the number without its last
// four digits. That was checked over the whole plans (three numbers in each of the 10^5
// blocks of France and of its overseas departments, and of the 10^6 North American
// blocks); it holds except for a few Caribbean blocks, so in North America only "fixed
// line or mobile" blocks (the United States and Canada) are cached. Anything else
// (letters, extensions, other countries) goes through libphonenumber's parser.
//
// Copies share the block cache. normalize() is const and thread-safe.
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(QString defaultRegion = QStringLiteral("FR"));
    ~PhoneNormalizer();
    PhoneNormalizer(const PhoneNormalizer&);
    PhoneNormalizer& operator=(const PhoneNormalizer&);

    QString defaultRegion() const { return m_regionQt; }
    NormalizedPhone normalize(QStringView raw) const;
    // The same, through libphonenumber alone: the reference the fast path is tested against.
    NormalizedPhone normalizeWithLibrary(QStringView raw) const;

    // "mobile", "fixed", "other", "invalid": the stored form of the type.
    static QString typeName(PhoneType type);

private:
    struct TypeCache;
    bool normalizeFast(QStringView text, NormalizedPhone& out) const;
    PhoneType blockType(int countryCode, int nsnLength, quint64 nsn) const;

    QString m_regionQt;
    std::string m_region;
    int m_fastCountryCode = 0; // 33 or 1 when the default region's plan is read by hand
    std::shared_ptr<TypeCache> m_cache;
};

} // namespace terrain
