#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace terrain {

class Database;
class Repository;

// The phone bank's call script: one for the campaign and, optionally, one per call list
// (table call_scripts, migration 10; it syncs). Merge fields {prenom}, {nom}, {bureau},
// {lieu_de_vote} are filled per person by PhoneQueue::mergeScript().
class CallScripts final
{
public:
    // The merge fields a script may use, as written in it.
    static QStringList mergeFields();
    // The default script, in the language Terrain runs in.
    static QString defaultText();

    // The script of a call list: its own, else the campaign's, else the default.
    static Result<QString> scriptFor(Database& db, qint64 listId);
    // The list's own script (empty when it uses the campaign's).
    static Result<QString> listScript(Database& db, qint64 listId);
    // The campaign's script (the default when none is stored).
    static Result<QString> campaignScript(Database& db);

    // Stores the campaign's script (listId 0) or a list's own; for a list, an empty text removes
    // its own script so that it uses the campaign's again. The campaign's cannot be empty.
    static Status save(Database& db, Repository& repo, qint64 listId, const QString& text);

    // Migration 10: the campaign's script in the current language, as a built-in row, when none.
    static Status seedBuiltin(Database& db);
};

} // namespace terrain
