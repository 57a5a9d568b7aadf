#include "segmentfilter.h"

#include "util/textfold.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <array>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::SegmentFilter", text);
}

using Kind = SegmentFilter::Kind;

struct KeyName
{
    Kind kind;
    const char* key;
};

constexpr std::array<KeyName, 19> kKeys{{
    {Kind::All, "and"},
    {Kind::Any, "or"},
    {Kind::Not, "not"},
    {Kind::Districts, "districts"},
    {Kind::Bureaux, "bureaux"},
    {Kind::Streets, "streets"},
    {Kind::Age, "age"},
    {Kind::Sex, "sex"},
    {Kind::Support, "support"},
    {Kind::Tags, "tags"},
    {Kind::PersonStatus, "status"},
    {Kind::HasPhone, "hasPhone"},
    {Kind::HasMobile, "hasMobile"},
    {Kind::HasEmail, "hasEmail"},
    {Kind::ContactedSince, "contactedSince"},
    {Kind::NotContactedSince, "notContactedSince"},
    {Kind::LastResult, "lastResult"},
    {Kind::Voted, "voted"},
    {Kind::NotVoted, "notVoted"},
}};

QString keyOf(Kind kind)
{
    for (const KeyName& k : kKeys) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<Kind> kindOf(const QString& key)
{
    for (const KeyName& k : kKeys) {
        if (key == QLatin1StringView(k.key))
            return k.kind;
    }
    return std::nullopt;
}

// CNIL: no targeting by place of birth, nationality or surname. Keys are compared folded,
// without separators, so "lieu_de_naissance", "PlaceOfBirth" and "Nationalité" are all caught.
bool isForbiddenKey(const QString& key)
{
    QString folded;
    for (QChar c : foldText(key)) {
        if (c.isLetterOrNumber())
            folded += c;
    }
    static const std::array<QLatin1StringView, 16> parts{
        QLatin1StringView("birthplace"), QLatin1StringView("placeofbirth"), QLatin1StringView("naissance"),
        QLatin1StringView("countryofbirth"), QLatin1StringView("birthcountry"), QLatin1StringView("nationalit"),
        QLatin1StringView("citizenship"), QLatin1StringView("surname"), QLatin1StringView("lastname"),
        QLatin1StringView("familyname"), QLatin1StringView("birthname"), QLatin1StringView("usagename"),
        QLatin1StringView("nomdusage"), QLatin1StringView("consonance"), QLatin1StringView("ethnic"),
        QLatin1StringView("origin")};
    for (QLatin1StringView part : parts) {
        if (folded.contains(part))
            return true;
    }
    static const std::array<QLatin1StringView, 4> whole{QLatin1StringView("name"), QLatin1StringView("nom"),
                                                        QLatin1StringView("names"), QLatin1StringView("noms")};
    for (QLatin1StringView word : whole) {
        if (folded == word)
            return true;
    }
    return false;
}

Error invalid(const QString& message)
{
    return makeError(QStringLiteral("segment.invalid"), message);
}

Result<QStringList> stringList(const QString& key, const QJsonValue& value)
{
    QJsonArray array;
    if (value.isString())
        array.append(value);
    else if (value.isArray())
        array = value.toArray();
    else
        return invalid(tr("“%1” takes a list of texts.").arg(key));
    QStringList out;
    for (const QJsonValue& item : array) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return invalid(tr("“%1” takes a list of texts.").arg(key));
        out << item.toString().trimmed();
    }
    if (out.isEmpty())
        return invalid(tr("“%1” needs at least one value.").arg(key));
    return out;
}

Result<QDate> isoDate(const QString& key, const QJsonValue& value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !date.isValid())
        return invalid(tr("“%1” takes a date written YYYY-MM-DD.").arg(key));
    return date;
}

Result<SegmentFilter> parseCondition(const QString& key, const QJsonValue& value);

Result<SegmentFilter> parseObject(const QJsonObject& object)
{
    if (object.size() == 1)
        return parseCondition(object.begin().key(), object.begin().value());
    std::vector<SegmentFilter> children;
    for (auto it = object.begin(); it != object.end(); ++it) {
        auto child = parseCondition(it.key(), it.value());
        if (!child)
            return child.error();
        children.push_back(std::move(*child));
    }
    return SegmentFilter::all(std::move(children));
}

