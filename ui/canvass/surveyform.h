#pragma once

#include "canvass/survey.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace terrain {

// The survey's questions as a form, for the phone bank: a combo per choice question, check
// boxes for a multiple choice, a line for free text. Digits typed on the page answer the
// choice questions in order, as on the paper grid (0 skips one).
class SurveyForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyForm)

public:
    explicit SurveyForm(QWidget* parent = nullptr);
    ~SurveyForm() override;

    void setSurvey(const Survey& survey);
    const Survey& survey() const { return m_survey; }
    // Keyed by Question::key(); unanswered questions are left out.
    QJsonObject answers() const;
    void clear();
    // Answers the current choice question with option `digit` (0 skips it) and moves on.
    // Returns an error message when the digit picks nothing.
    QString typeDigit(int digit);
    // The index (in survey().questions) the next digit answers; -1 when none is left.
    int currentQuestion() const { return m_current; }

Q_SIGNALS:
    void answersChanged();

private:
    struct Row
    {
        QLabel* label = nullptr;
        QComboBox* combo = nullptr;
        QList<QCheckBox*> checks;
        QLineEdit* text = nullptr;
    };
    void setCurrent(int index);
    int nextChoice(int after) const;

    Survey m_survey;
    QList<Row> m_rows;
    QFormLayout* m_form = nullptr;
    int m_current = -1;
};

} // namespace terrain
