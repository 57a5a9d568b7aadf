#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace terrain {

// The columns an export may hold: a fixed catalogue, so that nothing outside it (place of birth,
// nationality: DOMAIN.md 8) can ever leave the campaign through an export.
enum class ExportColumn
{
    Id, // the person's UUID
    VoterKey, // the national voter number
    RollNumber, // number on the bureau's electoral roll
    LastName,
    UsageName,
    FirstNames,
    Sex,
    BirthDate,
    Age, // at the export date
    Address, // number, street, lieu-dit, building, unit
    Postcode,
    City,
    Bureau, // bureau code
    Street,
    Phone, // the best usable number (mobile first), when the person may be called / texted
    Phones, // every usable number, same consent rule
    Mobile, // the first usable mobile, same consent rule
    Email, // the first usable address, unless the person opted out of email
    Emails, // every usable address, same rule
    Support, // 1-5, empty when unknown
    Tags,
    PersonStatus, // active, moved, deceased, left
    LastContact, // date (YYYY-MM-DD) of the latest attempt on any channel
    LastResult, // result code of that attempt
    ListCode, // a list export: the list's code; otherwise the codes of the lists the person is on
};

// The channel an export is made for. Its do-not-contact is always applied: people who opted out
// of it, or cannot be reached on it, are left out of the file.
enum class ExportChannel
{
    None, // no one is left out for a channel (contact columns still honour each opt-out)
    Phone, // a usable phone, calls accepted
    Sms, // a usable mobile, texts accepted
    Email, // a usable email, email accepted
    Door, // an address, visits accepted
};

// Every column, in catalogue order.
QList<ExportColumn> allExportColumns();
// What a new export dialog ticks: name, sex, age, address, bureau, phone, email, support.
QList<ExportColumn> defaultExportColumns();
// Stable key for settings and the command line ("last-name").
QString exportColumnKey(ExportColumn column);
// Translated header label ("Last name").
QString exportColumnLabel(ExportColumn column);
// "last-name,phone" (commas, spaces ignored) in that order; "export.column" names an unknown key,
// "export.columns" an empty list. A key given twice is kept once.
Result<QList<ExportColumn>> exportColumnsFromKeys(QStringView keys);
QStringList exportColumnKeys(const QList<ExportColumn>& columns);

Result<ExportChannel> exportChannelFromName(QStringView name); // "none", "phone", "sms", "email", "door"
QString exportChannelName(ExportChannel channel);
QString exportChannelLabel(ExportChannel channel); // translated
QList<ExportChannel> allExportChannels();

} // namespace terrain
