#include "chaselist.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QStringList>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ChaseList", text);
}

} // namespace

QString chaseChannelName(ChaseChannel channel)
{
    switch (channel) {
    case ChaseChannel::Phone:
        return QStringLiteral("phone");
    case ChaseChannel::Sms:
        return QStringLiteral("sms");
    case ChaseChannel::Door:
        return QStringLiteral("door");
    }
    return {};
}

Result<ChaseChannel> chaseChannelFromName(QStringView name)
{
    for (ChaseChannel c : { ChaseChannel::Phone, ChaseChannel::Sms, ChaseChannel::Door }) {
        if (name.compare(chaseChannelName(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return makeError(QStringLiteral("chase.channel"), tr("Unknown channel “%1” (phone, sms or door).").arg(name));
}

QString ChasePerson::name() const
{
    return (usageName.isEmpty() ? lastName : usageName) + u' ' + firstNames;
}

QString ChasePerson::address() const
{
    QStringList parts;
    QString line;
    if (number)
        line = QString::number(*number) + (suffix.isEmpty() ? QString() : u' ' + suffix);
    if (!street.isEmpty())
        line = line.isEmpty() ? street : line + u' ' + street;
    else if (!lieuDit.isEmpty())
        line = line.isEmpty() ? lieuDit : line + u' ' + lieuDit;
    if (!line.isEmpty())
        parts << line;
    for (const QString* part : { &building, &staircase, &unit, &complement }) {
        if (!part->isEmpty())
            parts << *part;
    }
    return parts.join(QStringLiteral(", "));
}

ChaseList::ChaseList(Database& db) : m_db(db)
{
}

Result<QList<ChasePerson>> ChaseList::build(qint64 electionId, const QList<qint64>& bureauIds, ChaseChannel channel)
{
    if (bureauIds.isEmpty())
        return makeError(QStringLiteral("chase.bureaux"), tr("Choose at least one bureau."));
    QStringList marks;
    for (qsizetype i = 0; i < bureauIds.size(); ++i)
        marks << QStringLiteral("?%1").arg(i + 2);

    // The phone shown: calls prefer a mobile; SMS need one; a door list shows a number
    // only to people who may be called.
    QString phoneCondition = QStringLiteral("type <> 'invalid'");
    QString channelCondition;
    switch (channel) {
    case ChaseChannel::Phone:
        channelCondition = QStringLiteral("p.dnc_phone = 0 AND ph.id IS NOT NULL");
        break;
    case ChaseChannel::Sms:
        phoneCondition = QStringLiteral("type = 'mobile'");
        channelCondition = QStringLiteral("p.dnc_sms = 0 AND ph.id IS NOT NULL");
        break;
    case ChaseChannel::Door:
        phoneCondition += QStringLiteral(" AND p.dnc_phone = 0");
        channelCondition = QStringLiteral("p.dnc_door = 0 AND a.id IS NOT NULL");
        break;
    }
    const QString sql = QStringLiteral(
        "SELECT p.id, p.uuid, p.last_name, coalesce(p.usage_name, ''), p.first_names, p.support, p.district_id,"
        " coalesce(d.code, ''), p.list_number, coalesce(p.household_id, 0), coalesce(ph.id, 0),"
        " coalesce(ph.e164, ph.raw, ''), coalesce(ph.type, ''), coalesce(s.name, ''), a.number,"
        " coalesce(a.suffix, ''), coalesce(a.building, ''), coalesce(a.staircase, ''), coalesce(h.unit, ''),"
        " coalesce(a.lieu_dit, ''), coalesce(a.complement, ''), coalesce(a.postcode, ''), coalesce(a.city, ''),"
        " x.proxy_name, x.status"
        " FROM people p"
        " LEFT JOIN districts d ON d.id = p.district_id"
        " LEFT JOIN households h ON h.id = p.household_id"
        " LEFT JOIN addresses a ON a.id = h.address_id"
        " LEFT JOIN streets s ON s.id = a.street_id"
        // The person's latest proxy for this election (or every election), unless cancelled.
        " LEFT JOIN proxies x ON x.id = (SELECT id FROM proxies INDEXED BY proxies_person"
        "  WHERE person_id = p.id AND deleted = 0"
        "  AND (election_id IS NULL OR election_id = ?1) ORDER BY hlc DESC LIMIT 1) AND x.status <> 'cancelled'"
        " LEFT JOIN phones ph ON ph.id = (SELECT id FROM phones WHERE person_id = p.id AND deleted = 0 AND bad = 0"
        "  AND %1 ORDER BY type <> 'mobile', id LIMIT 1)"
        " WHERE p.district_id IN (%2) AND p.deleted = 0 AND p.status = 'active' AND p.support IN (1, 2)"
        " AND NOT EXISTS (SELECT 1 FROM vote_marks m WHERE m.election_id = ?1 AND m.person_id = p.id"
        "  AND m.deleted = 0)"
        " AND %3"
        " ORDER BY length(d.code), d.code, coalesce(s.folded, lower(a.lieu_dit), ''), s.name, a.number IS NULL,"
        " a.number, coalesce(a.suffix, ''), coalesce(a.building, ''), coalesce(a.staircase, ''), coalesce(h.unit, ''),"
        " p.household_id, p.folded_name, p.id")
                            .arg(phoneCondition, marks.join(u','), channelCondition);
    Statement st = m_db.prepare(sql);
    if (!st.isValid())
        return makeError(QStringLiteral("sql"), tr("The chase list could not be made."), st.errorMessage());
    st.bind(1, electionId);
    for (qsizetype i = 0; i < bureauIds.size(); ++i)
        st.bind(static_cast<int>(i) + 2, bureauIds.at(i));
    QList<ChasePerson> result;
    while (st.step()) {
        ChasePerson c;
        c.personId = st.int64(0);
        c.uuid = st.text(1);
        c.lastName = st.text(2);
        c.usageName = st.text(3);
        c.firstNames = st.text(4);
        c.support = st.integer(5);
        c.districtId = st.int64(6);
        c.bureauCode = st.text(7);
        if (!st.isNull(8))
            c.listNumber = st.int64(8);
        c.householdId = st.int64(9);
        c.phoneId = st.int64(10);
        c.phone = st.text(11);
        c.phoneType = st.text(12);
        c.street = st.text(13);
        if (!st.isNull(14))
            c.number = st.int64(14);
        c.suffix = st.text(15);
        c.building = st.text(16);
        c.staircase = st.text(17);
        c.unit = st.text(18);
        c.lieuDit = st.text(19);
        c.complement = st.text(20);
        c.postcode = st.text(21);
        c.city = st.text(22);
        c.proxyName = st.text(23);
        c.proxyStatus = st.text(24);
        result.append(c);
    }
    if (st.failed())
        return makeError(QStringLiteral("sql"), tr("The chase list could not be made."), st.errorMessage());
    return result;
}

} // namespace terrain
