#include "lists/listprint.h"

#include "canvass/resultcodes.h"
#include "canvass/survey.h"
#include "print/walksheetrenderer.h"
#include "sync/repository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ListPrint", text);
}

struct Extras
{
    QList<SheetResultCode> codes;
    QList<SheetQuestion> questions;
    const ResultCodes* all = nullptr;
};

// The legend shows the key letter volunteers write and the coordinator types back.
QList<SheetResultCode> legend(const ResultCodes& codes, QStringView channel)
{
    QList<SheetResultCode> out;
    for (const ResultCode& code : codes.forChannel(channel))
        out.append({QString(code.key), code.displayLabel()});
    return out;
}

Result<QList<SheetQuestion>> questions(Database& db)
{
    Repository repo(db, Repository::defaultAuthor());
    auto survey = SurveyService(db, repo).activeSurvey();
    if (!survey)
        return survey.error();
    QList<SheetQuestion> out;
    for (const Question& q : survey->questions) {
        // The renderer prints the support scale on every person's row already.
        if (q.kind == QuestionKind::Support)
            continue;
        // Numbered: the coordinator types the digit of the circled answer at entry.
        QStringList options;
        const QStringList labels = q.displayOptions();
        for (int i = 0; i < labels.size(); ++i)
            options << QStringLiteral("%1 %2").arg(i + 1).arg(labels[i]);
        out.append({q.displayText(), options});
    }
    return out;
}

// The last result as its key letter (the legend explains it); the code itself when unknown.
QString resultLetter(const ResultCodes& codes, const QString& result)
{
    if (result.isEmpty())
        return {};
    for (const QString& channel : ResultCodes::channels()) {
        if (const ResultCode* code = codes.find(channel, result))
            return QString(code->key);
    }
    return result;
}

SheetPerson sheetPerson(const ListSheetPerson& p, const ResultCodes& codes)
{
    SheetPerson out;
    out.displayName = p.displayName;
    out.age = p.age;
    out.sex = p.sex;
    out.previousSupport = p.support;
    if (p.lastContactAt > 0)
        out.lastContactDate = QDateTime::fromMSecsSinceEpoch(p.lastContactAt).date();
    out.lastContactResult = resultLetter(codes, p.lastResult);
    return out;
}

SheetHeader sheetHeader(const ListSheetHeader& h)
{
    SheetHeader out;
    out.listName = h.name;
    out.code = h.code;
    out.bureaux = h.bureaux;
    out.volunteer = h.volunteer;
    out.printedAt = h.date == QDate::currentDate() ? QDateTime::currentDateTime() : h.date.startOfDay();
    return out;
}

QString phoneTypeLabel(const QString& type)
{
    if (type == u"mobile")
        return tr("Mobile");
    if (type == u"fixed")
        return tr("Landline");
    return {};
}

} // namespace

QString dialFormat(const QString& phone)
{
    // French numbers as dialled in France: "06 12 34 56 78".
    if (phone.startsWith(u"+33") && phone.size() == 12) {
        const QString national = u'0' + phone.mid(3);
        QString out;
        for (int i = 0; i < national.size(); i += 2) {
            if (!out.isEmpty())
                out += u' ';
            out += national.mid(i, 2);
        }
        return out;
    }
    return phone;
}

Result<PrintableList> printableListFor(Database& db, qint64 listId, QDate today)
{
    auto sheet = ListService(db).printableSheet(listId, today);
    if (!sheet)
        return sheet.error();
    auto codes = ResultCodes::read(db);
    if (!codes)
        return codes.error();
    auto asked = questions(db);
    if (!asked)
        return asked.error();

    PrintableList out;
    out.code = sheet->header.code;
    out.kind = sheet->header.kind == u"call" ? ListKind::Call : ListKind::Walk;
    if (out.kind == ListKind::Walk) {
        out.walk.header = sheetHeader(sheet->header);
        out.walk.resultCodes = legend(*codes, u"door");
        out.walk.questions = *asked;
        for (const ListSheetDoor& door : sheet->doors) {
            SheetDoor d;
            d.address = door.address;
            d.unit = door.unit;
            for (const ListSheetPerson& p : door.people)
                d.people.append(sheetPerson(p, *codes));
            out.walk.doors.append(d);
        }
    } else {
        out.call.header = sheetHeader(sheet->header);
        out.call.resultCodes = legend(*codes, u"phone");
        out.call.questions = *asked;
        for (const ListSheetDoor& door : sheet->doors) {
            SheetCallEntry e;
            e.phone = dialFormat(door.phone);
            e.phoneType = phoneTypeLabel(door.phoneType);
            for (const ListSheetPerson& p : door.people)
                e.people.append(sheetPerson(p, *codes));
            out.call.entries.append(e);
        }
    }
    return out;
}

Result<WalkSheet> walkSheetFor(Database& db, qint64 listId, QDate today)
{
    auto list = printableListFor(db, listId, today);
    if (!list)
        return list.error();
    if (list->kind != ListKind::Walk)
        return makeError(QStringLiteral("lists.kind"), tr("List %1 is a call list, not a walk list.").arg(list->code));
    return list->walk;
}

Result<CallSheet> callSheetFor(Database& db, qint64 listId, QDate today)
{
    auto list = printableListFor(db, listId, today);
    if (!list)
        return list.error();
    if (list->kind != ListKind::Call)
        return makeError(QStringLiteral("lists.kind"), tr("List %1 is a walk list, not a call list.").arg(list->code));
    return list->call;
}

std::unique_ptr<WalkSheetRenderer> rendererFor(const PrintableList& list, const PrintOptions& options)
{
    if (list.kind == ListKind::Call)
        return std::make_unique<WalkSheetRenderer>(list.call, options);
    return std::make_unique<WalkSheetRenderer>(list.walk, options);
}

Status printListPdf(Database& db, const QString& code, const QString& path, const PrintOptions& options)
{
    auto found = ListService(db).find(code);
    if (!found)
        return found.error();
    auto list = printableListFor(db, found->id);
    if (!list)
        return list.error();
    return rendererFor(*list, options)->writePdf(path);
}

} // namespace terrain
