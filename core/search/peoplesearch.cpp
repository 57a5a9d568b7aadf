#include "peoplesearch.h"

#include "storage/database.h"
#include "util/textfold.h"

#include <QCoreApplication>
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
    return parse(text, true).match;
}

PeopleSearch::Query PeopleSearch::parse(const QString& text, bool exactCompleteWords) const
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
    // The last word is still being typed ("rue" may become "ruelle") unless a space follows.
    const bool lastComplete = text.endsWith(u' ');
    if (merged.size() > 1) {
        QStringList kept;
        for (qsizetype i = 0; i < merged.size(); ++i) {
            if ((i + 1 < merged.size() || lastComplete) && isNoise(merged[i]))
                continue;
            kept << merged[i];
        }
        if (!kept.isEmpty())
            merged = kept;
    }
    Query query;
    query.hasLongWord = std::any_of(merged.cbegin(), merged.cend(), [](const QString& w) { return w.size() > 1; });
    // A finished word of four letters or more is looked up as a word, not as a prefix:
    // a prefix of a common word ("boulevard*") merges many index lists.
    const auto isPrefix = [&](qsizetype i) {
        const bool complete = i + 1 < merged.size() || lastComplete;
        return !(exactCompleteWords && complete && merged[i].size() >= 4);
    };
    const auto isPhone = [&](qsizetype i) { return allDigits(merged[i]) && merged[i].size() >= 4; };
    // A word that another word of the name or address starts with adds nothing: every match
    // of the other has it ("marie-claude marie", "mar marie"). Left out, it spares the index
    // the merge of every word it starts.
    const auto implied = [&](qsizetype i) {
        if (isPhone(i))
            return false;
        for (qsizetype j = 0; j < merged.size(); ++j) {
            if (j == i || merged[j].size() < 2 || isPhone(j) || !merged[j].startsWith(merged[i]))
                continue;
            const bool same = merged[j].size() == merged[i].size();
            if (isPrefix(i) ? !same || !isPrefix(j) || j < i : same && !isPrefix(j) && j < i)
                return true;
        }
        return false;
    };
    QStringList terms;
    for (qsizetype i = 0; i < merged.size(); ++i) {
        const QString& word = merged[i];
        // One character has no prefix index (it would match half the campaign): beside longer
        // words, it filters their matches instead of joining the index walk.
        if (word.size() == 1) {
            query.letters << word;
            continue;
        }
        const QString star = isPrefix(i) ? QStringLiteral("*") : QString();
        if (!isPrefix(i))
            query.exactWords = true;
        if (implied(i))
            continue;
        if (isPhone(i)) {
            QStringList forms{u'"' + word + u'"' + star};
            // A French national number also matches its E.164 digits: 06... -> 336...
            if (m_region == QLatin1StringView("FR") && word.startsWith(u'0'))
                forms << u"\"33" + word.mid(1) + u'"' + star;
            terms << u"phone : (" + forms.join(QStringLiteral(" OR ")) + u')';
        } else {
            terms << u"{name address} : \"" + word + u'"' + star;
        }
    }
    query.match = terms.join(QStringLiteral(" AND "));
    return query;
}

PeopleSearch::Condition PeopleSearch::condition(const QString& text) const
{
    Condition condition;
    const QString folded = foldText(text);
    if (folded.isEmpty())
        return condition;
    const Query query = parse(text, false);
    if (!query.hasLongWord) {
        QString upper = folded;
        upper.back() = QChar(upper.back().unicode() + 1);
        condition.sql = QStringLiteral("p.folded_name >= ? AND p.folded_name < ?");
        condition.binds << folded << upper;
        return condition;
    }
    // The letters are tested on the person's folded name (in the name index the table walks),
    // not on the search index's text: reading that text for every match of the words costs
    // more than a keystroke when the words match many ("michel l": 47,000).
    condition.candidates = QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ?");
    condition.candidateBinds << query.match;
    QStringList tests;
    for (const QString& letter : query.letters) {
        tests << QStringLiteral("(' ' || p.folded_name) LIKE ?");
        condition.rowTestBinds << QString(u"% " + letter + u'%');
    }
    condition.rowTest = tests.join(QStringLiteral(" AND "));
    for (qsizetype end = folded.indexOf(u' '); end != -1; end = folded.indexOf(u' ', end + 1)) {
        if (end > 1)
            condition.nameStarts << folded.left(end);
    }
    condition.nameStarts << folded;
    condition.sql = QStringLiteral("p.id IN (") + condition.candidates + u')';
    if (!condition.rowTest.isEmpty())
        condition.sql += QStringLiteral(" AND ") + condition.rowTest;
    condition.binds = condition.candidateBinds + condition.rowTestBinds;
    return condition;
}

