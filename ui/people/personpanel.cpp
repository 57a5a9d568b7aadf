#include "ui/people/personpanel.h"

#include "people/peoplequery.h"
#include "people/personservice.h"
#include "ui/campaignsession.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"
#include "ui/labels.h"
#include "ui/people/personeditcommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace terrain {

namespace {

QPushButton* smallButton(const QString& text, const char* name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAutoDefault(false);
    return button;
}

QListWidget* shortList(const char* name, QWidget* parent, int rows = 3)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setMaximumHeight(list->fontMetrics().height() * rows + 16);
    list->setMinimumHeight(list->fontMetrics().height() * std::min(rows, 2) + 12);
    return list;
}

QString historyValue(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return QStringLiteral("—");
    if (field == QLatin1StringView("support"))
        return Labels::support(value.toInt());
    if (field == QLatin1StringView("status"))
        return Labels::status(value);
    if (field.startsWith(QLatin1StringView("dnc_")) || field == QLatin1StringView("bad"))
        return value == QLatin1StringView("1") ? PersonPanel::tr("yes") : PersonPanel::tr("no");
    if (field.startsWith(QLatin1StringView("consent_")) && field.endsWith(QLatin1StringView("_at")))
        return Labels::date(value.toLongLong());
    return value;
}

// The birth date as the field reads it back: DD/MM/YYYY (its placeholder), not the locale's
// short format ("8/25/99" in American English would not read back).
QString birthDateText(const QString& iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

} // namespace

PersonPanel::PersonPanel(CampaignSession& session, DialogHelper& dialogs, ErrorBanner& banner, QWidget* parent)
    : QWidget(parent), m_session(session), m_dialogs(dialogs), m_banner(banner)
{
    setObjectName(QStringLiteral("personPanel"));
    build();
    showPerson(0);
}

