#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace terrain {

// The words and colours the pages use for stored codes (support levels, statuses, contact
// results), in one place so every page says the same thing.
class Labels final
{
    Q_DECLARE_TR_FUNCTIONS(terrain::Labels)

public:
    // 1 "Strong support" ... 5 "Strong against"; 0 "Unknown".
    static QString support(int level);
    // "1 · Strong support", for combos.
    static QString supportWithLevel(int level);
    static QColor supportColor(int level);
    // "active" -> "On the list", "moved", "deceased", "left".
    static QString status(const QString& status);
    // "door" -> "Door-to-door", "phone", "sms", "email", "event".
    static QString channel(const QString& channel);
    // "not_home" -> "Not home", ... (unknown codes are shown as stored).
    static QString result(const QString& result);
    // A person's stored field name ("first_names") as the history shows it.
    static QString field(const QString& table, const QString& field);
    static QString phoneType(const QString& type);
    // "+33612345678" -> "06 12 34 56 78"; other numbers as given.
    static QString phone(const QString& number);
    // "M" -> "Man", "F" -> "Woman".
    static QString sex(const QString& sex);
    // Milliseconds since the epoch as a short local date and time; empty for 0.
    static QString dateTime(qint64 msecs);
    static QString date(qint64 msecs);
    // An ISO date, possibly partial ("1950", "1950-05"), in the local short format.
    static QString isoDate(const QString& iso);
};

} // namespace terrain