Result<QList<PersonHit>> PeopleSearch::search(const QString& text, int limit)
{
    const QString folded = foldText(text);
    if (folded.isEmpty())
        return QList<PersonHit>();
    Query query = parse(text, true);
    if (!query.hasLongWord)
        return byNamePrefix(folded, limit);
    auto hits = byIndex(query, folded, limit);
    // A finished word may have been a prefix after all ("mart jean"): try again as prefixes.
    if (hits && hits->isEmpty() && query.exactWords)
        hits = byIndex(parse(text, false), folded, limit);
    return hits;
}

Result<QList<PersonHit>> PeopleSearch::byNamePrefix(const QString& folded, int limit)
{
    // Single letters match too many people to rank: list names starting with what was typed.
    Statement st = m_db.prepare(QString::fromLatin1(QByteArray(kHitColumns)
                                                    + "WHERE p.deleted = 0 AND p.folded_name >= ? AND p.folded_name < ?"
                                                      " ORDER BY p.folded_name LIMIT ?"));
    QString upper = folded;
    upper.back() = QChar(upper.back().unicode() + 1);
    st.bind(1, folded).bind(2, upper).bind(3, limit);
    return collect(st);
}

Result<QList<PersonHit>> PeopleSearch::byIndex(const Query& query, const QString& folded, int limit)
{
    QByteArray letterFilter;
    for (qsizetype i = 0; i < query.letters.size(); ++i)
        letterFilter += (i == 0 ? " WHERE" : " AND") + QByteArray(" (' ' || name || ' ' || address) LIKE ?");
    // Ranking every match of a short prefix would walk much of the index: take the first
    // matches in index order (a bounded window), then show them alphabetically, people whose
    // name starts with the first word first. A narrower text brings the rest into the window.
    Statement st = m_db.prepare(QString::fromLatin1(
        QByteArray(kHitColumns)
        + "JOIN (SELECT p2.id FROM people p2 JOIN (SELECT rowid AS id FROM (SELECT rowid, name, address FROM search_index"
          " WHERE search_index MATCH ? LIMIT 2000)"
        + letterFilter
        + ") m ON m.id = p2.id WHERE p2.deleted = 0"
          " ORDER BY substr(p2.folded_name, 1, length(?)) <> ?, p2.folded_name LIMIT ?) top ON top.id = p.id"
          " ORDER BY substr(p.folded_name, 1, length(?)) <> ?, p.folded_name"));
    const QString first = folded.section(u' ', 0, 0);
    int index = 1;
    st.bind(index++, query.match);
    for (const QString& letter : query.letters)
        st.bind(index++, QString(u"% " + letter + u'%'));
    st.bind(index, first).bind(index + 1, first).bind(index + 2, limit).bind(index + 3, first).bind(index + 4, first);
    return collect(st);
}

Result<QList<PersonHit>> PeopleSearch::collect(Statement& st)
{
    QList<PersonHit> hits;
    while (st.step()) {
        const QString first = st.text(3);
        hits.append({st.int64(0), st.text(1), first.isEmpty() ? st.text(2).toUpper() : st.text(2).toUpper() + u' ' + first,
                     st.text(4), st.text(5), st.text(6)});
    }
    if (st.failed())
        return makeError(QStringLiteral("search"), QCoreApplication::translate("terrain::PeopleSearch", "Search failed."),
                         st.errorMessage());
    return hits;
}

} // namespace terrain
