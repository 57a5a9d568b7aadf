#include "ui/people/householddialog.h"

#include "people/personservice.h"
#include "ui/labels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace terrain {

HouseholdDialog::HouseholdDialog(PersonService& people, qint64 personId, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("householdDialog"));
    setWindowTitle(tr("The door"));
    auto* layout = new QVBoxLayout(this);
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("doorAddress"));
    QFont font = m_address->font();
    font.setBold(true);
    m_address->setFont(font);
    layout->addWidget(m_address);
    m_members = new QTreeWidget(this);
    m_members->setObjectName(QStringLiteral("doorMembers"));
    m_members->setRootIsDecorated(false);
    m_members->setHeaderLabels({tr("Name"), tr("Age"), tr("Support"), tr("Phone"), tr("Status"), tr("Last contact")});
    layout->addWidget(m_members, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_members, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_chosen = item->data(0, Qt::UserRole).toLongLong();
        accept();
    });

    auto first = people.load(personId);
    if (!first) {
        m_address->setText(first.error().message);
        return;
    }
    const QString town = QStringList{first->postcode, first->city}.join(u' ').trimmed();
    QStringList where{first->addressLine.isEmpty() ? tr("No address") : first->addressLine};
    if (!first->unit.isEmpty())
        where << first->unit;
    if (!town.isEmpty())
        where << town;
    m_address->setText(where.join(QStringLiteral(", ")));

    QList<qint64> ids{personId};
    for (const HouseholdMember& member : first->householdMembers)
        ids << member.id;
    for (qint64 id : ids) {
        auto person = id == personId ? std::move(first) : people.load(id);
        if (!person)
            continue;
        QString phone;
        for (const PhoneEntry& p : person->phones) {
            if (!p.bad) {
                phone = p.e164.isEmpty() ? p.raw : Labels::phone(p.e164);
                break;
            }
        }
        const QString lastContact = person->contacts.isEmpty()
                                        ? QString()
                                        : QStringLiteral("%1 · %2").arg(Labels::date(person->contacts.constFirst().at),
                                                                        Labels::result(person->contacts.constFirst().result));
        auto* item = new QTreeWidgetItem(m_members, {person->displayName,
                                                     person->age >= 0 ? QString::number(person->age) : QString(),
                                                     person->support > 0 ? Labels::support(person->support) : QString(),
                                                     phone, Labels::status(person->status), lastContact});
        item->setData(0, Qt::UserRole, person->id);
        if (person->support > 0)
            item->setIcon(2, [&] {
                QPixmap dot(10, 10);
                dot.fill(Labels::supportColor(person->support));
                return QIcon(dot);
            }());
        if (person->doNotContact.door)
            item->setToolTip(0, tr("Do not visit"));
    }
    m_members->header()->resizeSections(QHeaderView::ResizeToContents);
    m_members->setCurrentItem(m_members->topLevelItem(0));
    resize(720, 320);
}

int HouseholdDialog::memberCount() const
{
    return m_members->topLevelItemCount();
}

} // namespace terrain
