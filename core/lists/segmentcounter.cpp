#include "segmentcounter.h"

#include "storage/database.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

#include <bit>
#include <cstring>
#include <vector>

namespace terrain {

namespace {

using Kind = SegmentFilter::Kind;
using Bits = std::vector<quint64>;

class Counter
{
public:
    Counter(Database& db, QDate today, bool activeOnly, qint64 maxId)
        : m_db(db),
          m_today(today),
          m_activeOnly(activeOnly),
          m_words(static_cast<size_t>(maxId / 64 + 1))
    {
    }

    // The people the filter applies to (not deleted; active unless the filter names a status).
    Result<Bits> universe()
    {
        return ids(m_activeOnly ? QStringLiteral("SELECT id FROM people WHERE deleted = 0 AND status = 'active'")
                                : QStringLiteral("SELECT id FROM people WHERE deleted = 0"),
                   {});
    }

    // The ids matching `f`. `*withinUniverse` tells whether they are all in universe()
    // already (then the final intersection, a scan of every person, can be skipped).
    Result<Bits> eval(const SegmentFilter& f, bool* withinUniverse)
    {
        switch (f.kind()) {
        case Kind::All:
        case Kind::Any: {
            const bool all = f.kind() == Kind::All;
            Bits out(m_words, all ? ~quint64(0) : 0);
            bool anyWithin = false;
            bool everyWithin = true;
            for (const SegmentFilter& child : f.children()) {
                bool within = false;
                auto bits = eval(child, &within);
                if (!bits)
                    return bits;
                anyWithin = anyWithin || within;
                everyWithin = everyWithin && within;
                for (size_t i = 0; i < m_words; ++i)
                    out[i] = all ? (out[i] & (*bits)[i]) : (out[i] | (*bits)[i]);
            }
            *withinUniverse = all ? anyWithin : everyWithin;
            return out;
        }
        case Kind::Not: {
            *withinUniverse = false;
            if (f.children().empty())
                return Bits(m_words, 0);
            bool within = false;
            auto bits = eval(f.children().front(), &within);
            if (bits)
                invert(*bits);
            return bits;
        }
        default:
            *withinUniverse = false;
            return leaf(f, withinUniverse);
        }
    }

    static qint64 count(const Bits& a, const Bits& b)
    {
        qint64 n = 0;
        for (size_t i = 0; i < a.size(); ++i)
            n += std::popcount(a[i] & b[i]);
        return n;
    }

private:
    static void invert(Bits& bits)
    {
        for (quint64& word : bits)
            word = ~word;
    }

    Result<Bits> ids(const QString& sql, const QVariantList& binds)
    {
        Statement st = m_db.prepare(sql);
        int index = 1;
        for (const QVariant& value : binds)
            st.bind(index++, value);
        Bits bits(m_words, 0);
        while (st.step()) {
            const qint64 id = st.int64(0);
            if (id >= 0 && static_cast<size_t>(id / 64) < m_words)
                bits[static_cast<size_t>(id / 64)] |= quint64(1) << (id % 64);
        }
        if (st.failed())
            return makeError(QStringLiteral("segment.sql"),
                             QCoreApplication::translate("terrain::SegmentService", "The segment could not be read."),
                             st.errorMessage());
        return bits;
    }

    // People whose latest live attempt (by time, then id) has one of these results: one ordered
    // scan of the index of migration 11, each person's attempts in a row, the last one kept.
    Result<Bits> latestResultIn(const QStringList& results)
    {
        QList<QByteArray> wanted;
        for (const QString& result : results)
            wanted << result.toUtf8();
        Statement st = m_db.prepare(QStringLiteral("SELECT person_id, result FROM contact_attempts")
                                    + indexedBy("contact_attempts_latest")
                                    + QStringLiteral("WHERE deleted = 0 AND person_id IS NOT NULL"
                                                     " ORDER BY person_id, at, id"));
        Bits bits(m_words, 0);
        qint64 person = -1;
        bool matches = false;
        const auto flush = [&] {
            if (matches && person >= 0 && static_cast<size_t>(person / 64) < m_words)
                bits[static_cast<size_t>(person / 64)] |= quint64(1) << (person % 64);
        };
        while (st.step()) {
            const qint64 id = st.int64(0);
            if (id != person) {
                flush();
                person = id;
            }
            // Compared as UTF-8 bytes: no string made per attempt.
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st.handle(), 1));
            const int size = sqlite3_column_bytes(st.handle(), 1);
            matches = false;
            for (const QByteArray& result : std::as_const(wanted)) {
                if (result.size() == size && std::memcmp(result.constData(), text, size_t(size)) == 0) {
                    matches = true;
                    break;
                }
            }
        }
        flush();
        if (st.failed())
            return makeError(QStringLiteral("segment.sql"),
                             QCoreApplication::translate("terrain::SegmentService", "The segment could not be read."),
                             st.errorMessage());
        return bits;
    }

