#pragma once

#include "sync/pagerow.h"
#include "sync/syncrow.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace terrain {

// Who writes with a site id (the user name the server knows for it), as pages carry it.
using SiteNames = QHash<qint64, QString>;

// The wire form of a page of rows since sync schema 2: columnar, so that gzip sees long runs
// of alike values (a first sync of 100,000 people went from 17.2 MiB to about a third).
//
//   {"sites": [site ids], "names": [user name or null per site],
//    "tables": [{"t": table, "c": [columns, "deleted" first], "n": row count,
//                "u": uuids, "x": uuids of rows of this table referenced but not in the page,
//                "h": [base hlc deltas], "s": [site index per row],
//                "v": [one array per column], "o": [row delta, column, hlc - base hlc, site index, ...],
//                "d": [1 per row whose name-based uuid is left out of "u", else 0]}]}
//
// Uuids: when all are canonical (36 lower-case hex characters) {"w": [deltas]}, each the
// difference of the whole 128-bit value from the previous uuid of the list (from 0 for the
// first), modulo 2^128: a JSON number when within +-2^53, else a hex string (1 to 32 digits).
// Consecutive uuids of one UuidGenerator differ by 1; a new millisecond makes a short string.
// Otherwise an array of strings. Decoding also takes the form before whole-value deltas,
// {"h": [deltas of the first 64 bits], "l": "the last 64 bits as hex, one after the other"}. A
// reference column holds, per row, null or the delta from the previous row's index into the
// referenced table's rows in the page followed by its "x" list. Unknown tables and columns
// are skipped (a newer peer). "d" exists only for person_tags (no reference points at them): a row
// whose uuid is stableUuid("person_tags", "person uuid:tag uuid") is derived on decode.
//
// The encoder writes the JSON text itself from PageRows (pagerow.h), and the decoder reads it
// back into PageRows the same way: a first sync decoded a QJsonValue per value before.

// A page read from its JSON text: rows whose values are views of `text` and of `buffers` (the
// uuids of references, values decoding wrote in their normal form), in the form
// normalizeValues gives RowStates. Moving it keeps the views valid.
struct DecodedPage
{
    QByteArray text;
    std::vector<QByteArray> buffers;
    std::vector<PageRow> rows;
    SiteNames names;
};

class PageCodec final
{
public:
    // The page's JSON text (compact).
    static QByteArray encodeJson(const std::vector<PageRow>& rows, const SiteNames& names = {});
    static QByteArray encodeJson(const std::vector<RowState>& rows, const SiteNames& names = {});
    static QJsonObject encode(const std::vector<RowState>& rows, const SiteNames& names = {});
    // Pages travel as text, first in their message: the compact JSON text of `object` with a page
    // as its "page" is the page's text after kPagePrefix (pageMessage() writes them so), then
    // the object's members (endMessage()). Neither copies the page.
    static constexpr QByteArrayView kPagePrefix{"{\"page\":"};
    static QByteArray pageMessage(const std::vector<PageRow>& rows, const SiteNames& names = {});
    static QByteArray endMessage(QByteArray message, const QJsonObject& object);
    // A message's text split for reading: without its "page" member (for QJsonDocument), and
    // that member's text (empty when there is none), for decode(text).
    struct SplitMessage
    {
        QByteArray rest;
        QByteArray page;
    };
    static SplitMessage splitMessage(const QByteArray& message);
    // Returns false on malformed input (empty text: no rows). Rows come grouped by table, in
    // the page's order of tables, each keeping the order of its rows.
    static bool decode(QByteArray text, DecodedPage* page, QString* error);
    // The same as RowStates, appended to `rows`; `names` (optional) receives the sites' names.
    static bool decode(QByteArray text, std::vector<RowState>* rows, SiteNames* names, QString* error);
    static bool decode(const QJsonObject& page, std::vector<RowState>* rows, SiteNames* names, QString* error);
};

} // namespace terrain
