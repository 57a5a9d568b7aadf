#pragma once

#include <QString>
#include <QStringView>

namespace terrain {

// The row of the search index for each person: rowid, folded names (usage name first,
// then the birth name), folded address, and the digits of every phone (E.164 and as
// typed). Used by the migration that creates the index and by SearchIndex; append a
// WHERE clause on `p`. terrain_search_name and terrain_search_phone are the functions
// below, which the campaign file's connections know.
inline constexpr const char* kSearchIndexSelect =
    "SELECT p.id, terrain_search_name(p.folded_name, p.last_name), coalesce(a.search_text, ''),"
    " coalesce((SELECT group_concat(terrain_search_phone(ph.e164, ph.raw), ' ')"
    "           FROM phones ph WHERE ph.person_id = p.id AND ph.deleted = 0 AND ph.bad = 0), '')"
    " FROM people p LEFT JOIN households h ON h.id = p.household_id LEFT JOIN addresses a ON a.id = h.address_id ";

// A word said twice in a column matches nothing more (the index keeps no positions) and costs
// the index a term and its three prefixes each time: the birth name goes after the folded name
// only when one of its words is not there already ("dupont jean" + "dupont": once), and a
// number as typed only when its digits are not those of the E.164 form.
QString searchNameTerms(const QString& foldedName, QStringView birthName);
QString searchPhoneTerms(QStringView e164, QStringView raw);

} // namespace terrain