    static QString marks(qsizetype n)
    {
        QStringList out;
        for (qsizetype i = 0; i < n; ++i)
            out << QStringLiteral("?");
        return out.join(u',');
    }

    static QVariantList list(const QStringList& values)
    {
        QVariantList out;
        for (const QString& value : values)
            out << value;
        return out;
    }

    static QVariantList folded(const QStringList& values)
    {
        QVariantList out;
        for (const QString& value : values)
            out << foldText(value);
        return out;
    }

    // "INDEXED BY name " when the campaign has that index: a file whose import was cut
    // between dropping and rebuilding its indexes lacks some, and is still counted.
    QString indexedBy(const char* name)
    {
        Statement st = m_db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?");
        st.bind(1, QString::fromLatin1(name));
        return st.step() ? QStringLiteral(" INDEXED BY ") + QLatin1StringView(name) + u' ' : QStringLiteral(" ");
    }

    // People rows matching `where`: through the partial indexes on active people when the
    // universe is active people (the extra condition lets SQLite take them).
    Result<Bits> people(const QString& where, const QVariantList& binds, bool* withinUniverse,
                        const char* index = nullptr)
    {
        *withinUniverse = m_activeOnly;
        QString sql = QStringLiteral("SELECT id FROM people");
        sql += m_activeOnly && index ? indexedBy(index) : QStringLiteral(" ");
        sql += QStringLiteral("WHERE ");
        if (m_activeOnly)
            sql += QStringLiteral("deleted = 0 AND status = 'active' AND ");
        return ids(sql + where, binds);
    }

    Result<Bits> complement(Result<Bits> bits)
    {
        if (bits)
            invert(*bits);
        return bits;
    }

