#pragma once

#include "sync/syncrow.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace terrain {

struct TableInfo;

// One row with each value as JSON text, for PageCodec's encoder and the server's stored rows:
// the server builds them straight from the text it stores, without a QJsonValue per value (a
// first sync's pages were most of the server's time).
struct PageRow
{
    const TableInfo* table = nullptr; // null: a malformed row
    QString uuid;
    std::vector<FieldClock> clocks;     // per field, "deleted" first, as RowState
    std::vector<QByteArrayView> values; // per field, its JSON text (in `text`, or in its DecodedPage)
    QByteArray text;                    // what `values` point into (empty in a DecodedPage)

    bool isValid() const { return table != nullptr; }
    // `values` cut from `text`, which holds them one after the other, each ending at `ends`.
    void sliceValues(const std::vector<qsizetype>& ends);
    // The row as the server stores it: RowCodec::encodeRow's JSON text, byte for byte.
    QByteArray storedJson() const;
    RowState toState() const;
    static PageRow fromState(const RowState& row);
    // A row as the server stores it (RowCodec::encodeRow's JSON text), read as RowCodec::decodeRow
    // reads it: invalid where that is, values normalised.
    static PageRow fromStored(const TableInfo& table, const QByteArray& json);
};

} // namespace terrain