Result<SegmentFilter> parseCondition(const QString& key, const QJsonValue& value)
{
    if (isForbiddenKey(key))
        return makeError(QStringLiteral("segment.forbidden"),
                         tr("Segments cannot use “%1”: the law (CNIL) forbids targeting voters by place of birth, "
                            "nationality or surname.")
                             .arg(key));
    const std::optional<Kind> kind = kindOf(key);
    if (!kind)
        return invalid(tr("Unknown segment condition “%1”.").arg(key));

    switch (*kind) {
    case Kind::All:
    case Kind::Any: {
        if (!value.isArray())
            return invalid(tr("“%1” takes a list of conditions.").arg(key));
        std::vector<SegmentFilter> children;
        for (const QJsonValue& item : value.toArray()) {
            auto child = SegmentFilter::fromJsonValue(item);
            if (!child)
                return child.error();
            children.push_back(std::move(*child));
        }
        return *kind == Kind::All ? SegmentFilter::all(std::move(children)) : SegmentFilter::any(std::move(children));
    }
    case Kind::Not: {
        auto child = SegmentFilter::fromJsonValue(value);
        if (!child)
            return child.error();
        return SegmentFilter::negate(std::move(*child));
    }
    case Kind::Districts:
    case Kind::Bureaux:
    case Kind::Streets:
    case Kind::Sex:
    case Kind::Tags:
    case Kind::PersonStatus:
    case Kind::LastResult: {
        auto values = stringList(key, value);
        if (!values)
            return values.error();
        if (*kind == Kind::Sex) {
            for (QString& sex : *values) {
                sex = sex.toUpper();
                if (sex != u"F" && sex != u"M")
                    return invalid(tr("“sex” takes “F” or “M”."));
            }
        }
        if (*kind == Kind::PersonStatus) {
            static const QStringList known{QStringLiteral("active"), QStringLiteral("moved"),
                                           QStringLiteral("deceased"), QStringLiteral("left")};
            for (const QString& status : *values) {
                if (!known.contains(status))
                    return invalid(tr("Unknown person status “%1” (active, moved, deceased, left).").arg(status));
            }
        }
        return SegmentFilter::values(*kind, *values);
    }
    case Kind::Voted:
    case Kind::NotVoted:
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return invalid(tr("“%1” takes an election (its name or identifier).").arg(key));
        return SegmentFilter::values(*kind, {value.toString().trimmed()});
    case Kind::Support: {
        const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray{value};
        QList<int> levels;
        for (const QJsonValue& item : array) {
            const double level = item.toDouble(-1);
            if (!item.isDouble() || level < 0 || level > 5 || level != static_cast<int>(level))
                return invalid(tr("“support” takes levels from 1 to 5, and 0 for unknown."));
            levels << static_cast<int>(level);
        }
        if (levels.isEmpty())
            return invalid(tr("“%1” needs at least one value.").arg(key));
        return SegmentFilter::support(levels);
    }
    case Kind::Age: {
        if (!value.isObject())
            return invalid(tr("“age” takes {\"min\": years, \"max\": years}."));
        const QJsonObject range = value.toObject();
        std::optional<int> bounds[2];
        const std::array<QLatin1StringView, 2> names{QLatin1StringView("min"), QLatin1StringView("max")};
        for (auto it = range.begin(); it != range.end(); ++it) {
            const qsizetype index = it.key() == names[0] ? 0 : it.key() == names[1] ? 1 : -1;
            const double years = it.value().toDouble(-1);
            if (index < 0 || !it.value().isDouble() || years < 0 || years > 150 || years != static_cast<int>(years))
                return invalid(tr("“age” takes {\"min\": years, \"max\": years}."));
            bounds[index] = static_cast<int>(years);
        }
        if (!bounds[0] && !bounds[1])
            return invalid(tr("“age” takes {\"min\": years, \"max\": years}."));
        if (bounds[0] && bounds[1] && *bounds[0] > *bounds[1])
            return invalid(tr("The minimum age is above the maximum."));
        return SegmentFilter::age(bounds[0], bounds[1]);
    }
    case Kind::HasPhone:
    case Kind::HasMobile:
    case Kind::HasEmail:
        if (!value.isBool())
            return invalid(tr("“%1” takes true or false.").arg(key));
        return SegmentFilter::flag(*kind, value.toBool());
    case Kind::ContactedSince:
    case Kind::NotContactedSince: {
        auto date = isoDate(key, value);
        if (!date)
            return date.error();
        return SegmentFilter::contacted(*kind, *date);
    }
    }
    return invalid(tr("Unknown segment condition “%1”.").arg(key));
}

