#include "gzip.h"

#include <zlib.h>

namespace terrain {

QByteArray gzipCompress(const QByteArray& data, int level)
{
    z_stream stream{};
    // 15 + 16: the gzip wrapper rather than zlib's.
    if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

std::optional<QByteArray> gzipDecompress(const QByteArray& data, qsizetype maxSize)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return std::nullopt;
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    char buffer[65536];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof(buffer);
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            return std::nullopt;
        }
        const qsizetype produced = static_cast<qsizetype>(sizeof(buffer) - stream.avail_out);
        if (out.size() + produced > maxSize) {
            inflateEnd(&stream);
            return std::nullopt;
        }
        out.append(buffer, produced);
        if (rc == Z_OK && stream.avail_in == 0 && produced == 0) {
            inflateEnd(&stream); // truncated input
            return std::nullopt;
        }
    }
    inflateEnd(&stream);
    return out;
}

} // namespace terrain
