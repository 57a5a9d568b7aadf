#pragma once

#include "canvass/resultcodes.h"
#include "sync/repository.h"
#include "util/result.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace terrain {

class Database;
class Repository;

// One attempt to record. Either a person (the household is then theirs) or a household alone
// (a door where nobody was named: "not home").
struct ContactInput
{
    qint64 personId = 0;
    qint64 householdId = 0;
    QString channel = QStringLiteral("door");
    QString result;              // a code id of the channel; empty with answers = canvassed / answered
    QJsonObject answers;         // by question key (see Question); "support" carries the support level
    std::optional<int> support;  // 1-5; taken from answers["support"] when not given
    QString volunteer;
    qint64 listId = 0;
    qint64 phoneId = 0;          // phone channel: the number dialled (a wrong number marks it bad)
    qint64 at = 0;               // ms since the epoch; 0 = now
    qint64 callbackAt = 0;       // call back: when (ms since the epoch)
    QString note;
};

// The part of a person's state that contact attempts decide.
struct PersonContactState
{
    QString status = QStringLiteral("active");
    std::optional<int> support;
    QSet<QString> doNotContact; // channels closed: door, phone, sms, email
    QSet<qint64> badPhones;     // phone ids

    bool operator==(const PersonContactState& other) const = default;
    QString toString() const;
};

// Records contact attempts (append-only, through the single write path) and applies their
// effects in the same transaction: Moved / Deceased set the status, Wrong number / Disconnected
// mark the phone bad, Do not call / hostile refusal close the channel, the support answer sets
// the support level.
//
// The stored state is always the one derived from the history: an effect is applied only
// when no later attempt (by time, then by record order) decides the same field, so entering
// an old paper list after a recent phone call does not overwrite what the call taught.
class ContactService final
{
public:
    ContactService(Database& db, Repository& repo);

    // Validates and records one attempt with its effects; returns the attempt's row id.
    Result<qint64> record(const ContactInput& input);
    // Checks an attempt without writing it (same errors as record()).
    Status validate(const ContactInput& input);

    // The state the person's history gives, folded over `base` (what the voter file said).
    Result<PersonContactState> stateFromHistory(qint64 personId, const PersonContactState& base = {});
    // The state as stored in people and phones.
    Result<PersonContactState> storedState(qint64 personId);

    const ResultCodes& codes();

private:
    struct Prepared
    {
        FieldValues values;
        const ResultCode* code = nullptr;
        std::optional<int> support;
    };
    Result<Prepared> prepare(const ContactInput& input);
    Status applyEffects(qint64 personId, qint64 attemptId);
    Status ensureCodes();

    Database& m_db;
    Repository& m_repo;
    std::optional<ResultCodes> m_codes;
};

} // namespace terrain
