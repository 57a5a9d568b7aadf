#include "electionservice.h"

#include "importing/csvdialect.h"
#include "importing/csvreader.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "sync/repository.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ElectionService", text);
}

Error sqlError(const Statement& st)
{
    return makeError(QStringLiteral("sql"), tr("The campaign file could not be read."), st.errorMessage());
}

Election readElection(Statement& st)
{
    Election e;
    e.id = st.int64(0);
    e.uuid = st.text(1);
    e.name = st.text(2);
    e.date = QDate::fromString(st.text(3), Qt::ISODate);
    e.round = st.integer(4);
    const QTime closes = QTime::fromString(st.text(5), QStringLiteral("HH:mm"));
    e.closes = closes.isValid() ? closes : QTime(20, 0);
    e.referenceId = st.int64(6);
    return e;
}

const char* const kElectionColumns = "SELECT id, uuid, name, date, round, closes, coalesce(reference_id, 0)"
                                     " FROM elections WHERE deleted = 0";

qint64 reportAt(const Election& election, QTime time)
{
    return QDateTime(election.date, time).toMSecsSinceEpoch();
}

struct TurnoutRow
{
    qint64 districtId = 0;
    QTime time;
    qint64 count = 0;
    qint64 line = 0;
};

} // namespace

QString proxyStatusName(ProxyStatus status)
{
    switch (status) {
    case ProxyStatus::Needed:
        return QStringLiteral("needed");
    case ProxyStatus::Requested:
        return QStringLiteral("requested");
    case ProxyStatus::Confirmed:
        return QStringLiteral("confirmed");
    case ProxyStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

Result<ProxyStatus> proxyStatusFromName(QStringView name)
{
    if (name.compare(u"established", Qt::CaseInsensitive) == 0)
        return ProxyStatus::Confirmed;
    for (ProxyStatus s :
        { ProxyStatus::Needed, ProxyStatus::Requested, ProxyStatus::Confirmed, ProxyStatus::Cancelled }) {
        if (name.compare(proxyStatusName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return makeError(QStringLiteral("proxy.status"),
        tr("Unknown proxy status “%1” (needed, requested, confirmed or cancelled).").arg(name));
}

QString proxyStatusLabel(ProxyStatus status)
{
    switch (status) {
    case ProxyStatus::Needed:
        return tr("Needed");
    case ProxyStatus::Requested:
        return tr("Requested");
    case ProxyStatus::Confirmed:
        return tr("Established");
    case ProxyStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

Result<Bureau> findBureau(Database& db, QStringView code)
{
    QString bureauCode = code.trimmed().toString();
    QString commune;
    if (const qsizetype slash = bureauCode.indexOf(u'/'); slash > 0) {
        commune = bureauCode.left(slash).trimmed();
        bureauCode = bureauCode.mid(slash + 1).trimmed();
    }
    if (bureauCode.isEmpty())
        return makeError(QStringLiteral("bureau.empty"), tr("Name a bureau."));
    Statement st = db.prepare("SELECT b.id, b.code, b.name, coalesce(c.name, ''), coalesce(c.code, '')"
                              " FROM districts b LEFT JOIN districts c ON c.id = b.parent_id"
                              " WHERE b.kind = 'bureau' AND b.deleted = 0 AND b.code = ?");
    st.bind(1, bureauCode);
    QList<Bureau> found;
    while (st.step()) {
        if (!commune.isEmpty() && st.text(4).compare(commune, Qt::CaseInsensitive) != 0
            && foldText(st.text(3)) != foldText(commune))
            continue;
        found.append({ st.int64(0), st.text(1), st.text(2), st.text(3) });
    }
    if (st.failed())
        return sqlError(st);
    if (found.isEmpty())
        return makeError(QStringLiteral("bureau.unknown"), tr("There is no bureau “%1”.").arg(code));
    if (found.size() > 1) {
        QStringList names;
        for (const Bureau& b : std::as_const(found))
            names << b.commune + u'/' + b.code;
        return makeError(QStringLiteral("bureau.ambiguous"),
            tr("Several communes have a bureau “%1”: name it as COMMUNE/BUREAU (%2).")
                .arg(bureauCode, names.join(QStringLiteral(", "))));
    }
    return found.first();
}

Result<QList<Bureau>> allBureaux(Database& db)
{
    Statement st = db.prepare("SELECT b.id, b.code, b.name, coalesce(c.name, '')"
                              " FROM districts b LEFT JOIN districts c ON c.id = b.parent_id"
                              " WHERE b.kind = 'bureau' AND b.deleted = 0"
                              " ORDER BY c.name, length(b.code), b.code");
    QList<Bureau> result;
    while (st.step())
        result.append({ st.int64(0), st.text(1), st.text(2), st.text(3) });
    if (st.failed())
        return sqlError(st);
    return result;
}

ElectionService::ElectionService(Database& db, QString author)
    : m_db(db), m_repo(std::make_unique<Repository>(db, std::move(author)))
{
}

ElectionService::~ElectionService() = default;

Result<qint64> ElectionService::createElection(
    const QString& name, QDate date, int round, QTime closes, qint64 referenceId)
{
    if (name.trimmed().isEmpty())
        return makeError(QStringLiteral("election.name"), tr("Give the election a name."));
    if (!date.isValid())
        return makeError(QStringLiteral("election.date"), tr("The election needs a valid date."));
    if (round < 1 || round > 2)
        return makeError(QStringLiteral("election.round"), tr("The round is 1 or 2."));
    if (!closes.isValid())
        return makeError(QStringLiteral("election.closes"), tr("The closing time is not a valid time."));
    if (referenceId != 0) {
        if (auto reference = election(referenceId); !reference)
            return reference.error();
    }
    FieldValues values { { QStringLiteral("name"), name.trimmed() },
        { QStringLiteral("date"), date.toString(Qt::ISODate) }, { QStringLiteral("round"), round },
        { QStringLiteral("closes"), closes.toString(QStringLiteral("HH:mm")) } };
    if (referenceId != 0)
        values.emplace_back(QStringLiteral("reference_id"), referenceId);
    return m_repo->insert("elections", values);
}

Result<QList<Election>> ElectionService::elections() const
{
    Statement st = m_db.prepare(QString::fromLatin1(kElectionColumns) + QStringLiteral(" ORDER BY date, round, id"));
    QList<Election> result;
    while (st.step())
        result.append(readElection(st));
    if (st.failed())
        return sqlError(st);
    return result;
}

Result<Election> ElectionService::election(qint64 id) const
{
    Statement st = m_db.prepare(QString::fromLatin1(kElectionColumns) + QStringLiteral(" AND id = ?"));
    st.bind(1, id);
    if (st.step())
        return readElection(st);
    if (st.failed())
        return sqlError(st);
    return makeError(QStringLiteral("election.unknown"), tr("There is no election %1.").arg(id));
}

Result<Election> ElectionService::findElection(QStringView nameOrId) const
{
    bool isNumber = false;
    const qint64 id = nameOrId.trimmed().toLongLong(&isNumber);
    auto all = elections();
    if (!all)
        return all.error();
    const QString folded = foldText(nameOrId);
    for (qsizetype i = all->size() - 1; i >= 0; --i) {
        const Election& e = all->at(i);
        if ((isNumber && e.id == id) || foldText(e.name) == folded)
            return e;
    }
    return makeError(QStringLiteral("election.unknown"), tr("There is no election “%1”.").arg(nameOrId));
}

Result<BureauSettings> ElectionService::bureauSettings(qint64 electionId, qint64 districtId) const
{
    BureauSettings s;
    s.districtId = districtId;
    Statement count = m_db.prepare("SELECT count(*) FROM people WHERE district_id = ? AND deleted = 0"
                                   " AND status = 'active'");
    count.bind(1, districtId);
    if (!count.step())
        return sqlError(count);
    s.counted = count.int64(0);
    Statement st = m_db.prepare(
        "SELECT d.expected_turnout, eb.registered, eb.expected_turnout, d.code, d.name FROM districts d"
        " LEFT JOIN election_bureaux eb ON eb.id = (SELECT id FROM election_bureaux WHERE election_id = ?"
        " AND district_id = d.id AND deleted = 0 ORDER BY hlc DESC LIMIT 1) WHERE d.id = ?");
    st.bind(1, electionId).bind(2, districtId);
    if (!st.step())
        return st.failed() ? sqlError(st)
                           : makeError(QStringLiteral("bureau.unknown"), tr("There is no bureau %1.").arg(districtId));
    if (!st.isNull(1))
        s.registeredOverride = st.int64(1);
    if (!st.isNull(2))
        s.expectedOverride = st.real(2);
    s.expectedTurnout = s.expectedOverride;
    if (!s.expectedTurnout && !st.isNull(0))
        s.expectedTurnout = st.real(0);
    s.code = st.text(3);
    s.name = st.text(4);
    return s;
}

Result<QList<BureauSettings>> ElectionService::allBureauSettings(qint64 electionId) const
{
    auto bureaux = allBureaux(m_db);
    if (!bureaux)
        return bureaux.error();
    QHash<qint64, qint64> counted;
    Statement count = m_db.prepare("SELECT district_id, count(*) FROM people WHERE deleted = 0 AND status = 'active'"
                                   " AND district_id IS NOT NULL GROUP BY district_id");
    while (count.step())
        counted.insert(count.int64(0), count.int64(1));
    if (count.failed())
        return sqlError(count);
    // Ascending clocks: the latest row of a bureau (two laptops, offline) is read last and wins.
    QHash<qint64, std::pair<std::optional<qint64>, std::optional<double>>> own;
    Statement rows = m_db.prepare("SELECT district_id, registered, expected_turnout FROM election_bureaux"
                                  " WHERE election_id = ? AND deleted = 0 ORDER BY hlc");
    rows.bind(1, electionId);
    while (rows.step()) {
        auto& entry = own[rows.int64(0)];
        entry.first = rows.isNull(1) ? std::nullopt : std::optional<qint64>(rows.int64(1));
        entry.second = rows.isNull(2) ? std::nullopt : std::optional<double>(rows.real(2));
    }
    if (rows.failed())
        return sqlError(rows);
    QHash<qint64, double> bureauExpected;
    Statement expected = m_db.prepare("SELECT id, expected_turnout FROM districts WHERE kind = 'bureau'"
                                      " AND deleted = 0 AND expected_turnout IS NOT NULL");
    while (expected.step())
        bureauExpected.insert(expected.int64(0), expected.real(1));
    if (expected.failed())
        return sqlError(expected);

    QList<BureauSettings> result;
    result.reserve(bureaux->size());
    for (const Bureau& b : std::as_const(*bureaux)) {
        BureauSettings s;
        s.districtId = b.id;
        s.code = b.code;
        s.name = b.name;
        s.counted = counted.value(b.id);
        if (auto it = own.constFind(b.id); it != own.cend()) {
            s.registeredOverride = it->first;
            s.expectedOverride = it->second;
        }
        s.expectedTurnout = s.expectedOverride;
        if (!s.expectedTurnout && bureauExpected.contains(b.id))
            s.expectedTurnout = bureauExpected.value(b.id);
        result.append(s);
    }
    return result;
}

Result<qint64> ElectionService::settingsRow(qint64 electionId, qint64 districtId)
{
    // Two laptops may each have created the row offline: the latest write is the one read.
    Statement st = m_db.prepare("SELECT id FROM election_bureaux WHERE election_id = ? AND district_id = ?"
                                " AND deleted = 0 ORDER BY hlc DESC LIMIT 1");
    st.bind(1, electionId).bind(2, districtId);
    if (st.step())
        return st.int64(0);
    if (st.failed())
        return sqlError(st);
    return m_repo->insert("election_bureaux",
        { { QStringLiteral("election_id"), electionId }, { QStringLiteral("district_id"), districtId } });
}

Status ElectionService::setRegistered(qint64 electionId, qint64 districtId, std::optional<qint64> registered)
{
    if (registered && *registered < 0)
        return makeError(QStringLiteral("bureau.registered"), tr("The registered count cannot be negative."));
    Database::Transaction tx(m_db);
    auto row = settingsRow(electionId, districtId);
    if (!row)
        return row.error();
    auto changed = m_repo->update("election_bureaux", *row,
        { { QStringLiteral("registered"), registered ? QVariant(*registered) : QVariant() } });
    if (!changed)
        return changed.error();
    return tx.commit();
}

Status ElectionService::setExpectedTurnout(qint64 electionId, qint64 districtId, std::optional<double> rate)
{
    if (rate && (*rate < 0 || *rate > 1))
        return makeError(QStringLiteral("bureau.expected"), tr("The expected turnout is between 0% and 100%."));
    Database::Transaction tx(m_db);
    auto row = settingsRow(electionId, districtId);
    if (!row)
        return row.error();
    auto changed = m_repo->update(
        "election_bureaux", *row, { { QStringLiteral("expected_turnout"), rate ? QVariant(*rate) : QVariant() } });
    if (!changed)
        return changed.error();
    return tx.commit();
}

Result<QTime> ElectionService::parseReportTime(const Election& election, QStringView text)
{
    const QString t = foldText(text);
    if (t == u"close" || t == u"cloture" || t == u"fermeture")
        return election.closes;
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})\\s*[:h]\\s*(\\d{2})?$"), QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed());
    if (match.hasMatch()) {
        const QTime time(match.captured(1).toInt(), match.captured(2).isEmpty() ? 0 : match.captured(2).toInt());
        if (time.isValid())
            return time;
    }
    return makeError(
        QStringLiteral("turnout.time"), tr("“%1” is not a time of day (write 12:00, 17:00 or close).").arg(text));
}

Result<qint64> ElectionService::recordTurnout(qint64 electionId, qint64 districtId, QTime time, qint64 count)
{
    auto e = election(electionId);
    if (!e)
        return e.error();
    auto written = writeTurnout(*e, districtId, time, count);
    if (!written)
        return written.error();
    return written->first;
}

Result<std::pair<qint64, bool>> ElectionService::writeTurnout(
    const Election& election, qint64 districtId, QTime time, qint64 count)
{
    const qint64 electionId = election.id;
    if (count < 0)
        return makeError(QStringLiteral("turnout.count"), tr("The count of voters cannot be negative."));
    if (!time.isValid() || time > election.closes)
        return makeError(QStringLiteral("turnout.time"),
            tr("The time must be at or before the closing time (%1).")
                .arg(election.closes.toString(QStringLiteral("HH:mm"))));
    auto settings = bureauSettings(electionId, districtId);
    if (!settings)
        return settings.error();
    if (settings->registered() > 0 && count > settings->registered())
        return makeError(QStringLiteral("turnout.count"),
            tr("%1 voters is more than the %2 registered in this bureau (enter the official registered "
               "count if the campaign's list is not complete).")
                .arg(count)
                .arg(settings->registered()));
    const qint64 at = reportAt(election, time);
    Statement st = m_db.prepare("SELECT id FROM turnout_reports WHERE election_id = ? AND district_id = ? AND at = ?"
                                " AND deleted = 0 ORDER BY hlc DESC LIMIT 1");
    st.bind(1, electionId).bind(2, districtId).bind(3, at);
    if (st.step()) {
        const qint64 id = st.int64(0);
        st.reset();
        if (auto changed = m_repo->update("turnout_reports", id, { { QStringLiteral("count"), count } }); !changed)
            return changed.error();
        return std::pair { id, false };
    }
    if (st.failed())
        return sqlError(st);
    auto id = m_repo->insert("turnout_reports",
        { { QStringLiteral("election_id"), electionId }, { QStringLiteral("district_id"), districtId },
            { QStringLiteral("at"), at }, { QStringLiteral("count"), count } });
    if (!id)
        return id.error();
    return std::pair { *id, true };
}

Result<TurnoutImport> ElectionService::importTurnout(qint64 electionId, const QString& path)
{
    auto e = election(electionId);
    if (!e)
        return e.error();
    const QString file = QFileInfo(path).fileName();
    const auto lineError = [&](qint64 line, const QString& field, const QString& message) {
        return makeError(
            QStringLiteral("turnout.file"), tr("%1, line %2, %3: %4").arg(file).arg(line).arg(field, message), path);
    };
    auto dialect = sniffCsv(path);
    if (!dialect)
        return dialect.error();
    auto reader = CsvReader::open(path, *dialect);
    if (!reader)
        return reader.error();

    // Everything is checked before anything is written.
    std::vector<TurnoutRow> rows;
    QHash<QString, qint64> seen; // bureau id and time -> line
    QHash<QString, qint64> bureauIds;
    bool first = true;
    while ((*reader)->next()) {
        const QStringList fields = (*reader)->record();
        const qint64 line = (*reader)->line();
        bool isCount = false;
        if (fields.size() >= 3)
            fields.at(2).trimmed().toLongLong(&isCount);
        if (first && !isCount) { // a header line
            first = false;
            continue;
        }
        first = false;
        if (fields.size() != 3)
            return lineError(
                line, tr("row"), tr("expected 3 fields (bureau, time, count), found %1").arg(fields.size()));
        TurnoutRow row;
        row.line = line;
        const QString code = fields.at(0).trimmed();
        if (auto it = bureauIds.constFind(code); it != bureauIds.cend()) {
            row.districtId = *it;
        } else {
            auto bureau = findBureau(m_db, code);
            if (!bureau)
                return lineError(line, tr("bureau"), bureau.error().message);
            row.districtId = bureau->id;
            bureauIds.insert(code, bureau->id);
        }
        auto time = parseReportTime(*e, fields.at(1));
        if (!time)
            return lineError(line, tr("time"), time.error().message);
        if (*time > e->closes)
            return lineError(line, tr("time"),
                tr("%1 is after the closing time (%2)")
                    .arg(time->toString(QStringLiteral("HH:mm")), e->closes.toString(QStringLiteral("HH:mm"))));
        row.time = *time;
        bool ok = false;
        row.count = fields.at(2).trimmed().toLongLong(&ok);
        if (!ok || row.count < 0)
            return lineError(line, tr("count"), tr("“%1” is not a count of voters").arg(fields.at(2)));
        const QString key = QString::number(row.districtId) + u'@' + row.time.toString(QStringLiteral("HH:mm"));
        if (auto it = seen.constFind(key); it != seen.cend())
            return lineError(line, tr("bureau"),
                tr("bureau %1 at %2 is already given on line %3")
                    .arg(code, row.time.toString(QStringLiteral("HH:mm")))
                    .arg(*it));
        seen.insert(key, line);
        rows.push_back(row);
    }
    if ((*reader)->error())
        return *(*reader)->error();

    TurnoutImport result;
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    for (const TurnoutRow& row : rows) {
        auto recorded = writeTurnout(*e, row.districtId, row.time, row.count);
        if (!recorded) // nothing is kept: the transaction rolls back
            return lineError(row.line, tr("count"), recorded.error().message);
        ++result.rows;
        if (recorded->second)
            ++result.added;
        else
            ++result.updated;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<QList<TurnoutReport>> ElectionService::turnoutReports(qint64 electionId, qint64 districtId) const
{
    Statement st = m_db.prepare("SELECT t.id, t.district_id, d.code, t.at, t.count FROM turnout_reports t"
                                " JOIN districts d ON d.id = t.district_id WHERE t.election_id = ? AND t.deleted = 0"
                                " AND (? = 0 OR t.district_id = ?) ORDER BY t.at, length(d.code), d.code");
    st.bind(1, electionId).bind(2, districtId).bind(3, districtId);
    QList<TurnoutReport> result;
    while (st.step())
        result.append(
            { st.int64(0), st.int64(1), st.text(2), QDateTime::fromMSecsSinceEpoch(st.int64(3)), st.int64(4) });
    if (st.failed())
        return sqlError(st);
    return result;
}

Result<qint64> ElectionService::setProxy(
    qint64 personId, qint64 electionId, const QString& proxyName, ProxyStatus status, const QString& note)
{
    if (proxyName.trimmed().isEmpty())
        return makeError(QStringLiteral("proxy.name"), tr("Name the proxy holder."));
    Statement st = m_db.prepare("SELECT id FROM proxies WHERE person_id = ? AND coalesce(election_id, 0) = ?"
                                " AND deleted = 0 ORDER BY hlc DESC LIMIT 1");
    st.bind(1, personId).bind(2, electionId);
    const FieldValues values { { QStringLiteral("proxy_name"), proxyName.trimmed() },
        { QStringLiteral("status"), proxyStatusName(status) },
        { QStringLiteral("note"), note.isEmpty() ? QVariant() : QVariant(note) } };
    if (st.step()) {
        const qint64 id = st.int64(0);
        st.reset();
        if (auto changed = m_repo->update("proxies", id, values); !changed)
            return changed.error();
        return id;
    }
    if (st.failed())
        return sqlError(st);
    FieldValues insert = values;
    insert.emplace_back(QStringLiteral("person_id"), personId);
    insert.emplace_back(QStringLiteral("election_id"), electionId == 0 ? QVariant() : QVariant(electionId));
    return m_repo->insert("proxies", insert);
}

Result<QList<Proxy>> ElectionService::proxies(qint64 electionId) const
{
    Statement st = m_db.prepare(
        "SELECT x.id, x.person_id, coalesce(x.election_id, 0), x.proxy_name, x.status, coalesce(x.note, ''),"
        " coalesce(nullif(p.usage_name, ''), p.last_name) || ' ' || p.first_names, coalesce(d.code, ''),"
        " p.list_number, p.support,"
        " EXISTS (SELECT 1 FROM vote_marks m WHERE m.election_id = ?1 AND m.person_id = p.id AND m.deleted = 0)"
        " FROM proxies x JOIN people p ON p.id = x.person_id LEFT JOIN districts d ON d.id = p.district_id"
        " WHERE x.deleted = 0 AND p.deleted = 0 AND (x.election_id IS NULL OR x.election_id = ?1)"
        " ORDER BY length(d.code), d.code, p.list_number IS NULL, p.list_number, p.folded_name, x.id");
    st.bind(1, electionId);
    QList<Proxy> result;
    while (st.step()) {
        Proxy p;
        p.id = st.int64(0);
        p.personId = st.int64(1);
        p.electionId = st.int64(2);
        p.proxyName = st.text(3);
        p.status = proxyStatusFromName(st.text(4)).ok() ? *proxyStatusFromName(st.text(4)) : ProxyStatus::Needed;
        p.note = st.text(5);
        p.personName = st.text(6);
        p.bureauCode = st.text(7);
        if (!st.isNull(8))
            p.listNumber = st.int64(8);
        if (!st.isNull(9))
            p.support = st.integer(9);
        p.voted = st.int64(10) != 0;
        result.append(p);
    }
    if (st.failed())
        return sqlError(st);
    return result;
}

Status ElectionService::setProxyStatus(qint64 proxyId, ProxyStatus status)
{
    auto changed = m_repo->update("proxies", proxyId, { { QStringLiteral("status"), proxyStatusName(status) } });
    if (!changed)
        return changed.error();
    return {};
}

Status ElectionService::removeProxy(qint64 proxyId)
{
    return m_repo->remove("proxies", proxyId);
}

} // namespace terrain
