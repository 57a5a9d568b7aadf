#include "streetpicks.h"

#include "storage/database.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QSet>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ListService", text);
}

Error sqlError(const Statement& st)
{
    return makeError(QStringLiteral("lists.sql"), tr("The lists could not be read."), st.errorMessage());
}

} // namespace

Result<QList<StreetPick>> streetPicksByName(
    Database& db, const QString& street, const QStringList& bureauCodes, StreetPick::Side side)
{
    const QString folded = foldText(street.simplified());
    if (folded.isEmpty())
        return makeError(QStringLiteral("lists.street"), tr("Name a street."));

    // The bureaux asked for, by code; empty: any.
    QSet<qint64> wanted;
    for (const QString& code : bureauCodes) {
        Statement st = db.prepare("SELECT id FROM districts WHERE deleted = 0 AND kind = 'bureau' AND code = ?");
        st.bind(1, code.trimmed());
        bool found = false;
        while (st.step()) {
            wanted.insert(st.int64(0));
            found = true;
        }
        if (st.failed())
            return sqlError(st);
        if (!found)
            return makeError(QStringLiteral("lists.bureau"), tr("There is no bureau with the code “%1”.").arg(code));
    }

    // Where the street's voters vote: one pick per street (or lieu-dit) and bureau.
    QList<StreetPick> picks;
    const auto addBureaux = [&](Statement& st, qint64 streetId, const QString& lieuDit) {
        while (st.step()) {
            const qint64 bureau = st.int64(0);
            if (!wanted.isEmpty() && !wanted.contains(bureau))
                continue;
            StreetPick pick;
            pick.bureauId = bureau;
            pick.streetId = streetId;
            pick.lieuDit = lieuDit;
            pick.side = side;
            picks << pick;
        }
        return !st.failed();
    };
    bool named = false;
    Statement streets = db.prepare("SELECT id FROM streets WHERE deleted = 0 AND folded = ? ORDER BY id");
    streets.bind(1, folded);
    QList<qint64> streetIds;
    while (streets.step())
        streetIds << streets.int64(0);
    if (streets.failed())
        return sqlError(streets);
    for (qint64 id : std::as_const(streetIds)) {
        named = true;
        Statement st = db.prepare("SELECT DISTINCT p.district_id FROM addresses a JOIN households h"
                                  " ON h.address_id = a.id JOIN people p ON p.household_id = h.id"
                                  " WHERE a.street_id = ? AND p.deleted = 0 AND p.district_id IS NOT NULL"
                                  " ORDER BY p.district_id");
        st.bind(1, id);
        if (!addBureaux(st, id, {}))
            return sqlError(st);
    }
    Statement lieux = db.prepare("SELECT DISTINCT lieu_dit FROM addresses WHERE street_id IS NULL"
                                 " AND lieu_dit IS NOT NULL AND terrain_fold(lieu_dit) = ? ORDER BY lieu_dit");
    lieux.bind(1, folded);
    QStringList lieuxDits;
    while (lieux.step())
        lieuxDits << lieux.text(0);
    if (lieux.failed())
        return sqlError(lieux);
    for (const QString& lieuDit : std::as_const(lieuxDits)) {
        named = true;
        Statement st = db.prepare("SELECT DISTINCT p.district_id FROM addresses a JOIN households h"
                                  " ON h.address_id = a.id JOIN people p ON p.household_id = h.id"
                                  " WHERE a.street_id IS NULL AND a.lieu_dit = ? AND p.deleted = 0"
                                  " AND p.district_id IS NOT NULL ORDER BY p.district_id");
        st.bind(1, lieuDit);
        if (!addBureaux(st, 0, lieuDit))
            return sqlError(st);
    }
    if (!named)
        return makeError(QStringLiteral("lists.street"), tr("There is no street or lieu-dit named “%1”.").arg(street));
    if (picks.isEmpty())
        return makeError(
            QStringLiteral("lists.street"), tr("No voter of “%1” votes in the bureaux given.").arg(street));
    return picks;
}

} // namespace terrain
