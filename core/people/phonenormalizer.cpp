#include "phonenormalizer.h"

#include <QHash>
#include <QMutex>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>

namespace terrain {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneType typeOf(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::MOBILE: return PhoneType::Mobile;
    case PhoneNumberUtil::FIXED_LINE: return PhoneType::Fixed;
    case PhoneNumberUtil::UNKNOWN: return PhoneType::Invalid;
    default: return PhoneType::Other;
    }
}

// Cheap rejection before libphonenumber's regex-heavy parser: a number needs at least
// a few digits, and a text field holding a name or a note should not cost a parse.
bool worthParsing(QStringView text)
{
    int digits = 0;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ++digits;
    }
    return digits >= 3;
}

QString latin1(const char* data, qsizetype size)
{
    return QString::fromLatin1(data, size);
}

// The last digits that never change a number's type (see the class comment).
constexpr int FreeTrailingDigits = 4;
// The cache is cleared past this many blocks: a bound on memory, not a working limit.
constexpr qsizetype MaxCachedBlocks = 500'000;

} // namespace

struct PhoneNormalizer::TypeCache
{
    QMutex mutex;
    QHash<quint64, PhoneType> types;
};

PhoneNormalizer::PhoneNormalizer(QString defaultRegion)
    : m_regionQt(defaultRegion.trimmed().toUpper())
    , m_region(m_regionQt.toStdString())
    , m_cache(std::make_shared<TypeCache>())
{
    if (m_region == "FR")
        m_fastCountryCode = 33;
    else if (m_region == "US" || m_region == "CA")
        m_fastCountryCode = 1;
}

PhoneNormalizer::~PhoneNormalizer() = default;
PhoneNormalizer::PhoneNormalizer(const PhoneNormalizer&) = default;
PhoneNormalizer& PhoneNormalizer::operator=(const PhoneNormalizer&) = default;

NormalizedPhone PhoneNormalizer::normalize(QStringView raw) const
{
    const QStringView text = raw.trimmed();
    NormalizedPhone out;
    if (m_fastCountryCode != 0 && normalizeFast(text, out))
        return out;
    return normalizeWithLibrary(text);
}

// Digits, spaces and the usual separators of the default country only; true when done.
bool PhoneNormalizer::normalizeFast(QStringView text, NormalizedPhone& out) const
{
    char digits[24];
    int n = 0;
    bool plus = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c >= u'0' && c <= u'9') {
            if (n == int(sizeof digits))
                return false;
            digits[n++] = char(c);
        } else if (c == u'+' && n == 0 && !plus) {
            plus = true;
        } else if (c != u' ' && c != u'.' && c != u'-' && c != u'/' && c != u'(' && c != u')' && c != u'\u00a0') {
            return false; // letters, extensions: libphonenumber knows them
        }
    }
    std::string_view number(digits, size_t(n));
    bool national = false; // written without a country code
    int nsnLength = 0;
    if (m_fastCountryCode == 33) {
        if (plus) {
            if (!number.starts_with("33"))
                return false;
            number.remove_prefix(2);
        } else if (number.starts_with("0033")) {
            number.remove_prefix(4);
        } else if (number.starts_with("00")) {
            return false; // another country
        } else {
            national = true;
        }
        if (number.starts_with('0')) // trunk prefix, also in "+33 (0)6..."
            number.remove_prefix(1);
        nsnLength = 9;
    } else {
        if (plus) {
            if (!number.starts_with('1'))
                return false;
            number.remove_prefix(1);
        } else if (number.starts_with("011")) {
            return false; // international call prefix
        } else if (number.size() == 11 && number.starts_with('1')) {
            number.remove_prefix(1);
        }
        nsnLength = 10;
    }
    if (int(number.size()) != nsnLength || number.front() == '0')
        return false;

    quint64 nsn = 0;
    for (const char d : number)
        nsn = nsn * 10 + quint64(d - '0');

    out.raw = text.toString();
    int countryCode = m_fastCountryCode;
    PhoneType type = blockType(countryCode, nsnLength, nsn);
    if (type == PhoneType::Invalid && national && m_fastCountryCode == 33) {
        // The overseas departments, in the order normalizeWithLibrary() tries them
        // (RE and YT share 262).
        for (const int overseas : {262, 590, 596, 594}) {
            type = blockType(overseas, nsnLength, nsn);
            if (type != PhoneType::Invalid) {
                countryCode = overseas;
                break;
            }
        }
    }
    if (type == PhoneType::Invalid)
        return true; // libphonenumber reads these digits the same way: invalid, kept raw

    const QString nsnText = latin1(number.data(), qsizetype(number.size()));
    out.type = type;
    out.e164 = QLatin1Char('+') + QString::number(countryCode) + nsnText;
    // National digits as dialled: the French trunk 0; none in North America.
    out.national = m_fastCountryCode == 33 ? QLatin1Char('0') + nsnText : nsnText;
    return true;
}

