#include "ui/people/movehouseholddialog.h"

#include "people/personservice.h"
#include "search/peoplesearch.h"
#include "ui/campaignsession.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace terrain {

MoveHouseholdDialog::MoveHouseholdDialog(CampaignSession& session, qint64 personId, const QString& personName,
                                         QWidget* parent)
    : QDialog(parent), m_session(session), m_person(personId)
{
    setObjectName(QStringLiteral("moveHouseholdDialog"));
    setWindowTitle(tr("Move to another household"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 will live with the person you choose (same address and unit).").arg(personName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("moveSearch"));
    m_search->setPlaceholderText(tr("Name, address or phone of someone in that household"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_hits = new QListWidget(this);
    m_hits->setObjectName(QStringLiteral("moveHits"));
    layout->addWidget(m_hits, 1);
    m_choice = new QLabel(this);
    m_choice->setObjectName(QStringLiteral("moveChoice"));
    m_choice->setWordWrap(true);
    layout->addWidget(m_choice);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MoveHouseholdDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &MoveHouseholdDialog::search);
    connect(m_hits, &QListWidget::currentRowChanged, this, &MoveHouseholdDialog::picked);
    resize(520, 420);
}

void MoveHouseholdDialog::search()
{
    m_hits->clear();
    PeopleSearch search(m_session.db(), m_session.phoneRegion());
    auto hits = search.search(m_search->text(), 30);
    if (!hits) {
        m_choice->setText(hits.error().message);
        return;
    }
    for (const PersonHit& hit : *hits) {
        if (hit.id == m_person)
            continue;
        auto* item = new QListWidgetItem(hit.address.isEmpty() ? hit.name : tr("%1 — %2").arg(hit.name, hit.address),
                                         m_hits);
        item->setData(Qt::UserRole, hit.id);
    }
}

void MoveHouseholdDialog::picked()
{
    m_household = 0;
    QListWidgetItem* item = m_hits->currentItem();
    if (!item) {
        m_choice->clear();
        return;
    }
    auto other = m_session.people().load(item->data(Qt::UserRole).toLongLong());
    if (!other) {
        m_choice->setText(other.error().message);
        return;
    }
    m_household = other->householdId;
    if (m_household <= 0) {
        m_choice->setText(tr("%1 has no household: choose someone with an address.").arg(other->displayName));
        return;
    }
    QStringList where{other->addressLine};
    if (!other->unit.isEmpty())
        where << other->unit;
    m_choice->setText(tr("Household of %1: %2").arg(other->displayName, where.join(QStringLiteral(", "))));
}

void MoveHouseholdDialog::accept()
{
    if (m_household <= 0) {
        m_search->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace terrain
