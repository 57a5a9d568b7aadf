#include "ui/labels.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace terrain {

QString Labels::support(int level)
{
    switch (level) {
    case 1:
        return tr("Strong support");
    case 2:
        return tr("Leaning support");
    case 3:
        return tr("Undecided");
    case 4:
        return tr("Leaning against");
    case 5:
        return tr("Strong against");
    default:
        return tr("Unknown");
    }
}

QString Labels::supportWithLevel(int level)
{
    return level >= 1 && level <= 5 ? QStringLiteral("%1 · %2").arg(level).arg(support(level)) : support(0);
}

QColor Labels::supportColor(int level)
{
    // Green for support, grey for undecided or unknown, red against: readable by the
    // colour-blind too because the order never changes and the text says it.
    switch (level) {
    case 1:
        return QColor(0x1e, 0x8e, 0x3e);
    case 2:
        return QColor(0x81, 0xc9, 0x95);
    case 3:
        return QColor(0xfb, 0xc0, 0x2d);
    case 4:
        return QColor(0xf2, 0x8b, 0x82);
    case 5:
        return QColor(0xc5, 0x22, 0x1f);
    default:
        return QColor(0xcf, 0xd8, 0xdc);
    }
}

QString Labels::status(const QString& status)
{
    if (status == QLatin1StringView("active"))
        return tr("On the list");
    if (status == QLatin1StringView("moved"))
        return tr("Moved");
    if (status == QLatin1StringView("deceased"))
        return tr("Deceased");
    if (status == QLatin1StringView("left"))
        return tr("Left the list");
    return status;
}

QString Labels::channel(const QString& channel)
{
    if (channel == QLatin1StringView("door"))
        return tr("Door-to-door");
    if (channel == QLatin1StringView("phone"))
        return tr("Phone");
    if (channel == QLatin1StringView("sms"))
        return tr("SMS");
    if (channel == QLatin1StringView("email"))
        return tr("Email");
    if (channel == QLatin1StringView("event"))
        return tr("Event");
    return channel;
}

QString Labels::result(const QString& result)
{
    static const QList<std::pair<const char*, const char*>> results = {
        {"canvassed", QT_TR_NOOP("Canvassed")},
        {"answered", QT_TR_NOOP("Answered")},
        {"not_home", QT_TR_NOOP("Not home")},
        {"no_answer", QT_TR_NOOP("No answer")},
        {"refused", QT_TR_NOOP("Refused")},
        {"moved", QT_TR_NOOP("Moved")},
        {"deceased", QT_TR_NOOP("Deceased")},
        {"inaccessible", QT_TR_NOOP("Inaccessible")},
        {"language", QT_TR_NOOP("Language barrier")},
        {"come_back", QT_TR_NOOP("Come back later")},
        {"busy", QT_TR_NOOP("Busy")},
        {"left_message", QT_TR_NOOP("Left a message")},
        {"wrong_number", QT_TR_NOOP("Wrong number")},
        {"disconnected", QT_TR_NOOP("Disconnected")},
        {"call_back", QT_TR_NOOP("Call back")},
        {"do_not_call", QT_TR_NOOP("Do not call")},
    };
    for (const auto& [code, label] : results) {
        if (result == QLatin1StringView(code))
            return tr(label);
    }
    return result;
}

QString Labels::field(const QString& table, const QString& field)
{
    if (field == QLatin1StringView("*"))
        return table == QLatin1StringView("people") ? tr("Created") : tr("Added");
    if (field == QLatin1StringView("deleted"))
        return tr("Removed");
    static const QList<std::pair<const char*, const char*>> fields = {
        {"last_name", QT_TR_NOOP("Birth name")},
        {"usage_name", QT_TR_NOOP("Usage name")},
        {"first_names", QT_TR_NOOP("First names")},
        {"sex", QT_TR_NOOP("Sex")},
        {"birth_date", QT_TR_NOOP("Birth date")},
        {"status", QT_TR_NOOP("Status")},
        {"support", QT_TR_NOOP("Support")},
        {"notes", QT_TR_NOOP("Notes")},
        {"household_id", QT_TR_NOOP("Household")},
        {"district_id", QT_TR_NOOP("Bureau")},
        {"dnc_door", QT_TR_NOOP("Do not visit")},
        {"dnc_phone", QT_TR_NOOP("Do not call")},
        {"dnc_sms", QT_TR_NOOP("No SMS")},
        {"dnc_email", QT_TR_NOOP("No email")},
        {"consent_phone_at", QT_TR_NOOP("Phone consent")},
        {"consent_phone_source", QT_TR_NOOP("Phone consent source")},
        {"consent_sms_at", QT_TR_NOOP("SMS consent")},
        {"consent_sms_source", QT_TR_NOOP("SMS consent source")},
        {"consent_email_at", QT_TR_NOOP("Email consent")},
        {"consent_email_source", QT_TR_NOOP("Email consent source")},
        {"e164", QT_TR_NOOP("Phone")},
        {"raw", QT_TR_NOOP("Phone")},
        {"bad", QT_TR_NOOP("Marked bad")},
        {"address", QT_TR_NOOP("Email")},
        {"present", QT_TR_NOOP("Tag")},
        {"type", QT_TR_NOOP("Type")},
    };
    for (const auto& [key, label] : fields) {
        if (field == QLatin1StringView(key))
            return tr(label);
    }
    return field;
}

QString Labels::phoneType(const QString& type)
{
    if (type == QLatin1StringView("mobile"))
        return tr("Mobile");
    if (type == QLatin1StringView("fixed"))
        return tr("Landline");
    if (type == QLatin1StringView("invalid"))
        return tr("Not a valid number");
    return tr("Phone");
}

QString Labels::phone(const QString& number)
{
    // French numbers are read and dialled in their national form, in pairs of digits.
    if (number.size() == 12 && number.startsWith(QLatin1StringView("+33"))) {
        QString national = QStringLiteral("0") + number.mid(3);
        for (int i = national.size() - 2; i > 0; i -= 2)
            national.insert(i, u' ');
        return national;
    }
    return number;
}

QString Labels::sex(const QString& sex)
{
    if (sex == QLatin1StringView("M"))
        return tr("Man");
    if (sex == QLatin1StringView("F"))
        return tr("Woman");
    return sex;
}

QString Labels::dateTime(qint64 msecs)
{
    if (msecs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs), QLocale::ShortFormat);
}

QString Labels::date(qint64 msecs)
{
    if (msecs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs).date(), QLocale::ShortFormat);
}

QString Labels::isoDate(const QString& iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
}

} // namespace terrain
