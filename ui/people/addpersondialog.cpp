#include "ui/people/addpersondialog.h"

#include "people/personservice.h"
#include "ui/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace terrain {

AddPersonDialog::AddPersonDialog(PersonService& people, qint64 householdId, const QString& householdLabel,
                                 QWidget* parent)
    : QDialog(parent), m_people(people), m_householdId(householdId)
{
    setObjectName(QStringLiteral("addPersonDialog"));
    setWindowTitle(tr("Add a person"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Someone who is not on the electoral list: a supporter met at the market, "
                                "a volunteer, a donor."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const auto line = [&](QLineEdit*& edit, const char* name, const QString& label) {
        edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        form->addRow(label, edit);
    };
    line(m_lastName, "newLastName", tr("&Name (required):"));
    line(m_usageName, "newUsageName", tr("&Usage name:"));
    line(m_firstNames, "newFirstNames", tr("&First names:"));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("newSex"));
    m_sex->addItem(tr("Not given"), QString());
    m_sex->addItem(Labels::sex(QStringLiteral("F")), QStringLiteral("F"));
    m_sex->addItem(Labels::sex(QStringLiteral("M")), QStringLiteral("M"));
    form->addRow(tr("Se&x:"), m_sex);
    line(m_birthDate, "newBirthDate", tr("&Birth date:"));
    m_birthDate->setPlaceholderText(tr("DD/MM/YYYY"));
    line(m_phone, "newPhone", tr("&Phone:"));
    line(m_email, "newEmail", tr("&Email:"));
    m_sameHousehold = new QCheckBox(tr("Lives with %1").arg(householdLabel), this);
    m_sameHousehold->setObjectName(QStringLiteral("newSameHousehold"));
    m_sameHousehold->setVisible(householdId > 0);
    form->addRow(QString(), m_sameHousehold);
    line(m_address, "newAddress", tr("&Address:"));
    m_address->setPlaceholderText(tr("12 bis rue de la Paix, Bât A, Apt 3"));
    auto* town = new QHBoxLayout;
    m_postcode = new QLineEdit(this);
    m_postcode->setObjectName(QStringLiteral("newPostcode"));
    m_postcode->setMaximumWidth(90);
    m_postcode->setPlaceholderText(tr("Postcode"));
    m_city = new QLineEdit(this);
    m_city->setObjectName(QStringLiteral("newCity"));
    m_city->setPlaceholderText(tr("City"));
    town->addWidget(m_postcode);
    town->addWidget(m_city, 1);
    form->addRow(tr("Town:"), town);
    connect(m_sameHousehold, &QCheckBox::toggled, this, [this](bool same) {
        for (QLineEdit* edit : {m_address, m_postcode, m_city})
            edit->setEnabled(!same);
    });
    m_support = new QComboBox(this);
    m_support->setObjectName(QStringLiteral("newSupport"));
    for (int level = 0; level <= 5; ++level)
        m_support->addItem(Labels::supportWithLevel(level), level);
    form->addRow(tr("&Support:"), m_support);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("newNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4 + 12);
    form->addRow(tr("No&tes:"), m_notes);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("addPersonError"));
    m_error->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void AddPersonDialog::accept()
{
    PersonDraft draft;
    draft.lastName = m_lastName->text().trimmed();
    draft.usageName = m_usageName->text().trimmed();
    draft.firstNames = m_firstNames->text().trimmed();
    draft.sex = m_sex->currentData().toString();
    draft.birthDate = m_birthDate->text().trimmed();
    draft.phone = m_phone->text().trimmed();
    draft.email = m_email->text().trimmed();
    if (m_sameHousehold->isVisible() && m_sameHousehold->isChecked()) {
        draft.householdId = m_householdId;
    } else {
        draft.addressLine = m_address->text().trimmed();
        draft.postcode = m_postcode->text().trimmed();
        draft.city = m_city->text().trimmed();
    }
    if (const int support = m_support->currentData().toInt(); support > 0)
        draft.support = support;
    draft.notes = m_notes->toPlainText().trimmed();
    if (draft.lastName.isEmpty()) {
        m_error->setText(tr("A person needs a name."));
        m_error->show();
        m_lastName->setFocus();
        return;
    }
    auto added = m_people.addPerson(draft);
    if (!added) {
        m_error->setText(added.error().message);
        m_error->setToolTip(added.error().detail);
        m_error->show();
        return;
    }
    m_added = *added;
    QDialog::accept();
}

} // namespace terrain
