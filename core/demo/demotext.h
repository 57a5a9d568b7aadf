#pragma once

#include <string>
#include <string_view>

// Internal to core/demo: byte-level text helpers for the generator's hot path.
namespace terrain::demotext {

// Lower-case ASCII without accents ("Élodie" -> "elodie", "Lefèvre" -> "lefevre"); other
// bytes are kept. Used for sort keys and e-mail addresses.
std::string asciiFold(std::string_view utf8);

// Appends UTF-8 text re-encoded as Windows-1252; characters it cannot hold become '?'.
void appendWindows1252(std::string& out, std::string_view utf8);

// Appends a non-negative number, zero-padded to `width` digits.
void appendNumber(std::string& out, long long value, int width = 0);

} // namespace terrain::demotext