PhoneType PhoneNormalizer::blockType(int countryCode, int nsnLength, quint64 nsn) const
{
    quint64 block = nsn;
    for (int i = 0; i < FreeTrailingDigits; ++i)
        block /= 10;
    const quint64 key = (quint64(countryCode) << 52) | (quint64(nsnLength) << 46) | block;
    {
        QMutexLocker lock(&m_cache->mutex);
        const auto it = m_cache->types.constFind(key);
        if (it != m_cache->types.constEnd())
            return *it;
    }
    PhoneNumber phone;
    phone.set_country_code(countryCode);
    phone.set_national_number(nsn);
    const PhoneType type = typeOf(PhoneNumberUtil::GetInstance()->GetNumberType(phone));
    // In North America only the blocks that say "fixed line or mobile" (the United
    // States and Canada) are uniform; a few Caribbean blocks are not.
    if (countryCode != 1 || type == PhoneType::Other) {
        QMutexLocker lock(&m_cache->mutex);
        if (m_cache->types.size() >= MaxCachedBlocks)
            m_cache->types.clear();
        m_cache->types.insert(key, type);
    }
    return type;
}

NormalizedPhone PhoneNormalizer::normalizeWithLibrary(QStringView raw) const
{
    NormalizedPhone out;
    const QStringView text = raw.trimmed();
    out.raw = text.toString();
    if (!worthParsing(text))
        return out;

    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const QByteArray utf8 = text.toUtf8();
    const std::string input(utf8.constData(), size_t(utf8.size()));
    PhoneType type = PhoneType::Invalid;
    // GetNumberType() is UNKNOWN exactly when IsValidNumber() is false: one regex pass, not two.
    const auto parsedIn = [&](const std::string& region) {
        if (util.Parse(input, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
            return false;
        type = typeOf(util.GetNumberType(number));
        return type != PhoneType::Invalid;
    };
    if (!parsedIn(m_region)) {
        // A campaign in metropolitan France meets overseas numbers written nationally
        // ("0692 12 34 56" is a Réunion mobile): same trunk prefix, other country codes.
        static const std::string overseas[] = {"RE", "GP", "MQ", "GF", "YT"};
        if (m_region != "FR" || text.startsWith(QLatin1Char('+'))
            || std::none_of(std::begin(overseas), std::end(overseas), parsedIn))
            return out;
    }

    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    out.e164 = latin1(formatted.data(), qsizetype(formatted.size()));
    // The national format carries the trunk prefix ("06 12 34 56 78"), which is what
    // people type when they search; keep only its digits.
    formatted.clear();
    util.Format(number, PhoneNumberUtil::NATIONAL, &formatted);
    out.national.reserve(qsizetype(formatted.size()));
    for (const char c : formatted) {
        if (c >= '0' && c <= '9')
            out.national += QLatin1Char(c);
    }
    out.type = type;
    return out;
}

QString PhoneNormalizer::typeName(PhoneType type)
{
    switch (type) {
    case PhoneType::Mobile: return QStringLiteral("mobile");
    case PhoneType::Fixed: return QStringLiteral("fixed");
    case PhoneType::Other: return QStringLiteral("other");
    case PhoneType::Invalid: break;
    }
    return QStringLiteral("invalid");
}

} // namespace terrain
