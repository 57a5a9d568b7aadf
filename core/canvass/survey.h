#pragma once

#include "util/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace terrain {

class Database;
class Repository;

enum class QuestionKind
{
    Support,        // the built-in support level, 1 strong support .. 5 strong against; updates people.support
    SingleChoice,   // one of the options
    MultipleChoice, // any of the options
    YesNo,
    FreeText,
};

// One survey question (table questions). Answers are stored in contact_attempts.answers as a
// JSON object keyed by key(): an int 1-5 (support), the option's text (single choice), an
// array of option texts (multiple choice), true/false (yes/no), a string (free text).
struct Question
{
    qint64 id = 0;
    QString uuid;
    int position = 0;
    QString text;
    QuestionKind kind = QuestionKind::FreeText;
    QStringList options;

    QString key() const; // "support" for the built-in question, else the question's uuid
    QString displayText() const;
    // Numbered 1.. for keyboard and paper entry (yes = 1, no = 2; support 1-5).
    QStringList displayOptions() const;
    // How many choices a digit can pick (0 for free text).
    int choiceCount() const;

    // The answer picked by digit `digit` (1-based), or an error when it picks nothing.
    Result<QJsonValue> answerFromDigit(int digit) const;
    // An answer typed as text: an option's number or text (case and accents ignored), yes/no
    // (oui/non, o/n, y/n), several options separated by "+" or "|" for multiple choice.
    Result<QJsonValue> parseAnswer(QStringView typed) const;

    static QString kindName(QuestionKind kind);
    static QuestionKind kindFromName(QStringView name);
};

struct Survey
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QList<Question> questions; // by position; the support question comes first

    // By key ("support" or uuid), by 1-based number, or by text (case and accents ignored).
    const Question* find(QStringView keyNumberOrText) const;
    const Question* supportQuestion() const;
};

// The campaign's survey: the first active one, created on first use with the built-in
// support question (through the single write path, so it syncs).
class SurveyService final
{
public:
    SurveyService(Database& db, Repository& repo);

    // Creates the survey only when there is none (taking the write lock only then).
    Result<Survey> activeSurvey();
    // Migration 10: the survey with its support question, as built-in rows, when there is none.
    static Status seedBuiltin(Database& db);
    // Appends a question to the active survey. Choice questions need at least two options.
    Result<qint64> addQuestion(const QString& text, QuestionKind kind, const QStringList& options = {});

private:
    Result<Survey> readSurvey(qint64 id);

    Database& m_db;
    Repository& m_repo;
};

} // namespace terrain
