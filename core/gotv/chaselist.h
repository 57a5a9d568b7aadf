#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace terrain {

class Database;

// How the campaign will reach the people it chases.
enum class ChaseChannel {
    Phone, // a usable phone number (not marked bad or invalid), not do-not-call
    Sms, // a usable mobile number, not do-not-SMS
    Door, // an address, not do-not-visit
};
QString chaseChannelName(ChaseChannel channel); // "phone", "sms", "door"
Result<ChaseChannel> chaseChannelFromName(QStringView name);

struct ChasePerson
{
    qint64 personId = 0;
    QString uuid;
    QString lastName;
    QString usageName;
    QString firstNames;
    int support = 0;
    qint64 districtId = 0;
    QString bureauCode;
    std::optional<qint64> listNumber;
    qint64 householdId = 0;
    // The number to use (a mobile first for calls, only a mobile for SMS); none for doors
    // when the person asked not to be called.
    qint64 phoneId = 0;
    QString phone; // E.164 when known, else as typed
    QString phoneType;
    QString street;
    std::optional<qint64> number;
    QString suffix;
    QString building;
    QString staircase;
    QString unit;
    QString lieuDit;
    QString complement;
    QString postcode;
    QString city;
    QString proxyName; // a proxy holder votes for them: remind that person
    QString proxyStatus; // "needed", "requested" or "confirmed" (proxyStatusName); empty: no proxy

    QString name() const; // "DUPONT Jean" (usage name first)
    QString address() const; // "12 bis Rue de la Paix, Bât A, Esc 2, Apt 31"
};

// "Press a key": the supporters (support 1 or 2) of the chosen bureaux, active on the
// list, not yet marked voted in the election, who can be reached on the channel, in walk
// order (bureau, street, number, suffix, building, staircase, unit, household, name), so
// that the lead can make a call list, walk lists or an SMS file of it.
class ChaseList final
{
public:
    explicit ChaseList(Database& db);
    Result<QList<ChasePerson>> build(qint64 electionId, const QList<qint64>& bureauIds, ChaseChannel channel);

private:
    Database& m_db;
};

} // namespace terrain
