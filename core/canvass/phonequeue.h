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
    qint64 personId = 0; // 0: the whole door (nobody named)
};

// Someone reached through the number of a call list's entry: a household sharing a landline
// is one entry, called once, with each of its people.
struct CallMember
{
    qint64 personId = 0;
    QString name;         // first name and last name
    qint64 phoneId = 0;   // their phone row for the entry's number (0 on a list without numbers)
    std::optional<int> support;
    bool pending = true;  // still to reach on this number (no final result, still callable)
};

// The entry a caller gets: the number to dial and the person to ask for first, with what the
// script and the screen need.
struct CallTarget
{
    int entry = 0;      // the entry's rank on the list
    qint64 personId = 0; // the person on the line (the first still to reach, unless chosen)
    QString uuid;
    QString firstName; // the first of the first names
    QString lastName;  // usage name, else birth name
    QString bureau;
    QString pollingPlace;
    std::optional<int> support;
    QList<CallPhone> phones; // the number to dial first (the entry's own when the list names one)
    QList<CallMember> members; // everyone on this number, in list order
    QList<CallHistoryItem> recent; // newest first, at most 5, of everyone on the number
    bool callBack = false;   // a call-back or a busy line coming back to this caller
    qint64 dueAt = 0;

    int pendingCount() const;
};

// Entries, not people: a number shared by a household counts once.
struct QueueProgress
{
    int total = 0;     // entries (numbers) on the list
    int done = 0;      // finished: answered, refused, do not call, no usable number, given up
    int dueNow = 0;    // callable now by this caller
    int waiting = 0;   // coming back later (no answer, busy, call back)
    int toCall() const { return dueNow + waiting; }
};

// A phone bank over one call list, entirely local (works offline). A list holds one entry per
// number (list_members.phone_id, one rank per entry): a landline shared by a household is
// dialled once, and each of its people can be reached on it. Who is next is derived from the
// list's own attempts each time, so several callers on synced laptops, or a restart, never
// lose the state. Recycling is per entry: no answer brings the number back for anyone, busy and
// call back to the same caller; a wrong or disconnected number marks that number bad for
// everyone on it and ends the entry; a final result for one person (answered, refused, do not
// call) brings the entry straight back to the same caller while others on it are still to reach.
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

    // The next entry to call at `now` (ms since the epoch), or none.
    Result<std::optional<CallTarget>> next(qint64 now);
    // The same entry with another of its people on the line (for the script and the outcome).
    Result<CallTarget> withPerson(const CallTarget& target, qint64 personId);
    // Records the outcome of a call (a code id or its key) for the person on the line, with the
    // answers and, for a call back, when; a wrong number or disconnected line is recorded for
    // everyone on the number (each of their rows for it becomes bad). Returns the attempt's id.
    Result<qint64> record(const CallTarget& target, QStringView outcome, const QJsonObject& answers, qint64 now,
                          qint64 callbackAt = 0, const QString& note = {});
    Result<QueueProgress> progress(qint64 now);

    // Replaces {prenom}, {nom}, {bureau}, {lieu_de_vote} (and {first_name}, {last_name},
    // {polling_place}); unknown fields stay as written.
    static QString mergeScript(QStringView script, const CallTarget& target);

private:
    PhoneQueue(Database& db, Repository& repo);

    enum class State { Done, Due };
    struct Member
    {
        qint64 personId = 0;
        qint64 phoneId = 0;
        bool callable = true;  // active, calls allowed, the number (or, without one, some number) good
        bool finished = false; // a final result on this list
    };
    struct Entry
    {
        int rank = 0;
        std::vector<Member> members;
        State state = State::Due;
        qint64 dueAt = 0;
        QString reservedFor; // caller the entry comes back to, until holdUntil
        qint64 holdUntil = 0;
        int priority = 1;    // 0 back to its caller, 1 fresh, 2 recycled
        qint64 preferred = 0; // the person a call back or busy line was for
    };
    Result<std::vector<Entry>> entries();
    Result<CallTarget> target(const Entry& entry, qint64 personId);
    Result<Entry> entryOf(int rank);

    Database& m_db;
    Repository& m_repo;
    std::unique_ptr<ContactService> m_contacts;
    ResultCodes m_codes;
    QueueRules m_rules;
    qint64 m_listId = 0;
    QString m_caller;
};

} // namespace terrain
