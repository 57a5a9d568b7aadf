#include "exportcolumns.h"

#include <QCoreApplication>

#include <array>

namespace terrain {

namespace {

struct ColumnInfo
{
    ExportColumn column;
    const char* key;
    const char* label;
};

// Catalogue order is the order of allExportColumns() and of the dialog's list.
const std::array<ColumnInfo, 25> kColumns { {
    { ExportColumn::Id, "id", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Id") },
    { ExportColumn::VoterKey, "voter-key", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Voter key") },
    { ExportColumn::RollNumber, "roll-number", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Number on the roll") },
    { ExportColumn::LastName, "last-name", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Last name") },
    { ExportColumn::UsageName, "usage-name", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Usage name") },
    { ExportColumn::FirstNames, "first-names", QT_TRANSLATE_NOOP("terrain::ExportColumns", "First names") },
    { ExportColumn::Sex, "sex", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Sex") },
    { ExportColumn::BirthDate, "birth-date", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Birth date") },
    { ExportColumn::Age, "age", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Age") },
    { ExportColumn::Address, "address", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Address") },
    { ExportColumn::Postcode, "postcode", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Postcode") },
    { ExportColumn::City, "city", QT_TRANSLATE_NOOP("terrain::ExportColumns", "City") },
    { ExportColumn::Bureau, "bureau", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Bureau") },
    { ExportColumn::Street, "street", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Street") },
    { ExportColumn::Phone, "phone", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Phone") },
    { ExportColumn::Phones, "phones", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Phones") },
    { ExportColumn::Mobile, "mobile", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Mobile") },
    { ExportColumn::Email, "email", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Email") },
    { ExportColumn::Emails, "emails", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Emails") },
    { ExportColumn::Support, "support", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Support") },
    { ExportColumn::Tags, "tags", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Tags") },
    { ExportColumn::PersonStatus, "status", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Status") },
    { ExportColumn::LastContact, "last-contact", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Last contact") },
    { ExportColumn::LastResult, "last-result", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Last result") },
    { ExportColumn::ListCode, "list-code", QT_TRANSLATE_NOOP("terrain::ExportColumns", "List code") },
} };

const ColumnInfo& info(ExportColumn column)
{
    for (const ColumnInfo& c : kColumns) {
        if (c.column == column)
            return c;
    }
    Q_UNREACHABLE();
}

struct ChannelInfo
{
    ExportChannel channel;
    const char* name;
    const char* label;
};

const std::array<ChannelInfo, 5> kChannels { {
    { ExportChannel::None, "none", QT_TRANSLATE_NOOP("terrain::ExportColumns", "No channel") },
    { ExportChannel::Phone, "phone", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Phone calls") },
    { ExportChannel::Sms, "sms", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Text messages (SMS)") },
    { ExportChannel::Email, "email", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Email") },
    { ExportChannel::Door, "door", QT_TRANSLATE_NOOP("terrain::ExportColumns", "Door-to-door") },
} };

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ExportColumns", text);
}

} // namespace

QList<ExportColumn> allExportColumns()
{
    QList<ExportColumn> all;
    for (const ColumnInfo& c : kColumns)
        all << c.column;
    return all;
}

QList<ExportColumn> defaultExportColumns()
{
    return { ExportColumn::LastName, ExportColumn::FirstNames, ExportColumn::Sex, ExportColumn::Age,
        ExportColumn::Address, ExportColumn::Postcode, ExportColumn::City, ExportColumn::Bureau, ExportColumn::Phone,
        ExportColumn::Email, ExportColumn::Support };
}

QString exportColumnKey(ExportColumn column)
{
    return QString::fromLatin1(info(column).key);
}

QString exportColumnLabel(ExportColumn column)
{
    return tr(info(column).label);
}

Result<QList<ExportColumn>> exportColumnsFromKeys(QStringView keys)
{
    QList<ExportColumn> columns;
    for (QStringView part : keys.split(u',')) {
        const QStringView key = part.trimmed();
        if (key.isEmpty())
            continue;
        const ColumnInfo* found = nullptr;
        for (const ColumnInfo& c : kColumns) {
            if (key.compare(QLatin1StringView(c.key), Qt::CaseInsensitive) == 0)
                found = &c;
        }
        if (!found) {
            return makeError(QStringLiteral("export.column"),
                tr("Unknown column \"%1\". The columns are: %2.")
                    .arg(key.toString(), exportColumnKeys(allExportColumns()).join(QStringLiteral(", "))));
        }
        if (!columns.contains(found->column))
            columns << found->column;
    }
    if (columns.isEmpty())
        return makeError(QStringLiteral("export.columns"), tr("Choose at least one column to export."));
    return columns;
}

QStringList exportColumnKeys(const QList<ExportColumn>& columns)
{
    QStringList keys;
    for (ExportColumn c : columns)
        keys << exportColumnKey(c);
    return keys;
}

Result<ExportChannel> exportChannelFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const ChannelInfo& c : kChannels) {
        if (trimmed.compare(QLatin1StringView(c.name), Qt::CaseInsensitive) == 0)
            return c.channel;
    }
    return makeError(QStringLiteral("export.channel"),
        tr("Unknown channel \"%1\". Use none, phone, sms, email or door.").arg(name.toString()));
}

QString exportChannelName(ExportChannel channel)
{
    for (const ChannelInfo& c : kChannels) {
        if (c.channel == channel)
            return QString::fromLatin1(c.name);
    }
    Q_UNREACHABLE();
}

QString exportChannelLabel(ExportChannel channel)
{
    for (const ChannelInfo& c : kChannels) {
        if (c.channel == channel)
            return tr(c.label);
    }
    Q_UNREACHABLE();
}

QList<ExportChannel> allExportChannels()
{
    QList<ExportChannel> all;
    for (const ChannelInfo& c : kChannels)
        all << c.channel;
    return all;
}

} // namespace terrain
