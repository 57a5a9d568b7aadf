#include "ui/canvass/surveyform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>

namespace terrain {

SurveyForm::SurveyForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("surveyForm"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

SurveyForm::~SurveyForm() = default;

void SurveyForm::setSurvey(const Survey& survey)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    m_survey = survey;
    int number = 0;
    for (const Question& q : std::as_const(m_survey.questions)) {
        Row row;
        row.label = new QLabel(QStringLiteral("%1. %2").arg(++number).arg(q.displayText()), this);
        row.label->setWordWrap(true);
        QWidget* field = nullptr;
        const QStringList options = q.displayOptions();
        if (q.kind == QuestionKind::MultipleChoice) {
            auto* box = new QWidget(this);
            auto* boxLayout = new QHBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            for (int i = 0; i < options.size(); ++i) {
                auto* check = new QCheckBox(QStringLiteral("%1 %2").arg(i + 1).arg(options[i]), box);
                check->setObjectName(QStringLiteral("answer_%1_%2").arg(number).arg(i + 1));
                connect(check, &QCheckBox::toggled, this, &SurveyForm::answersChanged);
                boxLayout->addWidget(check);
                row.checks << check;
            }
            boxLayout->addStretch(1);
            field = box;
        } else if (q.kind == QuestionKind::FreeText) {
            row.text = new QLineEdit(this);
            row.text->setObjectName(QStringLiteral("answer_%1").arg(number));
            connect(row.text, &QLineEdit::textChanged, this, &SurveyForm::answersChanged);
            field = row.text;
        } else {
            row.combo = new QComboBox(this);
            row.combo->setObjectName(QStringLiteral("answer_%1").arg(number));
            row.combo->addItem(tr("—"));
            for (int i = 0; i < options.size(); ++i)
                row.combo->addItem(QStringLiteral("%1 · %2").arg(i + 1).arg(options[i]));
            connect(row.combo, &QComboBox::currentIndexChanged, this, &SurveyForm::answersChanged);
            field = row.combo;
        }
        row.label->setBuddy(field);
        m_form->addRow(row.label, field);
        m_rows << row;
    }
    setCurrent(nextChoice(-1));
}

QJsonObject SurveyForm::answers() const
{
    QJsonObject out;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Question& q = m_survey.questions[i];
        const Row& row = m_rows[i];
        if (row.combo && row.combo->currentIndex() > 0) {
            if (auto v = q.answerFromDigit(row.combo->currentIndex()))
                out.insert(q.key(), *v);
        } else if (!row.checks.isEmpty()) {
            QJsonArray picked;
            for (int c = 0; c < row.checks.size(); ++c) {
                if (row.checks[c]->isChecked())
                    picked.append(q.options.value(c));
            }
            if (!picked.isEmpty())
                out.insert(q.key(), picked);
        } else if (row.text && !row.text->text().trimmed().isEmpty()) {
            out.insert(q.key(), row.text->text().trimmed());
        }
    }
    return out;
}

void SurveyForm::clear()
{
    for (Row& row : m_rows) {
        if (row.combo)
            row.combo->setCurrentIndex(0);
        for (QCheckBox* check : std::as_const(row.checks))
            check->setChecked(false);
        if (row.text)
            row.text->clear();
    }
    setCurrent(nextChoice(-1));
}

QString SurveyForm::typeDigit(int digit)
{
    if (m_current < 0)
        return tr("Every question has an answer; record the outcome with its letter.");
    const Question& q = m_survey.questions[m_current];
    Row& row = m_rows[m_current];
    if (digit > 0) {
        if (digit > q.choiceCount())
            return tr("%1 is not a choice of “%2” (1 to %3).").arg(digit).arg(q.displayText()).arg(q.choiceCount());
        if (row.combo)
            row.combo->setCurrentIndex(digit);
        else if (digit - 1 < row.checks.size())
            row.checks[digit - 1]->setChecked(true);
    }
    setCurrent(nextChoice(m_current));
    return {};
}

int SurveyForm::nextChoice(int after) const
{
    for (int i = after + 1; i < m_rows.size(); ++i) {
        if (!m_rows[i].text)
            return i;
    }
    return -1;
}

void SurveyForm::setCurrent(int index)
{
    m_current = index;
    for (int i = 0; i < m_rows.size(); ++i) {
        QFont font = m_rows[i].label->font();
        font.setBold(i == m_current);
        m_rows[i].label->setFont(font);
    }
}

} // namespace terrain
