#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace terrain {

// The shape of a demo voter file: an invented commune's electoral list in the layout of
// the 2013 order (see docs: the voter file), for the demo campaign and the benchmarks.
struct DemoOptions
{
    int voters = 20000;
    int bureaux = 20;
    quint64 seed = 1;
    bool campaignColumns = false;     // append Telephone;Email, as a campaign's own file would
    bool singleAddressColumn = false; // one free-text Adresse instead of the address columns
    bool windows1252 = false;         // else UTF-8
    bool crlf = false;                // else LF
    bool byteOrderMark = false;       // UTF-8 only
    QString communeName = QStringLiteral("Saint-Aubin-sur-Loire");
    QString communeCode = QStringLiteral("49287"); // INSEE code; its first 2 characters are the department
    QString postcode = QStringLiteral("49170");
};

struct DemoFileInfo
{
    qint64 rows = 0;
    qint64 bytes = 0;
    int bureaux = 0;
    int streets = 0; // streets and lieux-dits with voters
    qint64 households = 0;
};

// The column names of the file these options produce, in order.
QStringList demoVoterFileHeader(const DemoOptions& options);

// Writes the file (replacing it only once complete). The same options always give the
// same bytes. Memory stays bounded by the largest bureau. `progress` receives the rows
// written so far, every few thousand rows; returning false cancels (code "demo.cancelled")
// and leaves no file behind.
Result<DemoFileInfo> writeDemoVoterFile(const QString& path, const DemoOptions& options,
                                        const std::function<bool(qint64)>& progress = {});

} // namespace terrain