    Result<Bits> leaf(const SegmentFilter& f, bool* within)
    {
        const QStringList& v = f.textValues();
        const qsizetype n = v.size();
        switch (f.kind()) {
        case Kind::Districts:
            return people(QStringLiteral("district_id IN (WITH RECURSIVE d(id) AS (SELECT id FROM districts"
                                         " WHERE deleted = 0 AND uuid IN (%1) UNION SELECT c.id FROM districts c"
                                         " JOIN d ON c.parent_id = d.id WHERE c.deleted = 0) SELECT id FROM d)")
                              .arg(marks(n)),
                          list(v), within);
        case Kind::Bureaux:
            return people(QStringLiteral("district_id IN (SELECT id FROM districts WHERE deleted = 0"
                                         " AND kind = 'bureau' AND code IN (%1))")
                              .arg(marks(n)),
                          list(v), within);
        case Kind::Streets:
            return people(QStringLiteral("household_id IN (SELECT h.id FROM streets s JOIN addresses a"
                                         " ON a.street_id = s.id JOIN households h ON h.address_id = a.id"
                                         " WHERE s.deleted = 0 AND (s.uuid IN (%1) OR s.folded IN (%1)))")
                              .arg(marks(n)),
                          list(v) + folded(v), within);
        case Kind::Age: {
            QString where = QStringLiteral("birth_date IS NOT NULL");
            QVariantList binds;
            if (f.minAge()) {
                where += QStringLiteral(" AND birth_date <= ?");
                binds << m_today.addYears(-*f.minAge()).toString(Qt::ISODate);
            }
            if (f.maxAge()) {
                where += QStringLiteral(" AND birth_date > ?");
                binds << m_today.addYears(-*f.maxAge() - 1).toString(Qt::ISODate);
            }
            // The narrow index of migration 6: SQLite would rather scan the wide table.
            return people(where, binds, within, "people_segment");
        }
        case Kind::Sex:
            return people(QStringLiteral("sex IN (%1)").arg(marks(n)), list(v), within, "people_segment");
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
                parts << QStringLiteral("support IN (%1)").arg(marks(known.size()));
            if (unknown)
                parts << QStringLiteral("support IS NULL");
            if (parts.isEmpty())
                return Bits(m_words, 0);
            return people(QStringLiteral("(") + parts.join(QStringLiteral(" OR ")) + u')', known, within);
        }
        case Kind::Tags:
            return ids(QStringLiteral("SELECT pt.person_id FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
                                      " WHERE pt.deleted = 0 AND pt.present = 1 AND t.deleted = 0"
                                      " AND (t.uuid IN (%1) OR terrain_fold(t.name) IN (%1))")
                           .arg(marks(n)),
                       list(v) + folded(v));
        case Kind::PersonStatus:
            return ids(QStringLiteral("SELECT id FROM people WHERE status IN (%1)").arg(marks(n)), list(v));
        case Kind::HasPhone:
        case Kind::HasMobile: {
            auto bits = ids(QStringLiteral("SELECT person_id FROM phones WHERE deleted = 0 AND bad = 0")
                                + (f.kind() == Kind::HasMobile ? QStringLiteral(" AND type = 'mobile'") : QString()),
                            {});
            return f.wanted() ? bits : complement(std::move(bits));
        }
        case Kind::HasEmail: {
            auto bits = ids(QStringLiteral("SELECT person_id FROM emails WHERE deleted = 0 AND bad = 0 AND valid = 1"),
                            {});
            return f.wanted() ? bits : complement(std::move(bits));
        }
        case Kind::ContactedSince:
        case Kind::NotContactedSince: {
            const qint64 since = QDateTime(f.date(), QTime(0, 0)).toMSecsSinceEpoch();
            // The period's attempts from the index of migration 11 alone (no row lookups).
            const QString index = indexedBy("contact_attempts_since");
            auto bits = ids(QStringLiteral("SELECT person_id FROM contact_attempts%1WHERE at >= ? AND deleted = 0"
                                           " AND person_id IS NOT NULL UNION ALL SELECT p.id FROM contact_attempts ca%1"
                                           "JOIN people p ON p.household_id = ca.household_id WHERE ca.at >= ?"
                                           " AND ca.deleted = 0 AND ca.person_id IS NULL")
                                .arg(index),
                            {since, since});
            return f.kind() == Kind::ContactedSince ? bits : complement(std::move(bits));
        }
        case Kind::LastResult:
            return latestResultIn(v);
        case Kind::Voted:
        case Kind::NotVoted: {
            auto bits = ids(QStringLiteral("SELECT vm.person_id FROM vote_marks vm JOIN elections e"
                                           " ON e.id = vm.election_id WHERE vm.deleted = 0 AND e.deleted = 0"
                                           " AND (e.uuid = ?1 OR e.name = ?1)"),
                            {v.value(0)});
            return f.kind() == Kind::Voted ? bits : complement(std::move(bits));
        }
        case Kind::All:
        case Kind::Any:
        case Kind::Not:
            break;
        }
        return Bits(m_words, 0);
    }

    Database& m_db;
    QDate m_today;
    bool m_activeOnly;
    size_t m_words;
};

} // namespace

Result<qint64> countSegment(Database& db, const SegmentFilter& filter, QDate today)
{
    if (filter == SegmentFilter()) // everyone: SQLite counts an index faster than any bitset
        return db.scalar("SELECT count(*) FROM people WHERE deleted = 0 AND status = 'active'").toLongLong();
    const qint64 maxId = db.scalar("SELECT coalesce(max(id), 0) FROM people").toLongLong();
    Counter counter(db, today, !filter.mentionsStatus(), maxId);
    bool withinUniverse = false;
    auto matching = counter.eval(filter, &withinUniverse);
    if (!matching)
        return matching.error();
    if (withinUniverse)
        return Counter::count(*matching, *matching);
    auto universe = counter.universe();
    if (!universe)
        return universe.error();
    return Counter::count(*universe, *matching);
}

} // namespace terrain
