// terrain-cli contact, entry: recording what volunteers learned, for scripting.
#include "clicontext.h"

#include "canvass/contactservice.h"
#include "canvass/entryfile.h"
#include "canvass/entrysession.h"
#include "canvass/resultcodes.h"
#include "canvass/survey.h"
#include "sync/repository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace terrain::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::cli", text);
}

// A person by uuid or voter key; a voter key shared by several people is refused.
Result<qint64> findPerson(Database& db, const QString& text)
{
    Statement st = db.prepare("SELECT id FROM people WHERE deleted = 0 AND (uuid = ?1 OR voter_key = ?1) LIMIT 2");
    st.bind(1, text.trimmed());
    QList<qint64> ids;
    while (st.step())
        ids << st.int64(0);
    if (ids.isEmpty())
        return makeError(QStringLiteral("cli.noperson"), tr("Nobody has the uuid or voter key “%1”.").arg(text));
    if (ids.size() > 1)
        return makeError(QStringLiteral("cli.ambiguous"), tr("Several people have the voter key “%1”: give the uuid.")
                                                              .arg(text));
    return ids.first();
}

// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" in local time.
qint64 parseTime(const QString& text, bool* ok)
{
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (d.isValid())
            dt = QDateTime(d, QTime(12, 0));
    }
    *ok = dt.isValid();
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

