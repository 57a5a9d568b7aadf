#include "phonenormalizer.h"

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

} // namespace

PhoneNormalizer::PhoneNormalizer(QString defaultRegion)
    : m_regionQt(defaultRegion.trimmed().toUpper())
    , m_region(m_regionQt.toStdString())
{
}

NormalizedPhone PhoneNormalizer::normalize(QStringView raw) const
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
    const auto parsedIn = [&](const std::string& region) {
        return util.Parse(input, region, &number) == PhoneNumberUtil::NO_PARSING_ERROR && util.IsValidNumber(number);
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
    out.e164 = QString::fromStdString(formatted);
    // The national format carries the trunk prefix ("06 12 34 56 78"), which is what
    // people type when they search; keep only its digits.
    formatted.clear();
    util.Format(number, PhoneNumberUtil::NATIONAL, &formatted);
    out.national.reserve(int(formatted.size()));
    for (const char c : formatted) {
        if (c >= '0' && c <= '9')
            out.national += QLatin1Char(c);
    }
    out.type = typeOf(util.GetNumberType(number));
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