void PersonPanel::build()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Choose someone in the table to see everything about them here."), this);
    m_empty->setObjectName(QStringLiteral("personPanelEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_empty);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("personScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The panel reads top to bottom: it wraps and scrolls down, never sideways.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(m_scroll);
    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll, 1);
    auto* layout = new QVBoxLayout(m_content);

    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("personTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true); // long compound names must not widen the panel
    m_subtitle = new QLabel(m_content);
    m_subtitle->setObjectName(QStringLiteral("personSubtitle"));
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    // Identity, support and status.
    auto* identity = new QGroupBox(tr("Identity"), m_content);
    auto* form = new QFormLayout(identity);
    m_lastName = new QLineEdit(identity);
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_usageName = new QLineEdit(identity);
    m_usageName->setObjectName(QStringLiteral("usageNameEdit"));
    m_firstNames = new QLineEdit(identity);
    m_firstNames->setObjectName(QStringLiteral("firstNamesEdit"));
    m_sex = new QComboBox(identity);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->addItem(tr("Not given"), QString());
    m_sex->addItem(Labels::sex(QStringLiteral("F")), QStringLiteral("F"));
    m_sex->addItem(Labels::sex(QStringLiteral("M")), QStringLiteral("M"));
    m_birthDate = new QLineEdit(identity);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setPlaceholderText(tr("DD/MM/YYYY"));
    m_support = new QComboBox(identity);
    m_support->setObjectName(QStringLiteral("supportCombo"));
    for (int level = 0; level <= 5; ++level)
        m_support->addItem(Labels::supportWithLevel(level), level);
    m_status = new QComboBox(identity);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const char* status : {"active", "moved", "deceased", "left"})
        m_status->addItem(Labels::status(QString::fromLatin1(status)), QString::fromLatin1(status));
    form->addRow(tr("Birth name:"), m_lastName);
    form->addRow(tr("Usage name:"), m_usageName);
    form->addRow(tr("First names:"), m_firstNames);
    form->addRow(tr("Sex:"), m_sex);
    form->addRow(tr("Birth date:"), m_birthDate);
    form->addRow(tr("&Support:"), m_support);
    form->addRow(tr("Status:"), m_status);
    layout->addWidget(identity);
    connect(m_lastName, &QLineEdit::editingFinished, this,
            [this] { saveLineEdit(m_lastName, "last_name", m_detail.lastName, tr("birth name")); });
    connect(m_usageName, &QLineEdit::editingFinished, this,
            [this] { saveLineEdit(m_usageName, "usage_name", m_detail.usageName, tr("usage name")); });
    connect(m_firstNames, &QLineEdit::editingFinished, this,
            [this] { saveLineEdit(m_firstNames, "first_names", m_detail.firstNames, tr("first names")); });
    connect(m_birthDate, &QLineEdit::editingFinished, this, [this] {
        if (m_birthDate->text().trimmed() != birthDateText(m_detail.birthDate))
            saveField("birth_date", m_birthDate->text().trimmed(), tr("birth date"));
    });
    connect(m_sex, &QComboBox::activated, this, [this] {
        if (m_sex->currentData().toString() != m_detail.sex)
            saveField("sex", m_sex->currentData(), tr("sex"));
    });
    connect(m_support, &QComboBox::activated, this, [this] {
        if (m_support->currentData().toInt() != m_detail.support)
            saveField("support", m_support->currentData().toInt(), tr("support"));
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        if (m_status->currentData().toString() != m_detail.status)
            saveField("status", m_status->currentData(), tr("status"));
    });

    // Address and household.
    auto* home = new QGroupBox(tr("Address and household"), m_content);
    auto* homeLayout = new QVBoxLayout(home);
    m_address = new QLabel(home);
    m_address->setObjectName(QStringLiteral("addressLabel"));
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    homeLayout->addWidget(m_address);
    homeLayout->addWidget(new QLabel(tr("Lives with:"), home));
    m_household = shortList("householdList", home, 4);
    m_household->setToolTip(tr("Double-click to open this person"));
    homeLayout->addWidget(m_household);
    auto* homeButtons = new QHBoxLayout;
    QPushButton* door = smallButton(tr("The whole door…"), "doorButton", home);
    QPushButton* move = smallButton(tr("Move to another household…"), "moveHouseholdButton", home);
    homeButtons->addWidget(door);
    homeButtons->addWidget(move);
    homeButtons->addStretch();
    homeLayout->addLayout(homeButtons);
    layout->addWidget(home);
    connect(m_household, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT personRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(door, &QPushButton::clicked, this, [this] { Q_EMIT doorRequested(m_detail.id); });
    connect(move, &QPushButton::clicked, this, [this] { Q_EMIT moveHouseholdRequested(m_detail.id); });

    // Phones and emails.
    auto* contact = new QGroupBox(tr("Phones and emails"), m_content);
    auto* contactLayout = new QVBoxLayout(contact);
    contactLayout->addWidget(new QLabel(tr("Phones:"), contact));
    m_phones = shortList("phoneList", contact);
    contactLayout->addWidget(m_phones);
    auto* phoneButtons = new QHBoxLayout;
    QPushButton* addPhone = smallButton(tr("Add…"), "addPhoneButton", contact);
    QPushButton* editPhone = smallButton(tr("Edit…"), "editPhoneButton", contact);
    m_phoneBad = smallButton(tr("Mark bad"), "badPhoneButton", contact);
    m_phoneBad->setToolTip(tr("A wrong or disconnected number is never dialled again"));
    QPushButton* removePhone = smallButton(tr("Remove"), "removePhoneButton", contact);
    for (QPushButton* b : {addPhone, editPhone, m_phoneBad, removePhone})
        phoneButtons->addWidget(b);
    phoneButtons->addStretch();
    contactLayout->addLayout(phoneButtons);
    contactLayout->addWidget(new QLabel(tr("Emails:"), contact));
    m_emails = shortList("emailList", contact);
    contactLayout->addWidget(m_emails);
    auto* emailButtons = new QHBoxLayout;
    QPushButton* addEmail = smallButton(tr("Add…"), "addEmailButton", contact);
    QPushButton* editEmail = smallButton(tr("Edit…"), "editEmailButton", contact);
    m_emailBad = smallButton(tr("Mark bad"), "badEmailButton", contact);
    QPushButton* removeEmail = smallButton(tr("Remove"), "removeEmailButton", contact);
    for (QPushButton* b : {addEmail, editEmail, m_emailBad, removeEmail})
        emailButtons->addWidget(b);
    emailButtons->addStretch();
    contactLayout->addLayout(emailButtons);
    layout->addWidget(contact);
    connect(addPhone, &QPushButton::clicked, this, &PersonPanel::addPhone);
    connect(editPhone, &QPushButton::clicked, this, &PersonPanel::editPhone);
    connect(m_phones, &QListWidget::itemActivated, this, &PersonPanel::editPhone);
    connect(m_phoneBad, &QPushButton::clicked, this, &PersonPanel::togglePhoneBad);
    connect(removePhone, &QPushButton::clicked, this, &PersonPanel::removePhone);
    connect(addEmail, &QPushButton::clicked, this, &PersonPanel::addEmail);
    connect(editEmail, &QPushButton::clicked, this, &PersonPanel::editEmail);
    connect(m_emails, &QListWidget::itemActivated, this, &PersonPanel::editEmail);
    connect(m_emailBad, &QPushButton::clicked, this, &PersonPanel::toggleEmailBad);
    connect(removeEmail, &QPushButton::clicked, this, &PersonPanel::removeEmail);
    connect(m_phones, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool bad = row >= 0 && row < m_detail.phones.size() && m_detail.phones.at(row).bad;
        m_phoneBad->setText(bad ? tr("Mark good") : tr("Mark bad"));
    });
    connect(m_emails, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool bad = row >= 0 && row < m_detail.emails.size() && m_detail.emails.at(row).bad;
        m_emailBad->setText(bad ? tr("Mark good") : tr("Mark bad"));
    });

    // Tags.
    auto* tags = new QGroupBox(tr("Tags"), m_content);
    auto* tagLayout = new QVBoxLayout(tags);
    m_tags = shortList("tagList", tags);
    m_tags->setFlow(QListView::LeftToRight);
    m_tags->setWrapping(true);
    m_tags->setSpacing(3);
    tagLayout->addWidget(m_tags);
    auto* tagRow = new QHBoxLayout;
    m_tagEdit = new QLineEdit(tags);
    m_tagEdit->setObjectName(QStringLiteral("tagEdit"));
    m_tagEdit->setPlaceholderText(tr("New tag, then Enter"));
    QPushButton* removeTag = smallButton(tr("Remove tag"), "removeTagButton", tags);
    tagRow->addWidget(m_tagEdit, 1);
    tagRow->addWidget(removeTag);
    tagLayout->addLayout(tagRow);
    layout->addWidget(tags);
    m_tags->setToolTip(tr("Double-click a tag to list everyone who carries it"));
    connect(m_tagEdit, &QLineEdit::returnPressed, this, &PersonPanel::addTag);
    connect(m_tags, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT tagFilterRequested(item->data(Qt::UserRole).toLongLong(), item->text());
    });
    connect(removeTag, &QPushButton::clicked, this, &PersonPanel::removeTag);

    // Do not contact, and consent.
    auto* privacy = new QGroupBox(tr("Contact preferences"), m_content);
    auto* privacyLayout = new QGridLayout(privacy);
    privacyLayout->addWidget(new QLabel(tr("Do not contact by:"), privacy), 0, 0, 1, 4);
    const auto dnc = [&](QCheckBox*& box, const QString& text, const char* name, const char* field, int column) {
        box = new QCheckBox(text, privacy);
        box->setObjectName(QString::fromLatin1(name));
        privacyLayout->addWidget(box, 1, column);
        connect(box, &QCheckBox::clicked, this, [this, field, text](bool checked) {
            saveField(field, checked ? 1 : 0, tr("do not contact (%1)").arg(text));
        });
    };
    dnc(m_dncDoor, tr("Door"), "dncDoor", "dnc_door", 0);
    dnc(m_dncPhone, tr("Phone"), "dncPhone", "dnc_phone", 1);
    dnc(m_dncSms, tr("SMS"), "dncSms", "dnc_sms", 2);
    dnc(m_dncEmail, tr("Email"), "dncEmail", "dnc_email", 3);
    privacyLayout->addWidget(new QLabel(tr("Consent:"), privacy), 2, 0, 1, 4);
    const auto consent = [&](QLabel*& label, const QString& channelLabel, const char* channel, int row) {
        label = new QLabel(privacy);
        label->setObjectName(QStringLiteral("consent_%1").arg(QString::fromLatin1(channel)));
        label->setWordWrap(true);
        auto* record = smallButton(tr("Record…"), "", privacy);
        record->setObjectName(QStringLiteral("consent_%1_record").arg(QString::fromLatin1(channel)));
        auto* withdraw = smallButton(tr("Withdraw"), "", privacy);
        withdraw->setObjectName(QStringLiteral("consent_%1_withdraw").arg(QString::fromLatin1(channel)));
        privacyLayout->addWidget(new QLabel(channelLabel, privacy), row, 0);
        privacyLayout->addWidget(label, row, 1, 1, 2);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(record);
        buttons->addWidget(withdraw);
        privacyLayout->addLayout(buttons, row, 3);
        connect(record, &QPushButton::clicked, this, [this, channel, channelLabel] { recordConsent(channel, channelLabel); });
        connect(withdraw, &QPushButton::clicked, this,
                [this, channel, channelLabel] { withdrawConsent(channel, channelLabel); });
    };
    consent(m_consentPhone, tr("Phone"), "phone", 3);
    consent(m_consentSms, tr("SMS"), "sms", 4);
    consent(m_consentEmail, tr("Email"), "email", 5);
    privacyLayout->setColumnStretch(1, 1);
    layout->addWidget(privacy);

    // Notes.
    auto* notes = new QGroupBox(tr("Notes"), m_content);
    auto* notesLayout = new QVBoxLayout(notes);
    m_notes = new QPlainTextEdit(notes);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5 + 12);
    m_notes->setTabChangesFocus(true);
    m_saveNotes = smallButton(tr("Save the notes"), "saveNotesButton", notes);
    m_saveNotes->setEnabled(false);
    notesLayout->addWidget(m_notes);
    notesLayout->addWidget(m_saveNotes, 0, Qt::AlignRight);
    layout->addWidget(notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_saveNotes->setEnabled(m_notes->toPlainText() != m_detail.notes);
    });
    connect(m_saveNotes, &QPushButton::clicked, this,
            [this] { saveField("notes", m_notes->toPlainText(), tr("notes")); });

    // Contact history and change history.
    auto* contacts = new QGroupBox(tr("Contact history"), m_content);
    auto* contactsLayout = new QVBoxLayout(contacts);
    m_contacts = new QTreeWidget(contacts);
    m_contacts->setObjectName(QStringLiteral("contactList"));
    m_contacts->setRootIsDecorated(false);
    m_contacts->setHeaderLabels({tr("When"), tr("How"), tr("Result"), tr("Support"), tr("Volunteer")});
    m_contacts->setMinimumHeight(90);
    contactsLayout->addWidget(m_contacts);
    layout->addWidget(contacts);

    auto* history = new QGroupBox(tr("Change history"), m_content);
    auto* historyLayout = new QVBoxLayout(history);
    m_history = new QTreeWidget(history);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After")});
    m_history->setMinimumHeight(120);
    historyLayout->addWidget(m_history);
    layout->addWidget(history);
    layout->addStretch();

    // "Mark bad" and "Mark good" take turns on one button: it keeps the width of the longer.
    for (QPushButton* bad : {m_phoneBad, m_emailBad}) {
        int width = 0;
        for (const QString& text : {tr("Mark bad"), tr("Mark good")}) {
            bad->setText(text);
            width = std::max(width, bad->sizeHint().width());
        }
        bad->setMinimumWidth(width);
    }
    // The panel scrolls down, never sideways, so it is never narrower than its widest row
    // (the four phone buttons in French): otherwise the right edge is cut off. Set on the
    // panel itself, since a splitter goes by an explicit minimum width before the layout's.
    setMinimumWidth(m_content->minimumSizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width());
}

