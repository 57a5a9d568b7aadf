// The person panel's edits: each goes through PersonService and onto the undo stack.
#include "ui/people/personpanel.h"

#include "people/personservice.h"
#include "ui/campaignsession.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"
#include "ui/labels.h"
#include "ui/people/personeditcommand.h"

#include <QDateTime>
#include <QLineEdit>
#include <QListWidget>

namespace terrain {

bool PersonPanel::apply(Result<PersonEdit> result, const QString& text)
{
    const bool changed = pushPersonEdit(m_session, std::move(result), text, m_banner.errorHandler());
    if (changed)
        m_banner.clear();
    return changed;
}

void PersonPanel::saveField(const char* field, const QVariant& value, const QString& what)
{
    if (m_filling || m_detail.id <= 0)
        return;
    const QString name = m_detail.displayName;
    if (!apply(m_session.people().updateFields(m_detail.id, {{QString::fromLatin1(field), value}}),
               tr("Change the %1 of %2").arg(what, name)))
        reload(); // a refused value: show what is stored
}

void PersonPanel::saveLineEdit(QLineEdit* edit, const char* field, const QString& current, const QString& what)
{
    const QString text = edit->text().trimmed();
    if (text == current)
        return;
    saveField(field, text, what);
}

qint64 PersonPanel::selectedId(QListWidget* list) const
{
    QListWidgetItem* item = list->currentItem();
    if (!item && list->count() == 1)
        item = list->item(0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PersonPanel::addPhone()
{
    if (m_detail.id <= 0)
        return;
    const auto number = m_dialogs.askText(this, tr("Add a phone"), tr("Phone number of %1:").arg(m_detail.displayName));
    if (!number || number->trimmed().isEmpty())
        return;
    apply(m_session.people().addPhone(m_detail.id, *number), tr("Add a phone to %1").arg(m_detail.displayName));
}

void PersonPanel::editPhone()
{
    const qint64 id = selectedId(m_phones);
    if (id <= 0)
        return;
    QString current;
    for (const PhoneEntry& phone : std::as_const(m_detail.phones)) {
        if (phone.id == id)
            current = phone.e164.isEmpty() ? phone.raw : Labels::phone(phone.e164);
    }
    const auto number = m_dialogs.askText(this, tr("Edit a phone"), tr("Phone number:"), current);
    if (!number || *number == current)
        return;
    apply(m_session.people().updatePhone(id, *number), tr("Change a phone of %1").arg(m_detail.displayName));
}

void PersonPanel::togglePhoneBad()
{
    const qint64 id = selectedId(m_phones);
    for (const PhoneEntry& phone : std::as_const(m_detail.phones)) {
        if (phone.id == id) {
            apply(m_session.people().setPhoneBad(id, !phone.bad),
                  phone.bad ? tr("Mark a phone of %1 good").arg(m_detail.displayName)
                            : tr("Mark a phone of %1 bad").arg(m_detail.displayName));
            return;
        }
    }
}

void PersonPanel::removePhone()
{
    const qint64 id = selectedId(m_phones);
    if (id > 0)
        apply(m_session.people().removePhone(id), tr("Remove a phone of %1").arg(m_detail.displayName));
}

void PersonPanel::addEmail()
{
    if (m_detail.id <= 0)
        return;
    const auto address = m_dialogs.askText(this, tr("Add an email"), tr("Email address of %1:").arg(m_detail.displayName));
    if (!address || address->trimmed().isEmpty())
        return;
    apply(m_session.people().addEmail(m_detail.id, address->trimmed()),
          tr("Add an email to %1").arg(m_detail.displayName));
}

void PersonPanel::editEmail()
{
    const qint64 id = selectedId(m_emails);
    if (id <= 0)
        return;
    QString current;
    for (const EmailEntry& email : std::as_const(m_detail.emails)) {
        if (email.id == id)
            current = email.address;
    }
    const auto address = m_dialogs.askText(this, tr("Edit an email"), tr("Email address:"), current);
    if (!address || *address == current)
        return;
    apply(m_session.people().updateEmail(id, address->trimmed()),
          tr("Change an email of %1").arg(m_detail.displayName));
}

void PersonPanel::toggleEmailBad()
{
    const qint64 id = selectedId(m_emails);
    for (const EmailEntry& email : std::as_const(m_detail.emails)) {
        if (email.id == id) {
            apply(m_session.people().setEmailBad(id, !email.bad),
                  email.bad ? tr("Mark an email of %1 good").arg(m_detail.displayName)
                            : tr("Mark an email of %1 bad").arg(m_detail.displayName));
            return;
        }
    }
}

void PersonPanel::removeEmail()
{
    const qint64 id = selectedId(m_emails);
    if (id > 0)
        apply(m_session.people().removeEmail(id), tr("Remove an email of %1").arg(m_detail.displayName));
}

void PersonPanel::addTag()
{
    const QString name = m_tagEdit->text().trimmed();
    if (name.isEmpty() || m_detail.id <= 0)
        return;
    if (apply(m_session.people().addTag(m_detail.id, name), tr("Tag %1 “%2”").arg(m_detail.displayName, name)))
        m_tagEdit->clear();
}

void PersonPanel::removeTag()
{
    const qint64 id = selectedId(m_tags);
    if (id <= 0)
        return;
    const QString name = m_tags->currentItem() ? m_tags->currentItem()->text() : QString();
    apply(m_session.people().removeTag(m_detail.id, id), tr("Untag %1 “%2”").arg(m_detail.displayName, name));
}

void PersonPanel::recordConsent(const char* channel, const QString& label)
{
    if (m_detail.id <= 0)
        return;
    const auto source = m_dialogs.askText(
        this, tr("Record consent (%1)").arg(label),
        tr("How did %1 give their consent? (a form at the market, an email…)").arg(m_detail.displayName));
    if (!source)
        return;
    const QString prefix = QStringLiteral("consent_") + QString::fromLatin1(channel);
    apply(m_session.people().updateFields(m_detail.id, {{prefix + QStringLiteral("_at"), QDateTime::currentMSecsSinceEpoch()},
                                                        {prefix + QStringLiteral("_source"), source->trimmed()}}),
          tr("Record the consent (%1) of %2").arg(label, m_detail.displayName));
}

void PersonPanel::withdrawConsent(const char* channel, const QString& label)
{
    if (m_detail.id <= 0)
        return;
    const QString prefix = QStringLiteral("consent_") + QString::fromLatin1(channel);
    apply(m_session.people().updateFields(m_detail.id, {{prefix + QStringLiteral("_at"), QVariant()},
                                                        {prefix + QStringLiteral("_source"), QVariant()}}),
          tr("Withdraw the consent (%1) of %2").arg(label, m_detail.displayName));
}

} // namespace terrain
