#include "survey.h"

#include "canvass/canvassdefaults.h"
#include "storage/database.h"
#include "sync/repository.h"
#include "util/textfold.h"
#include "util/uuid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::Survey", text);
}

Error answerError(const QString& message)
{
    return makeError(QStringLiteral("canvass.answer"), message);
}

const char* const kSupportText = QT_TRANSLATE_NOOP("terrain::Survey", "Support level");
const char* const kDefaultSurveyName = QT_TRANSLATE_NOOP("terrain::Survey", "Campaign survey");

QStringList supportLabels()
{
    return {tr("Strong support"), tr("Leaning support"), tr("Undecided"), tr("Leaning against"),
            tr("Strong against")};
}

} // namespace

QString Question::key() const
{
    return kind == QuestionKind::Support ? QStringLiteral("support") : uuid;
}

QString Question::displayText() const
{
    return QCoreApplication::translate("terrain::Survey", text.toUtf8().constData());
}

QStringList Question::displayOptions() const
{
    switch (kind) {
    case QuestionKind::Support:
        return supportLabels();
    case QuestionKind::YesNo:
        return {tr("Yes"), tr("No")};
    case QuestionKind::FreeText:
        return {};
    case QuestionKind::SingleChoice:
    case QuestionKind::MultipleChoice:
        return options;
    }
    return {};
}

int Question::choiceCount() const
{
    switch (kind) {
    case QuestionKind::Support:
        return 5;
    case QuestionKind::YesNo:
        return 2;
    case QuestionKind::FreeText:
        return 0;
    case QuestionKind::SingleChoice:
    case QuestionKind::MultipleChoice:
        return int(options.size());
    }
    return 0;
}

Result<QJsonValue> Question::answerFromDigit(int digit) const
{
    if (digit < 1 || digit > choiceCount())
        return answerError(tr("%1 is not a choice of “%2” (1 to %3).").arg(digit).arg(displayText()).arg(choiceCount()));
    switch (kind) {
    case QuestionKind::Support:
        return QJsonValue(digit);
    case QuestionKind::YesNo:
        return QJsonValue(digit == 1);
    case QuestionKind::SingleChoice:
        return QJsonValue(options.at(digit - 1));
    case QuestionKind::MultipleChoice:
        return QJsonValue(QJsonArray{options.at(digit - 1)});
    case QuestionKind::FreeText:
        break;
    }
    return answerError(tr("“%1” takes text, not a number.").arg(displayText()));
}

Result<QJsonValue> Question::parseAnswer(QStringView typed) const
{
    const QString trimmed = typed.trimmed().toString();
    if (trimmed.isEmpty())
        return answerError(tr("Empty answer to “%1”.").arg(displayText()));
    if (kind == QuestionKind::FreeText)
        return QJsonValue(trimmed);
    const QString folded = foldText(trimmed);
    if (kind == QuestionKind::YesNo) {
        for (const char* yes : {"yes", "y", "oui", "o", "1", "true"}) {
            if (folded == QLatin1StringView(yes))
                return QJsonValue(true);
        }
        for (const char* no : {"no", "n", "non", "2", "false"}) {
            if (folded == QLatin1StringView(no))
                return QJsonValue(false);
        }
        return answerError(tr("“%1” takes yes or no, not “%2”.").arg(displayText(), trimmed));
    }
    auto one = [this](const QString& part) -> Result<QJsonValue> {
        bool isNumber = false;
        const int n = part.toInt(&isNumber);
        if (isNumber)
            return answerFromDigit(n);
        const QString f = foldText(part);
        const QStringList labels = displayOptions();
        for (int i = 0; i < labels.size(); ++i) {
            if (foldText(labels[i]) == f || (i < options.size() && foldText(options[i]) == f))
                return answerFromDigit(i + 1);
        }
        return answerError(tr("“%1” is not a choice of “%2”.").arg(part, displayText()));
    };
    if (kind != QuestionKind::MultipleChoice)
        return one(trimmed);
    QJsonArray picked;
    for (const QString& part : trimmed.split(QRegularExpression(QStringLiteral("[+|]")), Qt::SkipEmptyParts)) {
        auto value = one(part.trimmed());
        if (!value)
            return value.error();
        const QJsonValue option = value->toArray().first();
        if (!picked.contains(option))
            picked.append(option);
    }
    return QJsonValue(picked);
}

