#include "entryfile.h"

#include "canvass/entrysession.h"
#include "importing/csvreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <limits>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::EntryFile", text);
}

} // namespace

Result<int> applyEntryFile(EntrySession& session, const QString& path)
{
    auto dialect = sniffCsv(path);
    if (!dialect)
        return dialect.error();
    auto reader = CsvReader::open(path, *dialect);
    if (!reader)
        return reader.error();
    const QString file = QFileInfo(path).fileName();
    auto fail = [&](qint64 line, const QString& field, const QString& message) {
        return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(field, message);
    };

    if (!(*reader)->next())
        return makeError(QStringLiteral("entry.file"), tr("The file is empty: %1").arg(path));
    int columns[4] = {-1, -1, -1, -1};
    const char* const names[4] = {"door", "person", "result", "answers"};
    const QStringList header = (*reader)->record();
    for (int c = 0; c < header.size(); ++c) {
        for (int n = 0; n < 4; ++n) {
            if (header[c].trimmed().compare(QLatin1StringView(names[n]), Qt::CaseInsensitive) == 0)
                columns[n] = c;
        }
    }
    if (columns[0] < 0 || (columns[2] < 0 && columns[3] < 0))
        return makeError(QStringLiteral("entry.file"),
                         tr("%1:1: the header must name the columns door, person, result and answers.").arg(file));

    struct Row
    {
        qint64 line;
        int door;
        int person;
        QString keys;
    };
    QList<Row> rows;
    QStringList errors;
    QSet<std::pair<int, int>> seen;
    while ((*reader)->next()) {
        const QStringList record = (*reader)->record();
        const qint64 line = (*reader)->line();
        auto field = [&](int n) { return columns[n] >= 0 && columns[n] < record.size() ? record[columns[n]].trimmed()
                                                                                       : QString(); };
        bool ok = false;
        const int door = field(0).toInt(&ok);
        if (!ok || door < 1 || door > session.doors().size()) {
            errors << fail(line, QStringLiteral("door"),
                           tr("“%1” is not a door of the list (1 to %2).").arg(field(0)).arg(session.doors().size()));
            continue;
        }
        int person = 1;
        if (!field(1).isEmpty()) {
            person = field(1).toInt(&ok);
            if (!ok || person < 1 || person > session.doors()[door - 1].people.size()) {
                errors << fail(line, QStringLiteral("person"),
                               tr("“%1” is not a person of door %2 (1 to %3).")
                                   .arg(field(1))
                                   .arg(door)
                                   .arg(session.doors()[door - 1].people.size()));
                continue;
            }
        }
        if (session.doors()[door - 1].written) {
            errors << fail(line, QStringLiteral("door"), tr("door %1 is already stored.").arg(door));
            continue;
        }
        if (seen.contains({door, person})) {
            errors << fail(line, QStringLiteral("person"), tr("door %1, person %2 is already on an earlier line.")
                                                               .arg(door)
                                                               .arg(person));
            continue;
        }
        seen.insert({door, person});
        QString keys;
        const QString result = field(2);
        if (!result.isEmpty()) {
            QChar key;
            for (const ResultCode& code : session.codes()) {
                if (code.code.compare(result, Qt::CaseInsensitive) == 0
                    || (result.size() == 1 && code.key == result.at(0).toUpper()))
                    key = code.key;
            }
            if (key.isNull()) {
                errors << fail(line, QStringLiteral("result"), tr("“%1” is not a result code.").arg(result));
                continue;
            }
            keys += key;
        }
        QString answers = field(3);
        answers.remove(u' ');
        const bool digitsOnly = std::all_of(answers.begin(), answers.end(),
                                            [](QChar ch) { return ch.isDigit() || ch == u'+'; });
        if (!digitsOnly) {
            errors << fail(line, QStringLiteral("answers"), tr("answers are digits (and “+”), not “%1”.").arg(answers));
            continue;
        }
        if (keys.isEmpty() && answers.isEmpty()) {
            errors << fail(line, QStringLiteral("result"), tr("neither a result nor answers."));
            continue;
        }
        rows.append({line, door - 1, person - 1, keys + answers});
    }
    if ((*reader)->error())
        return *(*reader)->error();

    // Apply, checking each key as the grid would; any refusal undoes the whole file, and only
    // the file: what was typed before stays. The undo window holds every door of the file
    // meanwhile, so none is written before the whole file is known good.
    int applied = 0;
    const std::size_t before = session.undoSteps();
    const int depth = session.undoDepth();
    session.setUndoDepth(std::numeric_limits<int>::max() / 2);
    if (errors.isEmpty()) {
        for (const Row& row : rows) {
            if (Status s = session.goTo(row.door, row.person); !s) {
                errors << fail(row.line, QStringLiteral("door"), s.error().message);
                continue;
            }
            int typed = 0;
            for (QChar ch : row.keys) {
                if (Status s = session.key(ch); !s) {
                    const bool isResult = typed == 0 && ch.isLetter();
                    errors << fail(row.line, isResult ? QStringLiteral("result") : QStringLiteral("answers"),
                                   s.error().message);
                    break;
                }
                ++typed;
            }
            ++applied;
        }
    }
    if (!errors.isEmpty()) {
        while (session.undoSteps() > before && session.undo())
            ;
        session.setUndoDepth(depth);
        return makeError(QStringLiteral("entry.file"),
                         QCoreApplication::translate("terrain::EntryFile", "%n bad line(s), nothing entered:", nullptr,
                                                     int(errors.size()))
                             + u'\n' + errors.mid(0, 50).join(u'\n'),
                         path);
    }
    session.setUndoDepth(depth);
    return applied;
}

} // namespace terrain
