#include "demotext.h"

#include <array>

namespace terrain::demotext {

namespace {

// Base letters of U+00C0..U+00FF.
constexpr std::array<const char*, 64> kLatin1Fold = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", //
    "d", "n", "o", "o", "o", "o", "o", "x", "o", "u", "u", "u", "u", "y", "th", "ss", //
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", //
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
};

// Windows-1252 bytes 0x80..0x9F and the characters they hold (0: unassigned).
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
    0x0178,
};

// Decodes one UTF-8 sequence at text[i], advancing i; malformed bytes decode as U+FFFD.
char32_t decode(std::string_view text, size_t& i)
{
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int length = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) {
        length = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        length = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        length = 4;
        cp = b0 & 0x07;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + size_t(length) > text.size()) {
        i = text.size();
        return 0xFFFD;
    }
    for (int k = 1; k < length; ++k) {
        const unsigned char b = byte(i + size_t(k));
        if ((b & 0xC0) != 0x80) {
            i += size_t(k);
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += size_t(length);
    return cp;
}

} // namespace

std::string asciiFold(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    size_t i = 0;
    while (i < utf8.size()) {
        const char32_t cp = decode(utf8, i);
        if (cp < 0x80)
            out += (cp >= 'A' && cp <= 'Z') ? char(cp + 32) : char(cp);
        else if (cp >= 0xC0 && cp <= 0xFF)
            out += kLatin1Fold[cp - 0xC0];
        else if (cp == 0x152 || cp == 0x153)
            out += "oe";
    }
    return out;
}

void appendWindows1252(std::string& out, std::string_view utf8)
{
    size_t i = 0;
    while (i < utf8.size()) {
        // Runs of ASCII go through unchanged, in one append.
        size_t run = i;
        while (run < utf8.size() && static_cast<unsigned char>(utf8[run]) < 0x80)
            ++run;
        if (run > i) {
            out.append(utf8.data() + i, run - i);
            i = run;
            continue;
        }
        const char32_t cp = decode(utf8, i);
        if (cp >= 0xA0 && cp <= 0xFF) {
            out += char(cp);
            continue;
        }
        char mapped = '?';
        for (size_t k = 0; k < kCp1252High.size(); ++k) {
            if (kCp1252High[k] == cp && cp != 0) {
                mapped = char(0x80 + k);
                break;
            }
        }
        out += mapped;
    }
}

void appendNumber(std::string& out, long long value, int width)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int k = n; k < width; ++k)
        out += '0';
    while (n > 0)
        out += digits[--n];
}

} // namespace terrain::demotext
