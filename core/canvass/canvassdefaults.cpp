#include "canvassdefaults.h"

#include "canvass/callscripts.h"
#include "canvass/resultcodes.h"
#include "canvass/survey.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace terrain {

Result<qint64> insertBuiltinRow(Database& db, const char* table, const QString& uuid, const FieldValues& values)
{
    // Explicit columns: later migrations may add columns (with defaults) to these tables.
    QString columns = QStringLiteral("uuid, hlc, site, deleted");
    QString marks = QStringLiteral("?, 0, 0, 0");
    for (const auto& [name, value] : values) {
        Q_UNUSED(value)
        columns += QStringLiteral(", ") + name;
        marks += QStringLiteral(", ?");
    }
    const QString table16 = QString::fromLatin1(table);
    Statement insert =
        db.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)").arg(table16, columns, marks));
    insert.bind(1, uuid);
    int index = 2;
    for (const auto& [name, value] : values) {
        Q_UNUSED(name)
        insert.bind(index++, value);
    }
    if (Status s = insert.exec(); !s)
        return s.error();
    Statement id = db.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table16));
    id.bind(1, uuid);
    if (!id.step())
        return makeError(QStringLiteral("db.write"),
                         QCoreApplication::translate("terrain::CampaignDefaults", "Cannot write the campaign's defaults."),
                         id.errorMessage());
    return id.int64(0);
}

Status seedCanvassDefaults(Database& db)
{
    if (Status s = ResultCodes::seedBuiltins(db); !s)
        return s;
    if (Status s = SurveyService::seedBuiltin(db); !s)
        return s;
    return CallScripts::seedBuiltin(db);
}

} // namespace terrain
