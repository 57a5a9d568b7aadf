#pragma once

#include "util/result.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// The one definition of "someone was reached" in SQL: the attempt `alias` has a result
// flagged `reached` in the campaign's result codes (canvassed, refused, hostile refusal,
// answered, call back, do not call...), the built-in flags for a channel without codes (as
// ResultCodes::read() does; tested against defaults()). District figures, CanvassStats and
// EntrySession all count with this flag, so configuring a code changes every figure at once.
#define TERRAIN_SQL_REACHED(alias)                                                                                     \
    "(" alias ".channel, " alias ".result) IN (SELECT channel, code FROM result_codes WHERE reached = 1"               \
    " AND deleted = 0 UNION ALL SELECT column1, column2 FROM (VALUES ('door', 'canvassed'), ('door', 'refused'),"      \
    " ('door', 'hostile'), ('phone', 'answered'), ('phone', 'call_back'), ('phone', 'do_not_call'),"                  \
    " ('sms', 'replied'), ('sms', 'stop'), ('email', 'replied'), ('email', 'stop'), ('event', 'met'))"                \
    " WHERE column1 NOT IN (SELECT channel FROM result_codes WHERE deleted = 0))"

namespace terrain {

class Database;
class Repository;

// What recording an attempt with this result does to the person (DOMAIN.md 4 and 5).
enum class ResultEffect
{
    None,
    Moved,        // the person's status becomes "moved"
    Deceased,     // the person's status becomes "deceased"
    BadPhone,     // the number dialled is marked bad, never dialled again
    DoNotContact, // the attempt's channel is closed for good (do-not-call, hostile refusal)
};

// What a phone bank does with the person after this result (DOMAIN.md 5).
enum class Recycle
{
    Done,       // finished for this list (answered, refused, do not call, moved...)
    Anyone,     // back into the list later, for any caller (no answer, left a message)
    SameCaller, // back later, to the same caller (busy)
    Scheduled,  // back at the scheduled date and time, to the same caller (call back)
    NextPhone,  // that number is bad: another good number of the person, or finished
};

// One result a volunteer can record, configurable per campaign (table result_codes).
struct ResultCode
{
    qint64 id = 0;       // local row id (0 before it is stored)
    QString channel;     // door, phone, sms, email, event
    QString code;        // stable lower-case ASCII id, stored in contact_attempts.result
    QChar key;           // one letter for keyboard and paper entry, unique per channel
    QString label;       // as configured; for the built-in codes, the English source text
    ResultEffect effect = ResultEffect::None;
    bool reached = false;   // someone was actually talked to (counts for the contact rate)
    bool doorLevel = false; // said of a whole door (not home, inaccessible) rather than of one person
    Recycle recycle = Recycle::Done;
    int position = 0;
    bool active = true;

    // The label in the user's language (built-in labels are translated, the campaign's own kept).
    QString displayLabel() const;
};

// The campaign's result codes. The built-in set is written on first use, through the
// single write path, so that every laptop of the campaign shares one configuration.
class ResultCodes final
{
public:
    static const QStringList& channels(); // door, phone, sms, email, event
    static bool isChannel(QStringView channel);
    // The defaults of DOMAIN.md 4 and 5 (canvassed, not_home, ...; answered, no_answer, ...).
    static QList<ResultCode> defaults();

    // Writes the defaults of every channel that has no code yet (takes the write lock only
    // when one is missing).
    static Status ensureDefaults(Database& db, Repository& repo);
    // Migration 10 (new and older campaigns): the defaults of every channel that has none, as
    // built-in rows (name-based UUID, clock 0, site 0, no outbox row): every campaign file gets
    // the same rows, so they need no sync; an edit of one syncs as usual.
    static Status seedBuiltins(Database& db);
    // The active codes of the campaign (defaults created when missing), by channel and position.
    static Result<ResultCodes> load(Database& db, Repository& repo);
    // Reads what is stored, without creating anything (falls back to the defaults when empty).
    static Result<ResultCodes> read(Database& db);

    // Adds a code, or updates the one with the same channel and code. The key must be a letter
    // not used by another code of the channel.
    static Result<qint64> save(Database& db, Repository& repo, const ResultCode& code);

    QList<ResultCode> forChannel(QStringView channel) const;
    const ResultCode* find(QStringView channel, QStringView code) const;
    // Case-insensitive.
    const ResultCode* byKey(QStringView channel, QChar key) const;
    // By code id, or by key letter when `text` is one letter.
    const ResultCode* byCodeOrKey(QStringView channel, QStringView text) const;
    const QList<ResultCode>& all() const { return m_codes; }

    // The result implied when answers were collected: canvassed (door) or answered (others).
    static QString impliedResult(QStringView channel);

    static QString effectName(ResultEffect effect);
    static ResultEffect effectFromName(QStringView name);
    static QString recycleName(Recycle recycle);
    static Recycle recycleFromName(QStringView name);

private:
    QList<ResultCode> m_codes;
};

} // namespace terrain
