#include "peoplesearch.h"

#include "storage/database.h"
#include "util/textfold.h"

#include <QStringList>

namespace terrain {

namespace {

const char* const kHitColumns =
    "SELECT p.id, p.uuid, coalesce(nullif(p.usage_name, ''), p.last_name), p.first_names,"
    " trim(coalesce(a.number, '') || coalesce(' ' || nullif(a.suffix, ''), '') || ' ' || coalesce(s.name, a.lieu_dit, '')),"
    " coalesce(d.code, ''), coalesce(p.birth_date, '')"
    " FROM people p LEFT JOIN households h ON h.id = p.household_id LEFT JOIN addresses a ON a.id = h.address_id"
    " LEFT JOIN streets s ON s.id = a.street_id LEFT JOIN districts d ON d.id = p.district_id ";

bool allDigits(QStringView word)
{
    for (QChar c : word) {
        if (!c.isDigit())
            return false;
    }
    return !word.isEmpty();
}

} // namespace

PeopleSearch::PeopleSearch(Database& db, QString defaultRegion)
    : m_db(db),
      m_region(std::move(defaultRegion))
{
}

QString PeopleSearch::ftsQuery(const QString& text) const
{
    // Phone numbers are typed with spaces ("06 12 34"): glue runs of digit groups together.
    const QStringList words = foldText(text).split(u' ', Qt::SkipEmptyParts);
    QStringList merged;
    for (const QString& word : words) {
        if (allDigits(word) && !merged.isEmpty() && allDigits(merged.last()) && merged.last().size() >= 2)
            merged.last() += word;
        else
            merged << word;
    }
    QStringList terms;
    for (const QString& word : std::as_const(merged)) {
        if (allDigits(word) && word.size() >= 4) {
            QStringList forms{u'"' + word + u"\"*"};
            // A French national number also matches its E.164 digits: 06... -> 336...
            if (m_region == QLatin1StringView("FR") && word.startsWith(u'0') && word.size() >= 2)
                forms << u"\"33" + word.mid(1) + u"\"*";
            terms << u"phone : (" + forms.join(QStringLiteral(" OR ")) + u')';
        } else {
            terms << u"{name address} : \"" + word + u"\"*";
        }
    }
    return terms.join(QStringLiteral(" AND "));
}

Result<QList<PersonHit>> PeopleSearch::search(const QString& text, int limit)
{
    QList<PersonHit> hits;
    const QString folded = foldText(text);
    if (folded.isEmpty())
        return hits;

    Statement st;
    if (folded.size() == 1) {
        // One letter matches too many people to rank: list last names starting with it.
        st = m_db.prepare(QString::fromLatin1(QByteArray(kHitColumns)
                                              + "WHERE p.deleted = 0 AND p.folded_name >= ? AND p.folded_name < ? "
                                                "ORDER BY p.folded_name LIMIT ?"));
        QString upper = folded;
        upper[0] = QChar(upper[0].unicode() + 1);
        st.bind(1, folded).bind(2, upper).bind(3, limit);
    } else {
        st = m_db.prepare(QString::fromLatin1(
            QByteArray(kHitColumns)
            + "JOIN (SELECT rowid AS id, bm25(search_index, 10.0, 2.0, 5.0) AS score FROM search_index"
              " WHERE search_index MATCH ? ORDER BY score LIMIT ?) m ON m.id = p.id"
              " ORDER BY m.score, p.folded_name"));
        st.bind(1, ftsQuery(text)).bind(2, limit);
    }
    while (st.step())
        hits.append({st.int64(0), st.text(1), st.text(2).toUpper() + u' ' + st.text(3), st.text(4), st.text(5),
                     st.text(6)});
    if (st.failed())
        return makeError(QStringLiteral("search"), QStringLiteral("Search failed"), st.errorMessage());
    return hits;
}

} // namespace terrain
