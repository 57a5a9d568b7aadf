#pragma once

#include "canvass/contactservice.h"
#include "canvass/resultcodes.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace terrain {

class Database;
class Repository;

// The recycling rules of DOMAIN.md 5, with their delays.
struct QueueRules
{
    qint64 noAnswerDelayMs = 2 * 3'600'000;  // no answer / left a message: back for anyone after this
    qint64 busyDelayMs = 15 * 60'000;         // busy: back to the same caller after this
    qint64 sameCallerHoldMs = 24 * 3'600'000; // then anyone may take a busy / call-back person
    int maxUnanswered = 3;                    // unanswered calls before the person is given up
};

struct CallPhone
{
    qint64 id = 0;
    QString number; // E.164 when known, else as written
    QString type;
};

struct CallHistoryItem
{
    QString channel;
    QString result;
    QString volunteer;
    qint64 at = 0;
    std::optional<int> support;
    QString note;
};

// The person a caller gets, with what the script and the screen need.
struct CallTarget
{
    qint64 personId = 0;
    QString uuid;
    QString firstName; // the first of the first names
    QString lastName;  // usage name, else birth name
    QString bureau;
    QString pollingPlace;
    std::optional<int> support;
    QList<CallPhone> phones; // usable ones, the one to dial first
    QList<CallHistoryItem> recent; // newest first, at most 5
    bool callBack = false;   // a call-back or a busy line coming back to this caller
    qint64 dueAt = 0;
};

struct QueueProgress
{
    int total = 0;     // people on the list
    int done = 0;      // finished: answered, refused, do not call, no usable number, given up
    int dueNow = 0;    // callable now by this caller
    int waiting = 0;   // coming back later (no answer, busy, call back)
    int toCall() const { return dueNow + waiting; }
};

// A phone bank over one call list, entirely local (works offline). Who is next is derived
// from the list's own attempts each time, so several callers on synced laptops, or a restart,
// never lose the state.
class PhoneQueue final
{
public:
    static Result<std::unique_ptr<PhoneQueue>> open(Database& db, Repository& repo, QStringView listCode,
                                                    const QString& caller, const QueueRules& rules = {});
    ~PhoneQueue();
    PhoneQueue(const PhoneQueue&) = delete;
    PhoneQueue& operator=(const PhoneQueue&) = delete;

    qint64 listId() const { return m_listId; }
    QString caller() const { return m_caller; }
    QList<ResultCode> outcomes() const; // the phone codes, one key each

    // The next person to call at `now` (ms since the epoch), or none.
    Result<std::optional<CallTarget>> next(qint64 now);
    // Records the outcome of a call (a code id or its key), with the answers and, for a call
    // back, when. Returns the attempt's id.
    Result<qint64> record(const CallTarget& target, QStringView outcome, const QJsonObject& answers, qint64 now,
                          qint64 callbackAt = 0, const QString& note = {});
    Result<QueueProgress> progress(qint64 now);

    // Replaces {prenom}, {nom}, {bureau}, {lieu_de_vote} (and {first_name}, {last_name},
    // {polling_place}); unknown fields stay as written.
    static QString mergeScript(QStringView script, const CallTarget& target);

private:
    PhoneQueue(Database& db, Repository& repo);

    enum class State { Done, Due };
    struct Entry
    {
        qint64 personId = 0;
        int rank = 0;
        State state = State::Due;
        qint64 dueAt = 0;
        QString reservedFor; // caller the person comes back to, until holdUntil
        qint64 holdUntil = 0;
        int priority = 1;    // 0 back to its caller, 1 fresh, 2 recycled
    };
    Result<std::vector<Entry>> entries();
    Result<CallTarget> target(qint64 personId);

    Database& m_db;
    Repository& m_repo;
    std::unique_ptr<ContactService> m_contacts;
    ResultCodes m_codes;
    QueueRules m_rules;
    qint64 m_listId = 0;
    QString m_caller;
};

} // namespace terrain
