// compileSegment(): a SegmentFilter as an SQL condition on `people p`.
#include "segmentfilter.h"

#include "util/textfold.h"

#include <QDateTime>
#include <QTimeZone>

namespace terrain {

namespace {

using Kind = SegmentFilter::Kind;

// Every leaf is two-valued (never NULL), so that NOT of a leaf is its exact complement:
// "not sex F" includes people whose sex is unknown.
class Compiler
{
public:
    explicit Compiler(QDate today) : m_today(today) {}

    QString compile(const SegmentFilter& f, QVariantList& binds)
    {
        m_binds = &binds;
        return node(f);
    }

private:
    QString marks(const QVariantList& values)
    {
        QStringList out;
        for (const QVariant& value : values) {
            out << QStringLiteral("?");
            m_binds->append(value);
        }
        return out.join(u',');
    }
    QString marks(const QStringList& values)
    {
        QVariantList list;
        for (const QString& value : values)
            list << value;
        return marks(list);
    }
    QString folded(const QStringList& values)
    {
        QStringList out;
        for (const QString& value : values)
            out << foldText(value);
        return marks(out);
    }
    QString bind(const QVariant& value)
    {
        m_binds->append(value);
        return QStringLiteral("?");
    }
    static qint64 startOfDay(QDate date) { return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch(); }

    QString group(const SegmentFilter& f, const char* glue, const char* empty)
    {
        if (f.children().empty())
            return QString::fromLatin1(empty);
        QStringList parts;
        for (const SegmentFilter& child : f.children())
            parts << QStringLiteral("(") + node(child) + QStringLiteral(")");
        return parts.join(QLatin1StringView(glue));
    }

