#include "votemarker.h"

#include "gotv/electionservice.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "sync/repository.h"
#include "util/textfold.h"

#include <QCoreApplication>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::VoteMarker", text);
}

Error sqlError(const Statement& st)
{
    return makeError(QStringLiteral("sql"), tr("The campaign file could not be read."), st.errorMessage());
}

// One shape for every voter query; the condition binds ?2 and ?3 (?1 is the election).
#define VOTER_SELECT                                                                                                   \
    "SELECT p.id, p.uuid, coalesce(nullif(p.usage_name, ''), p.last_name) || ' ' || p.first_names, p.district_id,"     \
    " coalesce(d.code, ''), p.list_number, coalesce(p.birth_date, ''), p.support,"                                     \
    " EXISTS (SELECT 1 FROM vote_marks m WHERE m.election_id = ?1 AND m.person_id = p.id AND m.deleted = 0)"           \
    " FROM people p LEFT JOIN districts d ON d.id = p.district_id WHERE p.deleted = 0 AND "

Voter readVoter(const Statement& st)
{
    Voter v;
    v.personId = st.int64(0);
    v.uuid = st.text(1);
    v.name = st.text(2);
    v.districtId = st.int64(3);
    v.bureauCode = st.text(4);
    if (!st.isNull(5))
        v.listNumber = st.int64(5);
    v.birthDate = st.text(6);
    if (!st.isNull(7))
        v.support = st.integer(7);
    v.marked = st.int64(8) != 0;
    return v;
}

} // namespace

QString markSourceName(MarkSource source)
{
    switch (source) {
    case MarkSource::Phone:
        return QStringLiteral("phone");
    case MarkSource::Volunteer:
        return QStringLiteral("volunteer");
    case MarkSource::Delegate:
        return QStringLiteral("delegate");
    case MarkSource::SignatureList:
        return QStringLiteral("signature-list");
    }
    return {};
}

