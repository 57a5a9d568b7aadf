#pragma once

#include "util/result.h"

namespace terrain {

class Database;
struct RowState;

// List codes are drawn at random and unique only per laptop: two lists made offline can
// share one (lists_code is a unique index). Every laptop settles it alike (listcode.h): the
// list that gives way takes a code derived from its UUID, as an edit of this laptop (new
// clock, outbox), so it travels and the list handed out keeps the code on its sheets. The
// change goes to the conflict log, where the coordinator sees it. Returns whether a code moved.
// Called by SyncLocalStore when it applies a pulled list, before writing `merged` (whose
// code may change here).
Result<bool> settleListCode(Database& db, RowState* merged);

} // namespace terrain