    QString node(const SegmentFilter& f)
    {
        const QStringList& v = f.textValues();
        switch (f.kind()) {
        case Kind::All:
            return group(f, " AND ", "1");
        case Kind::Any:
            return group(f, " OR ", "0");
        case Kind::Not:
            return QStringLiteral("NOT (") + (f.children().empty() ? QStringLiteral("1") : node(f.children().front()))
                + u')';
        case Kind::Districts:
            // The districts named and everything under them: a commune covers its bureaux.
            return QStringLiteral("p.district_id IS NOT NULL AND p.district_id IN (WITH RECURSIVE d(id) AS"
                                  " (SELECT id FROM districts WHERE deleted = 0 AND uuid IN (%1)"
                                  " UNION SELECT c.id FROM districts c JOIN d ON c.parent_id = d.id"
                                  " WHERE c.deleted = 0) SELECT id FROM d)")
                .arg(marks(v));
        case Kind::Bureaux:
            return QStringLiteral("p.district_id IS NOT NULL AND p.district_id IN (SELECT id FROM districts"
                                  " WHERE deleted = 0 AND kind = 'bureau' AND code IN (%1))")
                .arg(marks(v));
        case Kind::Streets: {
            const QString uuids = marks(v);
            return QStringLiteral("p.household_id IS NOT NULL AND p.household_id IN (SELECT h.id FROM streets s"
                                  " JOIN addresses a ON a.street_id = s.id JOIN households h ON h.address_id = a.id"
                                  " WHERE s.deleted = 0 AND (s.uuid IN (%1) OR s.folded IN (%2)))")
                .arg(uuids, folded(v));
        }
        case Kind::Age: {
            // Age A at `today` <=> born in (today - (A+1) years, today - A years]. Dates known
            // to the year only ("1950") sort before any day of that year: the oldest reading.
            QStringList parts{QStringLiteral("p.birth_date IS NOT NULL")};
            if (f.minAge())
                parts << QStringLiteral("p.birth_date <= ") + bind(m_today.addYears(-*f.minAge()).toString(Qt::ISODate));
            if (f.maxAge())
                parts << QStringLiteral("p.birth_date > ")
                        + bind(m_today.addYears(-*f.maxAge() - 1).toString(Qt::ISODate));
            return parts.join(QStringLiteral(" AND "));
        }
        case Kind::Sex:
            return QStringLiteral("p.sex IS NOT NULL AND p.sex IN (%1)").arg(marks(v));
        case Kind::Support: {
            QVariantList known;
            bool unknown = false;
            for (int level : f.levels()) {
                if (level == 0)
                    unknown = true;
                else
                    known << level;
            }
            QStringList parts;
            if (!known.isEmpty())
                parts << QStringLiteral("(p.support IS NOT NULL AND p.support IN (%1))").arg(marks(known));
            if (unknown)
                parts << QStringLiteral("p.support IS NULL");
            return parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(" OR "));
        }
        case Kind::Tags: {
            const QString uuids = marks(v);
            return QStringLiteral("p.id IN (SELECT pt.person_id FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
                                  " WHERE pt.deleted = 0 AND pt.present = 1 AND t.deleted = 0"
                                  " AND (t.uuid IN (%1) OR terrain_fold(t.name) IN (%2)))")
                .arg(uuids, folded(v));
        }
        case Kind::PersonStatus:
            return QStringLiteral("p.status IN (%1)").arg(marks(v));
        case Kind::HasPhone:
            return QStringLiteral("%1EXISTS (SELECT 1 FROM phones ph WHERE ph.person_id = p.id AND ph.deleted = 0"
                                  " AND ph.bad = 0)")
                .arg(f.wanted() ? QString() : QStringLiteral("NOT "));
        case Kind::HasMobile:
            return QStringLiteral("%1EXISTS (SELECT 1 FROM phones ph WHERE ph.person_id = p.id AND ph.deleted = 0"
                                  " AND ph.bad = 0 AND ph.type = 'mobile')")
                .arg(f.wanted() ? QString() : QStringLiteral("NOT "));
        case Kind::HasEmail:
            return QStringLiteral("%1EXISTS (SELECT 1 FROM emails em WHERE em.person_id = p.id AND em.deleted = 0"
                                  " AND em.bad = 0 AND em.valid = 1)")
                .arg(f.wanted() ? QString() : QStringLiteral("NOT "));
        case Kind::ContactedSince:
        case Kind::NotContactedSince: {
            // An attempt on the person, or on their household without a person (a door
            // nobody opened still counts as a visit to everyone living there).
            const QString since = bind(startOfDay(f.date()));
            const QString since2 = bind(startOfDay(f.date()));
            return QStringLiteral("%1(EXISTS (SELECT 1 FROM contact_attempts ca WHERE ca.person_id = p.id"
                                  " AND ca.at >= %2 AND ca.deleted = 0) OR EXISTS (SELECT 1 FROM contact_attempts ca"
                                  " WHERE ca.household_id = p.household_id AND +ca.person_id IS NULL AND ca.at >= %3"
                                  " AND ca.deleted = 0))")
                .arg(f.kind() == Kind::ContactedSince ? QString() : QStringLiteral("NOT "), since, since2);
        }
        case Kind::LastResult:
            return QStringLiteral("coalesce((SELECT ca.result FROM contact_attempts ca WHERE ca.person_id = p.id"
                                  " AND ca.deleted = 0 ORDER BY ca.at DESC, ca.id DESC LIMIT 1) IN (%1), 0)")
                .arg(marks(v));
        case Kind::Voted:
        case Kind::NotVoted: {
            const QString election = v.value(0);
            return QStringLiteral("p.id %1IN (SELECT vm.person_id FROM vote_marks vm JOIN elections e"
                                  " ON e.id = vm.election_id WHERE vm.deleted = 0 AND e.deleted = 0"
                                  " AND (e.uuid = %2 OR e.name = %3))")
                .arg(f.kind() == Kind::Voted ? QString() : QStringLiteral("NOT "), bind(election), bind(election));
        }
        }
        return QStringLiteral("0");
    }

    QDate m_today;
    QVariantList* m_binds = nullptr;
};

} // namespace

SqlCondition compileSegment(const SegmentFilter& filter, QDate today)
{
    SqlCondition out;
    const QString body = Compiler(today).compile(filter, out.binds);
    out.sql = QStringLiteral("p.deleted = 0");
    if (!filter.mentionsStatus())
        out.sql += QStringLiteral(" AND p.status = 'active'");
    out.sql += QStringLiteral(" AND (") + body + u')';
    return out;
}

} // namespace terrain
