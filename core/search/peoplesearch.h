#pragma once

#include "storage/statement.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace terrain {

class Database;

struct PersonHit
{
    qint64 id = 0;
    QString uuid;
    QString name;     // "DUPONT Jean" (usage name, then first names)
    QString address;  // "12 bis Rue de la Paix"
    QString bureau;   // bureau code
    QString birthDate;
};

// Search as you type over names, address and phone digits: accent- and case-insensitive,
// every word a prefix, all words must match, best matches first.
class PeopleSearch final
{
public:
    explicit PeopleSearch(Database& db, QString defaultRegion = QStringLiteral("FR"));

    Result<QList<PersonHit>> search(const QString& text, int limit = 50);
    // The FTS5 query for a text, or an empty string when the text has nothing to search.
    QString ftsQuery(const QString& text) const;

    // The same search as a condition on `people p` for other queries (the People table's
    // count and pages): every word a prefix, single letters beside words as the start of a
    // word of the name (initials), only letters typed: names starting with them. Empty when
    // the text has nothing to search.
    struct Condition
    {
        QString sql;
        QVariantList binds;
        // A search-index condition in two parts, for a caller that reads the matches itself:
        // the SELECT of the rowids (people ids) of the words, and the test of one-letter
        // words on the person's row (name initials; empty when there is none).
        // sql is "p.id IN (candidates) AND rowTest". Both empty for a name prefix.
        QString candidates;
        QVariantList candidateBinds;
        QString rowTest;
        QVariantList rowTestBinds;

        // Where many matches may sit in the name order: the starts of the folded text that
        // end a word, widest first ("le", "le gall", "le gall j"; none of one character).
        // People whose folded name starts with one are a range of the name index, which a
        // caller can read in order instead of looking each match up.
        QStringList nameStarts;

        // Two texts with one key read the same matches ("michel" and "michel "): a caller
        // keeping the matches of the last keystroke reuses them.
        QString matchKey() const { return candidateBinds.value(0).toString(); }
    };
    Condition condition(const QString& text) const;

private:
    struct Query
    {
        QString match;       // the FTS5 expression
        QStringList letters; // one-character words, matched as word starts on the candidates
        bool hasLongWord = false;
        bool exactWords = false; // some finished words are looked up whole
    };
    Query parse(const QString& text, bool exactCompleteWords) const;
    Result<QList<PersonHit>> byNamePrefix(const QString& folded, int limit);
    Result<QList<PersonHit>> byIndex(const Query& query, const QString& folded, int limit);
    static Result<QList<PersonHit>> collect(Statement& st);

    Database& m_db;
    QString m_region;
};

} // namespace terrain