int contact(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("result"), tr("The result: its id (not_home, answered...) or its key letter."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("answer"),
                      tr("A survey answer, QUESTION=ANSWER (question: support, its number or text; answer: an "
                         "option's number or text, yes/no). Repeatable."),
                      QStringLiteral("q=a")});
    parser.addOption({QStringLiteral("channel"), tr("door (default), phone, sms, email or event."),
                      QStringLiteral("channel"), QStringLiteral("door")});
    parser.addOption({QStringLiteral("volunteer"), tr("Who made the contact (default: you)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("list"), tr("The list it was made from (its code)."), QStringLiteral("code")});
    parser.addOption({QStringLiteral("at"), tr("When (YYYY-MM-DD or YYYY-MM-DDTHH:MM; default: now)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("callback"), tr("For a call back: when to call (YYYY-MM-DDTHH:MM)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("note"), tr("A note."), QStringLiteral("text")});
    int exit = Success;
    if (!ctx.parse(parser, tr("Records a contact attempt with a person and applies its effects (moved, deceased, "
                              "wrong number, do not call, support level)."),
                   &exit, {{QStringLiteral("PERSON"), tr("The person's uuid or voter key.")}}))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(tr("Name one person."));
    const QString channel = parser.value(QStringLiteral("channel")).trimmed().toLower();
    if (!ResultCodes::isChannel(channel))
        return ctx.usage(tr("--channel takes door, phone, sms, email or event."));
    if (!parser.isSet(QStringLiteral("result")) && !parser.isSet(QStringLiteral("answer")))
        return ctx.usage(tr("Say the --result, or the --answer(s) collected."));

    ContactInput input;
    input.channel = channel;
    input.volunteer = parser.value(QStringLiteral("volunteer"));
    input.note = parser.value(QStringLiteral("note"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("at"))) {
        input.at = parseTime(parser.value(QStringLiteral("at")), &ok);
        if (!ok)
            return ctx.usage(tr("--at takes YYYY-MM-DD or YYYY-MM-DDTHH:MM."));
    }
    if (parser.isSet(QStringLiteral("callback"))) {
        input.callbackAt = parseTime(parser.value(QStringLiteral("callback")), &ok);
        if (!ok)
            return ctx.usage(tr("--callback takes YYYY-MM-DDTHH:MM."));
    }

    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    Repository repo(**db);
    auto person = findPerson(**db, parser.positionalArguments().first());
    if (!person)
        return ctx.fail(person.error());
    input.personId = *person;
    ContactService contacts(**db, repo);
    if (parser.isSet(QStringLiteral("result"))) {
        const ResultCode* code = contacts.codes().byCodeOrKey(channel, parser.value(QStringLiteral("result")));
        if (!code)
            return ctx.fail(makeError(QStringLiteral("cli.result"), tr("“%1” is not a result for %2. Results: %3")
                                                                        .arg(parser.value(QStringLiteral("result")),
                                                                             channel, [&] {
                                                                                 QStringList all;
                                                                                 for (const ResultCode& c :
                                                                                      contacts.codes().forChannel(channel))
                                                                                     all << QStringLiteral("%1 (%2)").arg(
                                                                                         c.code, c.key);
                                                                                 return all.join(QStringLiteral(", "));
                                                                             }())));
        input.result = code->code;
    }
    if (parser.isSet(QStringLiteral("answer"))) {
        SurveyService surveys(**db, repo);
        auto survey = surveys.activeSurvey();
        if (!survey)
            return ctx.fail(survey.error());
        for (const QString& pair : parser.values(QStringLiteral("answer"))) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                return ctx.usage(tr("--answer takes QUESTION=ANSWER, not “%1”.").arg(pair));
            const Question* question = survey->find(QStringView(pair).left(eq));
            if (!question)
                return ctx.fail(makeError(QStringLiteral("cli.question"),
                                          tr("No question “%1” in the survey.").arg(pair.left(eq))));
            auto value = question->parseAnswer(QStringView(pair).mid(eq + 1));
            if (!value)
                return ctx.fail(value.error());
            input.answers.insert(question->key(), *value);
        }
    }
    if (parser.isSet(QStringLiteral("list"))) {
        Statement list = (*db)->prepare("SELECT id FROM lists WHERE deleted = 0 AND code = ? COLLATE NOCASE");
        list.bind(1, parser.value(QStringLiteral("list")).trimmed());
        if (!list.step())
            return ctx.fail(makeError(QStringLiteral("cli.nolist"),
                                      tr("No list has the code “%1”.").arg(parser.value(QStringLiteral("list")))));
        input.listId = list.int64(0);
    }
    auto id = contacts.record(input);
    if (!id)
        return ctx.fail(id.error());
    auto state = contacts.storedState(input.personId);
    Statement attempt = (*db)->prepare("SELECT result, uuid FROM contact_attempts WHERE id = ?");
    attempt.bind(1, *id);
    attempt.step();
    const ResultCode* code = contacts.codes().find(channel, attempt.text(0));
    ctx.out() << tr("Recorded: %1 (%2)").arg(code ? code->displayLabel() : attempt.text(0), attempt.text(1)) << u'\n';
    if (state) {
        QStringList dnc(state->doNotContact.begin(), state->doNotContact.end());
        dnc.sort();
        ctx.out() << tr("Person: status %1, support %2, do not contact: %3")
                         .arg(state->status, state->support ? QString::number(*state->support) : QStringLiteral("-"),
                              dnc.isEmpty() ? QStringLiteral("-") : dnc.join(QStringLiteral(", ")))
                  << Qt::endl;
    }
    return Success;
}

int entry(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("file"),
                      tr("The results, CSV with the columns door,person,result,answers (see docs/architecture.md)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("volunteer"), tr("Who walked the list (default: its assignee)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("date"), tr("When it was walked (YYYY-MM-DD; default: now)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("again"), tr("Accept a list already entered (its stored doors are kept).")});
    int exit = Success;
    if (!ctx.parse(parser, tr("Enters a returned walk list (or call sheet) from a file: each row a door or a person, "
                              "with the result letter and the answer digits of the printed sheet."),
                   &exit, {{QStringLiteral("LIST"), tr("The list's code.")}}))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(tr("Name one list by its code."));
    if (!parser.isSet(QStringLiteral("file")))
        return ctx.usage(tr("Give the results with --file."));
    EntrySession::Options options;
    options.volunteer = parser.value(QStringLiteral("volunteer"));
    options.reopen = parser.isSet(QStringLiteral("again"));
    if (parser.isSet(QStringLiteral("date"))) {
        bool ok = false;
        options.walkedAt = parseTime(parser.value(QStringLiteral("date")), &ok);
        if (!ok)
            return ctx.usage(tr("--date takes YYYY-MM-DD."));
    }
    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    Repository repo(**db);
    auto session = EntrySession::open(**db, repo, parser.positionalArguments().first(), options);
    if (!session)
        return ctx.fail(session.error());
    auto applied = applyEntryFile(**session, parser.value(QStringLiteral("file")));
    if (!applied)
        return ctx.fail(applied.error());
    auto counts = (*session)->finish();
    if (!counts)
        return ctx.fail(counts.error());
    ctx.out() << tr("List %1 entered: %2 line(s) read.").arg((*session)->listCode()).arg(*applied) << u'\n'
              << tr("Doors:          %1 of %2").arg(counts->doorsEntered).arg(counts->doors) << u'\n'
              << tr("Attempts:       %1").arg(counts->attempts) << u'\n'
              << tr("People reached: %1").arg(counts->peopleReached) << u'\n'
              << tr("Supporters:     %1").arg(counts->supporters) << Qt::endl;
    return Success;
}

} // namespace

QList<Command> canvassCommands()
{
    return {
        {"contact", QT_TRANSLATE_NOOP("terrain::cli", "Record a contact attempt with a person"), contact},
        {"entry", QT_TRANSLATE_NOOP("terrain::cli", "Enter a returned walk list from a CSV file"), entry},
    };
}

} // namespace terrain::cli
