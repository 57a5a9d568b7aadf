#pragma once

#include <QByteArray>

#include <optional>

namespace terrain {

// gzip (RFC 1952) for sync bodies, both ways.
QByteArray gzipCompress(const QByteArray& data, int level = 6);
// Returns nothing for a corrupt stream or when the output would exceed maxSize (a zip bomb).
std::optional<QByteArray> gzipDecompress(const QByteArray& data, qsizetype maxSize);

} // namespace terrain
