#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace terrain {

// The encodings voter files come in. Latin-1 files are read as Windows-1252, which agrees with
// Latin-1 on every printable character and adds the ones French needs (œ, €, ’).
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// "utf-8", "utf-16le", "utf-16be", "windows-1252".
QString encodingName(TextEncoding encoding);
// Case-insensitive; also accepts "utf8", "cp1252", "latin-1", "latin1", "iso-8859-1".
std::optional<TextEncoding> encodingFromName(QStringView name);

// The byte order mark of an encoding that has one, else empty.
QByteArrayView byteOrderMark(TextEncoding encoding);
// The encoding whose byte order mark starts `bytes`.
std::optional<TextEncoding> encodingFromBom(QByteArrayView bytes);

// Length of the run of ASCII bytes at the start of `bytes`.
qsizetype asciiPrefixLength(QByteArrayView bytes);

// How the first bytes of a non-ASCII UTF-8 sequence look.
enum class Utf8Sequence { Valid, Invalid, Incomplete };
Utf8Sequence checkUtf8Sequence(QByteArrayView bytes);
// True when `bytes` is well-formed UTF-8; a sequence cut by the end of `bytes` counts as valid
// when `truncated` says the bytes are only the start of a longer text.
bool isValidUtf8(QByteArrayView bytes, bool truncated = false);

// Decodes `size` bytes into `out`, which must have room for size + 1 code units. Stops before an
// incomplete sequence at the end unless `final` is true (the caller keeps those bytes and passes
// them again with the next ones); `consumed` tells how many bytes were decoded. Invalid or
// incomplete sequences become U+FFFD, one per maximal invalid subpart, and add to `replacements`.
qsizetype decodeText(TextEncoding encoding, const char* data, qsizetype size, char16_t* out, bool final,
                     qsizetype& consumed, qint64& replacements);

// The whole of `bytes` at once (for small texts: samples, tests).
QString decodeText(TextEncoding encoding, QByteArrayView bytes, qint64* replacements = nullptr);

} // namespace terrain
