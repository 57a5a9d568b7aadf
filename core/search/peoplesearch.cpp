#include "peoplesearch.h"

#include "storage/database.h"
#include "util/textfold.h"

#include <QSet>
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

// Words too common to narrow anything (articles, street types): dropped when the text
// has other words, since each would make the index walk a large part of the campaign.
bool isNoise(const QString& word)
{
    static const QSet<QString> noise = {
        QStringLiteral("de"),     QStringLiteral("du"),   QStringLiteral("des"),     QStringLiteral("la"),
        QStringLiteral("le"),     QStringLiteral("les"),  QStringLiteral("d"),       QStringLiteral("l"),
        QStringLiteral("rue"),    QStringLiteral("r"),    QStringLiteral("avenue"),  QStringLiteral("av"),
        QStringLiteral("bd"),     QStringLiteral("boulevard"), QStringLiteral("allee"), QStringLiteral("chemin"),
        QStringLiteral("impasse"), QStringLiteral("place"), QStringLiteral("route"), QStringLiteral("et"),
    };
    return noise.contains(word);
}

QString PeopleSearch::ftsQuery(const QString& text) const
{
    return parse(text).match;
}

PeopleSearch::Query PeopleSearch::parse(const QString& text) const
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
    if (merged.size() > 1) {
        QStringList kept;
        for (qsizetype i = 0; i < merged.size(); ++i) {
            // The last word is still being typed: "rue" may become "ruelle".
            if (i + 1 < merged.size() && isNoise(merged[i]))
                continue;
            kept << merged[i];
        }
        if (!kept.isEmpty())
            merged = kept;
    }
    Query query;
    // One character has no prefix index (it would match half the campaign): beside longer
    // words, it filters their matches instead of joining the index walk.
    const bool hasLongWord = std::any_of(merged.cbegin(), merged.cend(), [](const QString& w) { return w.size() > 1; });
    QStringList terms;
    for (const QString& word : std::as_const(merged)) {
        if (word.size() == 1 && hasLongWord) {
            query.letters << word;
            continue;
        }
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
    query.match = terms.join(QStringLiteral(" AND "));
    return query;
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
        const Query query = parse(text);
        if (query.match.isEmpty())
            return hits;
        QByteArray letterFilter;
        for (qsizetype i = 0; i < query.letters.size(); ++i)
            letterFilter += " AND (' ' || name || ' ' || address) LIKE ?";
        // Ranking every match of a short prefix would walk much of the index: take the first
        // matches in index order (bounded), then show them alphabetically, people whose name
        // starts with the first word first. A narrower text brings the rest into the window.
        st = m_db.prepare(QString::fromLatin1(
            QByteArray(kHitColumns)
            + "JOIN (SELECT p2.id FROM people p2 JOIN (SELECT rowid AS id FROM search_index WHERE search_index MATCH ?"
            + letterFilter + " LIMIT 2000) m ON m.id = p2.id WHERE p2.deleted = 0"
              " ORDER BY substr(p2.folded_name, 1, length(?)) <> ?, p2.folded_name LIMIT ?) top ON top.id = p.id"
              " ORDER BY substr(p.folded_name, 1, length(?)) <> ?, p.folded_name"));
        const QString first = folded.section(u' ', 0, 0);
        int index = 1;
        st.bind(index++, query.match);
        for (const QString& letter : query.letters)
            st.bind(index++, QString(u"% " + letter + u'%'));
        st.bind(index, first).bind(index + 1, first).bind(index + 2, limit).bind(index + 3, first).bind(index + 4, first);
    }
    while (st.step())
        hits.append({st.int64(0), st.text(1), st.text(2).toUpper() + u' ' + st.text(3), st.text(4), st.text(5),
                     st.text(6)});
    if (st.failed())
        return makeError(QStringLiteral("search"), QStringLiteral("Search failed"), st.errorMessage());
    return hits;
}

} // namespace terrain
