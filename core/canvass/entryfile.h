#pragma once

#include "util/result.h"

#include <QString>

namespace terrain {

class EntrySession;

// Bulk entry of a returned list from a CSV file (terrain-cli entry). Format, one row per
// person or door, header required (names case-insensitive; delimiter ; , tab or |; UTF-8 or
// Windows-1252):
//
//     door,person,result,answers
//     1,,N,
//     2,1,,21
//     2,2,R,
//
// door     the door's number on the printed list (1 = first door), required
// person   the person's number at that door (1 = first); empty = the first person, and a
//          door-level result (not home, inaccessible) alone then stands for the whole door
// result   the result's key letter (N, R, M...) or its id (not_home); empty when answers say
//          "canvassed"
// answers  the digits typed in the grid: one per question in order, 0 skips one, "+" adds an
//          option to a multiple-choice answer ("2" = support 2; "21" = support 2, then option 1)
//
// Every row is checked first; any bad row gives errors naming file, line and field, and
// nothing is applied to the session. Returns the number of rows applied.
Result<int> applyEntryFile(EntrySession& session, const QString& path);

} // namespace terrain
