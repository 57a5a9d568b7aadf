#include "callscripts.h"

#include "canvass/canvassdefaults.h"
#include "storage/database.h"
#include "sync/repository.h"
#include "util/uuid.h"

#include <QCoreApplication>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::CallScripts", text);
}

Error readError(const QString& detail)
{
    return makeError(QStringLiteral("canvass.script"), tr("Cannot read the call script."), detail);
}

// The stored script row: the campaign's (listId 0) or a list's; 0 when none.
Result<std::pair<qint64, QString>> stored(Database& db, qint64 listId)
{
    Statement st = listId > 0 ? db.prepare("SELECT id, text FROM call_scripts WHERE deleted = 0 AND list_id = ?"
                                           " ORDER BY hlc DESC, id DESC LIMIT 1")
                              : db.prepare("SELECT id, text FROM call_scripts WHERE deleted = 0 AND list_id IS NULL"
                                           " ORDER BY hlc DESC, id DESC LIMIT 1");
    if (listId > 0)
        st.bind(1, listId);
    if (st.step())
        return std::pair(st.int64(0), st.text(1));
    if (st.failed())
        return readError(st.errorMessage());
    return std::pair(qint64(0), QString());
}

} // namespace

QStringList CallScripts::mergeFields()
{
    return {QStringLiteral("{prenom}"), QStringLiteral("{nom}"), QStringLiteral("{bureau}"),
            QStringLiteral("{lieu_de_vote}")};
}

QString CallScripts::defaultText()
{
    return tr("Hello {prenom} {nom}, I am a volunteer for the campaign and I am calling the voters of bureau "
              "{bureau}. Do you have a minute?\n\nHave you decided how you will vote? You vote at {lieu_de_vote}.");
}

Result<QString> CallScripts::listScript(Database& db, qint64 listId)
{
    if (listId <= 0)
        return QString();
    auto row = stored(db, listId);
    if (!row)
        return row.error();
    return row->second;
}

Result<QString> CallScripts::campaignScript(Database& db)
{
    auto row = stored(db, 0);
    if (!row)
        return row.error();
    return row->first > 0 && !row->second.trimmed().isEmpty() ? row->second : defaultText();
}

Result<QString> CallScripts::scriptFor(Database& db, qint64 listId)
{
    auto own = listScript(db, listId);
    if (!own)
        return own;
    if (!own->trimmed().isEmpty())
        return own;
    return campaignScript(db);
}

Status CallScripts::save(Database& db, Repository& repo, qint64 listId, const QString& text)
{
    const QString script = text.trimmed();
    if (listId <= 0 && script.isEmpty())
        return makeError(QStringLiteral("canvass.script"), tr("The campaign's call script cannot be empty."));
    Database::Transaction tx(db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    if (listId > 0) {
        Statement list = db.prepare("SELECT kind FROM lists WHERE id = ? AND deleted = 0");
        list.bind(1, listId);
        if (!list.step())
            return makeError(QStringLiteral("canvass.script"), tr("This list is not in the campaign."));
    }
    auto row = stored(db, listId);
    if (!row)
        return row.error();
    if (row->first > 0) {
        if (script.isEmpty()) {
            if (Status s = repo.remove("call_scripts", row->first); !s)
                return s;
        } else if (auto w = repo.update("call_scripts", row->first, {{QStringLiteral("text"), script}}); !w) {
            return w.error();
        }
    } else if (!script.isEmpty()) {
        auto id = repo.insert("call_scripts", {{QStringLiteral("list_id"), listId > 0 ? QVariant(listId) : QVariant()},
                                               {QStringLiteral("text"), script}});
        if (!id)
            return id.error();
    }
    return tx.commit();
}

Status CallScripts::seedBuiltin(Database& db)
{
    auto row = stored(db, 0);
    if (!row)
        return row.error();
    if (row->first > 0)
        return {};
    auto id = insertBuiltinRow(db, "call_scripts", stableUuid(u"call_scripts", u"campaign"),
                               {{QStringLiteral("list_id"), QVariant()}, {QStringLiteral("text"), defaultText()}});
    if (!id)
        return id.error();
    return {};
}

} // namespace terrain
