#pragma once

#include "people/persondetail.h"
#include "util/result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTreeWidget;

namespace terrain {

class CampaignSession;
class DialogHelper;
class ErrorBanner;

// Everything about one person, editable: identity, address and household, phones and
// emails, tags, support and status, do-not-contact per channel, consent, notes, and the
// change and contact history. Every edit is written at once (through PersonService) and
// pushed on the session's undo stack.
class PersonPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonPanel)

public:
    PersonPanel(CampaignSession& session, DialogHelper& dialogs, ErrorBanner& banner, QWidget* parent = nullptr);

    // Shows a person (0: nobody).
    void showPerson(qint64 personId);
    qint64 personId() const { return m_detail.id; }
    const PersonDetail& detail() const { return m_detail; }
    // Reads the person again (after an edit, an undo).
    void reload();

Q_SIGNALS:
    // The user asked to go to another person (a household member).
    void personRequested(qint64 personId);
    // The user asked for the whole door (everyone at this address and unit).
    void doorRequested(qint64 personId);
    void moveHouseholdRequested(qint64 personId);
    // The user asked to see everyone carrying a tag.
    void tagFilterRequested(qint64 tagId, const QString& name);

private:
    void build();
    void fill();
    bool apply(Result<PersonEdit> result, const QString& text);
    void saveField(const char* field, const QVariant& value, const QString& what);
    void saveLineEdit(QLineEdit* edit, const char* field, const QString& current, const QString& what);
    void addPhone();
    void editPhone();
    void togglePhoneBad();
    void removePhone();
    void addEmail();
    void editEmail();
    void toggleEmailBad();
    void removeEmail();
    void addTag();
    void removeTag();
    void recordConsent(const char* channel, const QString& label);
    void withdrawConsent(const char* channel, const QString& label);
    qint64 selectedId(QListWidget* list) const;

    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    ErrorBanner& m_banner;
    PersonDetail m_detail;
    bool m_filling = false;

    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_usageName = nullptr;
    QLineEdit* m_firstNames = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QComboBox* m_support = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_address = nullptr;
    QListWidget* m_household = nullptr;
    QListWidget* m_phones = nullptr;
    QListWidget* m_emails = nullptr;
    QPushButton* m_phoneBad = nullptr;
    QPushButton* m_emailBad = nullptr;
    QListWidget* m_tags = nullptr;
    QLineEdit* m_tagEdit = nullptr;
    QCheckBox* m_dncDoor = nullptr;
    QCheckBox* m_dncPhone = nullptr;
    QCheckBox* m_dncSms = nullptr;
    QCheckBox* m_dncEmail = nullptr;
    QLabel* m_consentPhone = nullptr;
    QLabel* m_consentSms = nullptr;
    QLabel* m_consentEmail = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_saveNotes = nullptr;
    QTreeWidget* m_history = nullptr;
    QTreeWidget* m_contacts = nullptr;
};

} // namespace terrain
