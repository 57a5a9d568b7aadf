#pragma once

#include "people/persondetail.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace terrain {

class PersonService;

// Adds someone who is not on the electoral list (met at the market, a volunteer, a donor).
// OK writes them; a refused entry keeps the dialog open with the reason.
class AddPersonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddPersonDialog)

public:
    // `householdId`/`householdLabel`: offered as "lives with" (the person selected), 0 for none.
    AddPersonDialog(PersonService& people, qint64 householdId, const QString& householdLabel,
                    QWidget* parent = nullptr);

    qint64 addedPerson() const { return m_added.personId; }
    // What the add wrote, for the undo stack.
    const PersonEdit& edit() const { return m_added; }
    void accept() override;

private:
    PersonService& m_people;
    qint64 m_householdId;
    PersonEdit m_added;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_usageName = nullptr;
    QLineEdit* m_firstNames = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QCheckBox* m_sameHousehold = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_city = nullptr;
    QComboBox* m_support = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace terrain