QString Question::kindName(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Support:
        return QStringLiteral("support");
    case QuestionKind::SingleChoice:
        return QStringLiteral("single");
    case QuestionKind::MultipleChoice:
        return QStringLiteral("multiple");
    case QuestionKind::YesNo:
        return QStringLiteral("yesno");
    case QuestionKind::FreeText:
        return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

QuestionKind Question::kindFromName(QStringView name)
{
    for (QuestionKind k : {QuestionKind::Support, QuestionKind::SingleChoice, QuestionKind::MultipleChoice,
                           QuestionKind::YesNo}) {
        if (kindName(k) == name)
            return k;
    }
    return QuestionKind::FreeText;
}

const Question* Survey::find(QStringView keyNumberOrText) const
{
    const QString wanted = keyNumberOrText.trimmed().toString();
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= questions.size() ? &questions[number - 1] : nullptr;
    for (const Question& q : questions) {
        if (q.key() == wanted)
            return &q;
    }
    const QString folded = foldText(wanted);
    for (const Question& q : questions) {
        if (foldText(q.text) == folded || foldText(q.displayText()) == folded)
            return &q;
    }
    return nullptr;
}

const Question* Survey::supportQuestion() const
{
    for (const Question& q : questions) {
        if (q.kind == QuestionKind::Support)
            return &q;
    }
    return nullptr;
}

SurveyService::SurveyService(Database& db, Repository& repo)
    : m_db(db),
      m_repo(repo)
{
}

Result<Survey> SurveyService::readSurvey(qint64 id)
{
    Survey survey;
    Statement head = m_db.prepare("SELECT id, uuid, name FROM surveys WHERE id = ?");
    head.bind(1, id);
    if (!head.step())
        return makeError(QStringLiteral("canvass.survey"), tr("Cannot read the survey."), head.errorMessage());
    survey.id = head.int64(0);
    survey.uuid = head.text(1);
    survey.name = head.text(2);
    Statement st = m_db.prepare("SELECT id, uuid, position, text, kind, options FROM questions"
                                " WHERE survey_id = ? AND deleted = 0 ORDER BY position, id");
    st.bind(1, id);
    while (st.step()) {
        Question q;
        q.id = st.int64(0);
        q.uuid = st.text(1);
        q.position = st.integer(2);
        q.text = st.text(3);
        q.kind = Question::kindFromName(st.text(4));
        for (const QJsonValue& v : QJsonDocument::fromJson(st.text(5).toUtf8()).array())
            q.options.append(v.toString());
        survey.questions.append(q);
    }
    if (st.failed())
        return makeError(QStringLiteral("canvass.survey"), tr("Cannot read the survey."), st.errorMessage());
    return survey;
}

Status SurveyService::seedBuiltin(Database& db)
{
    if (!db.scalar("SELECT min(id) FROM surveys WHERE deleted = 0 AND active = 1").isNull())
        return {};
    auto created = insertBuiltinRow(db, "surveys",
                                    stableUuid(u"surveys", u"default"),
                                    {{QStringLiteral("name"), QString::fromLatin1(kDefaultSurveyName)},
                                     {QStringLiteral("active"), 1}});
    if (!created)
        return created.error();
    auto question = insertBuiltinRow(db, "questions", stableUuid(u"questions", u"default:support"),
                                     {{QStringLiteral("survey_id"), *created},
                                      {QStringLiteral("position"), 0},
                                      {QStringLiteral("text"), QString::fromLatin1(kSupportText)},
                                      {QStringLiteral("kind"), Question::kindName(QuestionKind::Support)},
                                      {QStringLiteral("options"), QStringLiteral("[]")}});
    if (!question)
        return question.error();
    return {};
}

Result<Survey> SurveyService::activeSurvey()
{
    if (!m_db.inTransaction()) {
        // Read first: a page opening must not take the write lock when the survey exists.
        const QVariant existing = m_db.scalar("SELECT min(id) FROM surveys WHERE deleted = 0 AND active = 1");
        if (!existing.isNull() && existing.isValid())
            return readSurvey(existing.toLongLong());
    }
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    QVariant id = m_db.scalar("SELECT min(id) FROM surveys WHERE deleted = 0 AND active = 1");
    if (id.isNull() || !id.isValid()) {
        // Name-based UUIDs, as for the default result codes: seeded on two laptops, one survey.
        auto created = m_repo.insert("surveys",
                                     {{QStringLiteral("name"), QString::fromLatin1(kDefaultSurveyName)},
                                      {QStringLiteral("active"), 1}},
                                     stableUuid(u"surveys", u"default"));
        if (!created)
            return created.error();
        auto question = m_repo.insert("questions", {{QStringLiteral("survey_id"), *created},
                                                    {QStringLiteral("position"), 0},
                                                    {QStringLiteral("text"), QString::fromLatin1(kSupportText)},
                                                    {QStringLiteral("kind"), Question::kindName(QuestionKind::Support)},
                                                    {QStringLiteral("options"), QStringLiteral("[]")}},
                                        stableUuid(u"questions", u"default:support"));
        if (!question)
            return question.error();
        id = *created;
    }
    auto survey = readSurvey(id.toLongLong());
    if (!survey)
        return survey;
    if (Status s = tx.commit(); !s)
        return s.error();
    return survey;
}

Result<qint64> SurveyService::addQuestion(const QString& text, QuestionKind kind, const QStringList& options)
{
    if (text.trimmed().isEmpty())
        return answerError(tr("A question needs a text."));
    if (kind == QuestionKind::Support)
        return answerError(tr("The support level question is built in."));
    const bool choice = kind == QuestionKind::SingleChoice || kind == QuestionKind::MultipleChoice;
    if (choice && options.size() < 2)
        return answerError(tr("A choice question needs at least two options."));
    if (choice && options.size() > 9)
        return answerError(tr("At most nine options, so that one digit picks each."));
    Database::Transaction tx(m_db);
    auto survey = activeSurvey();
    if (!survey)
        return survey.error();
    int position = 0;
    for (const Question& q : survey->questions)
        position = std::max(position, q.position + 1);
    QJsonArray optionArray;
    if (choice) {
        for (const QString& o : options)
            optionArray.append(o.trimmed());
    }
    auto id = m_repo.insert("questions",
                            {{QStringLiteral("survey_id"), survey->id},
                             {QStringLiteral("position"), position},
                             {QStringLiteral("text"), text.trimmed()},
                             {QStringLiteral("kind"), Question::kindName(kind)},
                             {QStringLiteral("options"),
                              QString::fromUtf8(QJsonDocument(optionArray).toJson(QJsonDocument::Compact))}});
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace terrain