Result<MarkSource> markSourceFromName(QStringView name)
{
    for (MarkSource s : { MarkSource::Phone, MarkSource::Volunteer, MarkSource::Delegate, MarkSource::SignatureList }) {
        if (name.compare(markSourceName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return makeError(QStringLiteral("mark.source"),
        tr("Unknown source “%1” (phone, volunteer, delegate or signature-list).").arg(name));
}

QString markSourceLabel(MarkSource source)
{
    switch (source) {
    case MarkSource::Phone:
        return tr("Said so on the phone");
    case MarkSource::Volunteer:
        return tr("Volunteer");
    case MarkSource::Delegate:
        return tr("Delegate in the bureau");
    case MarkSource::SignatureList:
        return tr("Signature list (after the vote)");
    }
    return {};
}

VoteMarker::VoteMarker(Database& db, QString author)
    : m_db(db)
    , m_repo(std::make_unique<Repository>(db, std::move(author)))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

VoteMarker::~VoteMarker() = default;

QString VoteMarker::author() const
{
    return m_repo->author();
}

Statement& VoteMarker::cached(const char* sql)
{
    for (auto& [key, st] : m_statements) {
        if (key == sql) {
            st->reset();
            st->clearBindings();
            return *st;
        }
    }
    m_statements.emplace_back(sql, std::make_unique<Statement>(m_db.prepare(sql)));
    return *m_statements.back().second;
}

Result<Voter> VoteMarker::voterWhere(const char* condition, qint64 electionId, qint64 a, qint64 b)
{
    Statement& st = cached(condition);
    st.bind(1, electionId).bind(2, a).bind(3, b);
    if (st.step()) {
        Voter v = readVoter(st);
        st.reset();
        return v;
    }
    if (st.failed())
        return sqlError(st);
    return makeError(QStringLiteral("voter.unknown"), tr("Nobody has that number in this bureau."));
}

Result<Voter> VoteMarker::findVoter(qint64 electionId, qint64 districtId, qint64 listNumber)
{
    // One seek in people_bureau_number.
    auto voter = voterWhere(VOTER_SELECT "p.district_id = ?2 AND p.list_number = ?3 ORDER BY p.status <> 'active'"
                                         " LIMIT 1",
        electionId, districtId, listNumber);
    if (!voter && voter.error().code == u"voter.unknown")
        return makeError(QStringLiteral("voter.unknown"), tr("Nobody has number %1 in this bureau.").arg(listNumber));
    return voter;
}

Result<QList<Voter>> VoteMarker::searchVoters(qint64 electionId, qint64 districtId, const QString& name, int limit)
{
    const QString folded = foldText(name);
    if (folded.isEmpty())
        return QList<Voter>();
    Statement& st = cached(VOTER_SELECT "p.folded_name >= ?2 AND p.folded_name < ?3 AND (?4 = 0 OR p.district_id = ?4)"
                                        " ORDER BY p.folded_name, p.id LIMIT ?5");
    st.bind(1, electionId).bind(2, folded).bind(3, folded + QChar(0xFFFF)).bind(4, districtId).bind(5, limit);
    QList<Voter> result;
    while (st.step())
        result.append(readVoter(st));
    if (st.failed())
        return sqlError(st);
    return result;
}

Result<MarkOutcome> VoteMarker::markVoted(
    qint64 electionId, QStringView bureauCode, qint64 listNumber, MarkSource source)
{
    auto bureau = findBureau(m_db, bureauCode);
    if (!bureau)
        return bureau.error();
    return markVoted(electionId, bureau->id, listNumber, source);
}

Result<MarkOutcome> VoteMarker::markVoted(qint64 electionId, qint64 districtId, qint64 listNumber, MarkSource source)
{
    auto voter = findVoter(electionId, districtId, listNumber);
    if (!voter)
        return voter.error();
    return markPerson(electionId, voter->personId, source);
}

Result<MarkOutcome> VoteMarker::markPerson(qint64 electionId, qint64 personId, MarkSource source)
{
    Statement& election = cached("SELECT 1 FROM elections WHERE id = ? AND deleted = 0");
    election.bind(1, electionId);
    if (!election.step())
        return election.failed()
            ? sqlError(election)
            : makeError(QStringLiteral("election.unknown"), tr("There is no election %1.").arg(electionId));
    election.reset();
    auto voter = voterWhere(VOTER_SELECT "p.id = ?2 AND ?3 = 0", electionId, personId, 0);
    if (!voter)
        return voter.error();

    MarkOutcome outcome;
    outcome.voter = *voter;
    Statement& earlier = cached("SELECT id, source, at, coalesce(author, '') FROM vote_marks WHERE election_id = ?"
                                " AND person_id = ? AND deleted = 0 ORDER BY at, id LIMIT 1");
    earlier.bind(1, electionId).bind(2, personId);
    if (earlier.step()) {
        outcome.alreadyMarked = true;
        outcome.markId = earlier.int64(0);
        outcome.source = markSourceFromName(earlier.text(1)).ok() ? *markSourceFromName(earlier.text(1)) : source;
        outcome.at = QDateTime::fromMSecsSinceEpoch(earlier.int64(2));
        outcome.author = earlier.text(3);
        earlier.reset();
        return outcome;
    }
    if (earlier.failed())
        return sqlError(earlier);

    const qint64 at = m_clock();
    auto id = m_repo->insert("vote_marks",
        { { QStringLiteral("election_id"), electionId }, { QStringLiteral("person_id"), personId },
            { QStringLiteral("source"), markSourceName(source) }, { QStringLiteral("at"), at },
            { QStringLiteral("author"), m_repo->author() } });
    if (!id)
        return id.error();
    outcome.markId = *id;
    outcome.source = source;
    outcome.at = QDateTime::fromMSecsSinceEpoch(at);
    outcome.author = m_repo->author();
    outcome.voter.marked = true;
    return outcome;
}

Result<QList<MarkOutcome>> VoteMarker::recentMarks(qint64 electionId, int limit)
{
    // No index orders marks by time: the election's marks are sorted, keeping only the
    // newest, before any person is read (the page reads them in its worker).
    Statement& st = cached("SELECT m.id, m.source, m.at, m.author, p.id, p.uuid,"
                           " coalesce(nullif(p.usage_name, ''), p.last_name) || ' ' || p.first_names, p.district_id,"
                           " coalesce(d.code, ''), p.list_number, coalesce(p.birth_date, ''), p.support"
                           " FROM (SELECT id, person_id, source, at, coalesce(author, '') AS author FROM vote_marks"
                           "  WHERE election_id = ? AND deleted = 0 ORDER BY at DESC, id DESC LIMIT ?) m"
                           " JOIN people p ON p.id = m.person_id LEFT JOIN districts d ON d.id = p.district_id"
                           " ORDER BY m.at DESC, m.id DESC");
    st.bind(1, electionId).bind(2, limit);
    QList<MarkOutcome> result;
    while (st.step()) {
        MarkOutcome m;
        m.markId = st.int64(0);
        m.source = markSourceFromName(st.text(1)).ok() ? *markSourceFromName(st.text(1)) : MarkSource::Phone;
        m.at = QDateTime::fromMSecsSinceEpoch(st.int64(2));
        m.author = st.text(3);
        m.voter.personId = st.int64(4);
        m.voter.uuid = st.text(5);
        m.voter.name = st.text(6);
        m.voter.districtId = st.int64(7);
        m.voter.bureauCode = st.text(8);
        if (!st.isNull(9))
            m.voter.listNumber = st.int64(9);
        m.voter.birthDate = st.text(10);
        if (!st.isNull(11))
            m.voter.support = st.integer(11);
        m.voter.marked = true;
        result.append(m);
    }
    if (st.failed())
        return sqlError(st);
    return result;
}

Result<std::optional<MarkOutcome>> VoteMarker::undoLast(qint64 electionId)
{
    // Only this laptop's own marks by this author: undo never takes back a colleague's.
    Statement& last = cached("SELECT id, person_id, source, at FROM vote_marks WHERE election_id = ? AND site = ?"
                             " AND author = ? AND deleted = 0 ORDER BY id DESC LIMIT 1");
    last.bind(1, electionId).bind(2, m_db.siteId()).bind(3, m_repo->author());
    if (!last.step()) {
        if (last.failed())
            return sqlError(last);
        return std::optional<MarkOutcome>();
    }
    MarkOutcome outcome;
    outcome.markId = last.int64(0);
    const qint64 personId = last.int64(1);
    outcome.source = markSourceFromName(last.text(2)).ok() ? *markSourceFromName(last.text(2)) : MarkSource::Phone;
    outcome.at = QDateTime::fromMSecsSinceEpoch(last.int64(3));
    outcome.author = m_repo->author();
    last.reset();
    if (Status s = m_repo->remove("vote_marks", outcome.markId); !s)
        return s.error();
    auto voter = voterWhere(VOTER_SELECT "p.id = ?2 AND ?3 = 0", electionId, personId, 0);
    if (voter)
        outcome.voter = *voter;
    return std::optional<MarkOutcome>(outcome);
}

Result<qint64> VoteMarker::purge(qint64 electionId, MarkSource source)
{
    Statement st = m_db.prepare("SELECT id FROM vote_marks WHERE election_id = ? AND source = ? AND deleted = 0");
    st.bind(1, electionId).bind(2, markSourceName(source));
    std::vector<qint64> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    if (st.failed())
        return sqlError(st);
    // All or nothing: a purge that stops half-way would leave marks the law wants gone.
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    for (const qint64 id : ids) {
        if (Status s = m_repo->remove("vote_marks", id); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return static_cast<qint64>(ids.size());
}

#undef VOTER_SELECT

} // namespace terrain