void PersonPanel::showPerson(qint64 personId)
{
    if (personId <= 0) {
        m_detail = PersonDetail();
        m_scroll->hide();
        m_empty->show();
        return;
    }
    auto loaded = m_session.people().load(personId);
    if (!loaded) {
        // Merged away or deleted elsewhere: nothing stale stays on screen.
        m_banner.showError(loaded.error());
        showPerson(0);
        return;
    }
    m_detail = std::move(*loaded);
    m_empty->hide();
    m_scroll->show();
    fill();
}

void PersonPanel::reload()
{
    if (m_detail.id > 0)
        showPerson(m_detail.id);
}

void PersonPanel::fill()
{
    m_filling = true;
    const PersonDetail& d = m_detail;
    m_title->setText(d.displayName);
    QStringList facts;
    if (d.age >= 0)
        facts << tr("%n years old", nullptr, d.age);
    if (!d.bureauCode.isEmpty())
        facts << tr("bureau %1").arg(d.bureauName.isEmpty() ? d.bureauCode : d.bureauCode + QStringLiteral(" – ") + d.bureauName);
    if (!d.listNumber.isEmpty())
        facts << tr("no. %1 on the list").arg(d.listNumber);
    if (d.voterKey.isEmpty())
        facts << tr("not on the electoral list");
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    m_lastName->setText(d.lastName);
    m_usageName->setText(d.usageName);
    m_firstNames->setText(d.firstNames);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(d.sex)));
    m_birthDate->setText(birthDateText(d.birthDate));
    m_support->setCurrentIndex(std::max(0, m_support->findData(d.support)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(d.status)));

    QStringList address;
    if (!d.addressLine.isEmpty())
        address << d.addressLine;
    if (!d.unit.isEmpty())
        address << d.unit;
    const QString town = QStringList{d.postcode, d.city}.join(u' ').trimmed();
    if (!town.isEmpty())
        address << town;
    m_address->setText(address.isEmpty() ? tr("No address") : address.join(u'\n'));
    m_household->clear();
    for (const HouseholdMember& member : d.householdMembers) {
        const int age = ageAt(member.birthDate, QDate::currentDate());
        auto* item = new QListWidgetItem(age >= 0 ? tr("%1 (%n years)", nullptr, age).arg(member.name) : member.name,
                                         m_household);
        item->setData(Qt::UserRole, member.id);
    }
    if (d.householdMembers.isEmpty())
        m_household->addItem(tr("Nobody else"));

    m_phones->clear();
    for (const PhoneEntry& phone : d.phones) {
        const QString number = phone.e164.isEmpty() ? phone.raw : Labels::phone(phone.e164);
        auto* item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(number, Labels::phoneType(phone.type)), m_phones);
        item->setData(Qt::UserRole, phone.id);
        if (phone.bad) {
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
            item->setToolTip(tr("Marked bad: never dialled"));
        }
    }
    m_emails->clear();
    for (const EmailEntry& email : d.emails) {
        auto* item = new QListWidgetItem(email.address, m_emails);
        item->setData(Qt::UserRole, email.id);
        if (email.bad || !email.valid) {
            QFont font = item->font();
            font.setStrikeOut(email.bad);
            item->setFont(font);
            item->setToolTip(email.bad ? tr("Marked bad: never written to") : tr("Not a valid address"));
        }
    }
    m_phoneBad->setText(tr("Mark bad"));
    m_emailBad->setText(tr("Mark bad"));

    m_tags->clear();
    for (const TagEntry& tag : d.tags) {
        auto* item = new QListWidgetItem(tag.name, m_tags);
        item->setData(Qt::UserRole, tag.id);
        item->setBackground(QColor(tag.color.isEmpty() ? QStringLiteral("#e3ecf3") : tag.color));
    }

    m_dncDoor->setChecked(d.doNotContact.door);
    m_dncPhone->setChecked(d.doNotContact.phone);
    m_dncSms->setChecked(d.doNotContact.sms);
    m_dncEmail->setChecked(d.doNotContact.email);
    const auto consentText = [](const ConsentEntry& consent) {
        if (!consent.at)
            return tr("Not given");
        return consent.source.isEmpty() ? tr("Given on %1").arg(Labels::date(*consent.at))
                                        : tr("Given on %1 (%2)").arg(Labels::date(*consent.at), consent.source);
    };
    m_consentPhone->setText(consentText(d.consentPhone));
    m_consentSms->setText(consentText(d.consentSms));
    m_consentEmail->setText(consentText(d.consentEmail));

    m_notes->setPlainText(d.notes);
    m_saveNotes->setEnabled(false);

    m_contacts->clear();
    for (const ContactEntry& c : d.contacts) {
        auto* item = new QTreeWidgetItem(m_contacts, {Labels::dateTime(c.at), Labels::channel(c.channel),
                                                      Labels::result(c.result),
                                                      c.support > 0 ? Labels::support(c.support) : QString(),
                                                      c.volunteer});
        item->setToolTip(0, c.note);
    }
    m_history->clear();
    for (const HistoryEntry& h : d.history) {
        new QTreeWidgetItem(m_history, {Labels::dateTime(h.at), h.author, Labels::field(h.table, h.field),
                                        historyValue(h.field, h.oldValue), historyValue(h.field, h.newValue)});
    }
    for (QTreeWidget* tree : {m_contacts, m_history})
        tree->header()->resizeSections(QHeaderView::ResizeToContents);
    m_filling = false;
}

} // namespace terrain
