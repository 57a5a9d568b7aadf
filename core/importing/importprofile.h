#pragma once

#include "importing/importfield.h"
#include "people/valuenormalizer.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace terrain {

class Database;

// How the columns of a kind of file map to Terrain's fields. Built-in profiles match
// headers through synonyms (accents, case, spaces and punctuation ignored); a user's
// profile remembers the exact headers of the file it was saved from.
struct ImportProfile
{
    QString id;   // "fr-liste-electorale", "fr-adresse-unique", "generic", or a saved profile's UUID
    QString name; // shown to the user (translated for built-in profiles)
    bool builtIn = true;
    DateOrder dateOrder = DateOrder::DayFirst;
    // A full list of the communes it covers: re-importing marks the people it no longer
    // holds as having left the list.
    bool fullList = true;
    QHash<QString, ImportField> columns; // header key (see headerKey) -> field

    // The field this profile gives to a header, if it knows it.
    bool fieldFor(const QString& header, ImportField* field) const;
    QJsonObject toJson() const;
    static Result<ImportProfile> fromJson(const QJsonObject& json);
};

// The folded comparison key of a column header: "Nom de naissance" -> "nomdenaissance".
QString headerKey(QStringView header);

const QList<ImportProfile>& builtInProfiles();

// The mapping a profile proposes for the given headers, and how many headers it knew.
struct ColumnMapping
{
    ImportProfile profile;
    QList<ImportField> fields; // one per column, Ignore for those the profile did not know
    int recognised = 0;
};

ColumnMapping mapColumns(const ImportProfile& profile, const QStringList& headers);
// The best profile among `candidates` for these headers (most columns recognised; ties go
// to the earlier profile).
ColumnMapping proposeMapping(const QList<ImportProfile>& candidates, const QStringList& headers);

// Applies user overrides "COLUMN=FIELD" where COLUMN is a header (as written or folded)
// or a 1-based column number and FIELD an import field key.
Status applyOverrides(ColumnMapping& mapping, const QStringList& headers, const QStringList& overrides);

// Checks that a mapping can import anything: a name, and a way to identify people.
Status validateMapping(const ColumnMapping& mapping);

// User profiles, saved in the campaign (synced like the rest).
class ProfileStore final
{
public:
    explicit ProfileStore(Database& db);
    QList<ImportProfile> userProfiles() const;
    // Every profile: built-in ones first, then the user's.
    QList<ImportProfile> allProfiles() const;
    Result<ImportProfile> find(const QString& idOrName) const;
    // Saves the mapping under a name (replacing the user profile of that name).
    Result<ImportProfile> save(const QString& name, const ColumnMapping& mapping, const QStringList& headers);

private:
    Database& m_db;
};

} // namespace terrain
