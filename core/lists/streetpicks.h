#pragma once

#include "lists/listservice.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace terrain {

class Database;

// A hand-cut list's streets as typed (the command line): the street or lieu-dit of that name,
// compared folded ("rue de la paix" finds "Rue de la Paix"), in each bureau it has voters in,
// or only in the bureaux of these codes, on one side. Errors: "lists.street" (no such street,
// or none of its voters in those bureaux), "lists.bureau" (a code names no bureau).
Result<QList<StreetPick>> streetPicksByName(
    Database& db, const QString& street, const QStringList& bureauCodes, StreetPick::Side side);

} // namespace terrain
