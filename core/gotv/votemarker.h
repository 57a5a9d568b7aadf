#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace terrain {

class Database;
class Repository;
class Statement;

// Where the campaign learnt that someone voted. Shown next to every mark: the signature
// list (liste d'émargement) may only be consulted after the vote, and what comes from it
// is purged after the second round.
enum class MarkSource {
    Phone, // the person said so on the phone
    Volunteer, // a volunteer took them to vote, or saw them vote
    Delegate, // the campaign's delegate in the bureau
    SignatureList, // entered from the signature list, after the election
};
QString markSourceName(MarkSource source); // "phone", "volunteer", "delegate", "signature-list"
Result<MarkSource> markSourceFromName(QStringView name);
QString markSourceLabel(MarkSource source); // translated

struct Voter
{
    qint64 personId = 0;
    QString uuid;
    QString name; // "DUPONT Jean"
    qint64 districtId = 0;
    QString bureauCode;
    std::optional<qint64> listNumber; // numéro d'ordre
    QString birthDate;
    std::optional<int> support;
    bool marked = false; // already marked voted in this election
};

struct MarkOutcome
{
    bool alreadyMarked = false; // the person was marked before: nothing was written
    qint64 markId = 0; // the new mark, or the earlier one
    Voter voter;
    MarkSource source = MarkSource::Phone; // of that mark
    QDateTime at;
    QString author;
};

// Marks who voted: bureau and numéro d'ordre (or a person found by name), one mark per
// person and election. vote_marks is append-only and synced, so several laptops mark at
// once; a second mark of someone already marked is not written. Undo writes a tombstone
// (Repository::remove), which syncs like any change.
class VoteMarker final
{
public:
    explicit VoteMarker(Database& db, QString author = {});
    ~VoteMarker();
    VoteMarker(const VoteMarker&) = delete;
    VoteMarker& operator=(const VoteMarker&) = delete;

    QString author() const;
    // The wall clock of the marks (tests set their own), in milliseconds since the epoch.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    Result<Voter> findVoter(qint64 electionId, qint64 districtId, qint64 listNumber);
    // People whose name starts with `name` (usage or birth name, then first names; accents
    // and case ignored), in one bureau or everywhere (districtId 0).
    Result<QList<Voter>> searchVoters(qint64 electionId, qint64 districtId, const QString& name, int limit = 20);

    Result<MarkOutcome> markVoted(qint64 electionId, QStringView bureauCode, qint64 listNumber, MarkSource source);
    Result<MarkOutcome> markVoted(qint64 electionId, qint64 districtId, qint64 listNumber, MarkSource source);
    Result<MarkOutcome> markPerson(qint64 electionId, qint64 personId, MarkSource source);

    // The election's latest marks, newest first, from every laptop and author (as synced):
    // what the marking screen lists, also after a restart.
    Result<QList<MarkOutcome>> recentMarks(qint64 electionId, int limit = 200);

    // Takes back the latest mark this author made on this laptop in this election (none:
    // empty), read from the campaign file: a mark made before a restart is taken back too.
    Result<std::optional<MarkOutcome>> undoLast(qint64 electionId);

    // Deletes (through sync) every mark of the election from this source. Returns how many.
    Result<qint64> purge(qint64 electionId, MarkSource source);

private:
    Result<Voter> voterWhere(const char* condition, qint64 electionId, qint64 a, qint64 b);
    Statement& cached(const char* sql);

    Database& m_db;
    std::unique_ptr<Repository> m_repo;
    std::function<qint64()> m_clock;
    std::vector<std::pair<const char*, std::unique_ptr<Statement>>> m_statements;
};

} // namespace terrain
