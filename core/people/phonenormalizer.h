#pragma once

#include <QString>

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
// Cheap to copy; normalize() is const and thread-safe.
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(QString defaultRegion = QStringLiteral("FR"));

    QString defaultRegion() const { return m_regionQt; }
    NormalizedPhone normalize(QStringView raw) const;

    // "mobile", "fixed", "other", "invalid": the stored form of the type.
    static QString typeName(PhoneType type);

private:
    QString m_regionQt;
    std::string m_region;
};

} // namespace terrain
