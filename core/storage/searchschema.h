#pragma once

namespace terrain {

// The row of the search index for each person: rowid, folded names (usage name first,
// then the birth name), folded address, and the digits of every phone (E.164 and as
// typed). Used by the migration that creates the index and by SearchIndex; append a
// WHERE clause on `p`.
inline constexpr const char* kSearchIndexSelect =
    "SELECT p.id, p.folded_name || ' ' || terrain_fold(p.last_name), coalesce(a.search_text, ''),"
    " coalesce((SELECT group_concat(terrain_digits(coalesce(ph.e164, '')) || ' ' || terrain_digits(ph.raw), ' ')"
    "           FROM phones ph WHERE ph.person_id = p.id AND ph.deleted = 0 AND ph.bad = 0), '')"
    " FROM people p LEFT JOIN households h ON h.id = p.household_id LEFT JOIN addresses a ON a.id = h.address_id ";

} // namespace terrain
