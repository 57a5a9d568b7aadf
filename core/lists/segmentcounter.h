#pragma once

#include "lists/segmentfilter.h"
#include "util/result.h"

#include <QDate>

namespace terrain {

class Database;

// Counts a segment's people fast on a big campaign. A single SQL WHERE over people costs
// SQLite a full table scan plus one B-tree search per person for every EXISTS condition
// (seconds on 1,000,000 people); here each condition is read once as a set of person ids
// from the narrowest index that answers it, and the sets are combined as bitsets (AND,
// OR, NOT), then intersected with the people the filter applies to. Same result as
// counting compileSegment()'s rows (the tests check both on every condition).
Result<qint64> countSegment(Database& db, const SegmentFilter& filter, QDate today);

} // namespace terrain