QJsonArray toArray(const QStringList& values)
{
    QJsonArray array;
    for (const QString& value : values)
        array.append(value);
    return array;
}

} // namespace

SegmentFilter SegmentFilter::all(std::vector<SegmentFilter> children)
{
    SegmentFilter f;
    f.m_kind = Kind::All;
    f.m_children = std::move(children);
    return f;
}

SegmentFilter SegmentFilter::any(std::vector<SegmentFilter> children)
{
    SegmentFilter f;
    f.m_kind = Kind::Any;
    f.m_children = std::move(children);
    return f;
}

SegmentFilter SegmentFilter::negate(SegmentFilter child)
{
    SegmentFilter f;
    f.m_kind = Kind::Not;
    f.m_children.push_back(std::move(child));
    return f;
}

SegmentFilter SegmentFilter::values(Kind kind, QStringList values)
{
    SegmentFilter f;
    f.m_kind = kind;
    f.m_values = std::move(values);
    return f;
}

SegmentFilter SegmentFilter::support(QList<int> levels)
{
    SegmentFilter f;
    f.m_kind = Kind::Support;
    f.m_levels = std::move(levels);
    return f;
}

SegmentFilter SegmentFilter::age(std::optional<int> min, std::optional<int> max)
{
    SegmentFilter f;
    f.m_kind = Kind::Age;
    f.m_minAge = min;
    f.m_maxAge = max;
    return f;
}

SegmentFilter SegmentFilter::flag(Kind kind, bool wanted)
{
    SegmentFilter f;
    f.m_kind = kind;
    f.m_flag = wanted;
    return f;
}

SegmentFilter SegmentFilter::contacted(Kind kind, QDate since)
{
    SegmentFilter f;
    f.m_kind = kind;
    f.m_date = since;
    return f;
}

bool SegmentFilter::mentionsStatus() const
{
    if (m_kind == Kind::PersonStatus)
        return true;
    for (const SegmentFilter& child : m_children) {
        if (child.mentionsStatus())
            return true;
    }
    return false;
}

Result<SegmentFilter> SegmentFilter::fromJson(const QByteArray& json)
{
    if (json.trimmed().isEmpty())
        return SegmentFilter();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QStringLiteral("segment.json"), tr("The segment's filter is not a JSON object."),
                         error.errorString());
    return parseObject(doc.object());
}

Result<SegmentFilter> SegmentFilter::fromJsonValue(const QJsonValue& value)
{
    if (!value.isObject())
        return invalid(tr("A segment condition is a JSON object."));
    return parseObject(value.toObject());
}

QJsonValue SegmentFilter::toJsonValue() const
{
    const QString key = keyOf(m_kind);
    QJsonValue value;
    switch (m_kind) {
    case Kind::All:
        if (m_children.empty())
            return QJsonObject();
        [[fallthrough]];
    case Kind::Any: {
        QJsonArray array;
        for (const SegmentFilter& child : m_children)
            array.append(child.toJsonValue());
        value = array;
        break;
    }
    case Kind::Not:
        value = m_children.empty() ? QJsonValue(QJsonObject()) : m_children.front().toJsonValue();
        break;
    case Kind::Districts:
    case Kind::Bureaux:
    case Kind::Streets:
    case Kind::Sex:
    case Kind::Tags:
    case Kind::PersonStatus:
    case Kind::LastResult:
        value = toArray(m_values);
        break;
    case Kind::Voted:
    case Kind::NotVoted:
        value = m_values.value(0);
        break;
    case Kind::Support: {
        QJsonArray array;
        for (int level : m_levels)
            array.append(level);
        value = array;
        break;
    }
    case Kind::Age: {
        QJsonObject range;
        if (m_minAge)
            range.insert(QStringLiteral("min"), *m_minAge);
        if (m_maxAge)
            range.insert(QStringLiteral("max"), *m_maxAge);
        value = range;
        break;
    }
    case Kind::HasPhone:
    case Kind::HasMobile:
    case Kind::HasEmail:
        value = m_flag;
        break;
    case Kind::ContactedSince:
    case Kind::NotContactedSince:
        value = m_date.toString(Qt::ISODate);
        break;
    }
    return QJsonObject{{key, value}};
}

QByteArray SegmentFilter::toJson() const
{
    return QJsonDocument(toJsonValue().toObject()).toJson(QJsonDocument::Compact);
}

} // namespace terrain
