#include "ui/people/peoplepage.h"

#include "districts/districttree.h"
#include "people/personservice.h"
#include "ui/appsettings.h"
#include "ui/campaignsession.h"
#include "ui/databaseworker.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"
#include "ui/labels.h"
#include "ui/people/addpersondialog.h"
#include "ui/people/householddialog.h"
#include "ui/people/mergedialog.h"
#include "ui/people/movehouseholddialog.h"
#include "ui/people/peoplemodel.h"
#include "ui/people/peopletable.h"
#include "ui/people/personeditcommand.h"
#include "ui/people/personpanel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace terrain {

namespace {

QComboBox* filterCombo(const char* name, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

PeoplePage::PeoplePage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_dialogs(dialogs), m_settings(settings)
{
    setObjectName(QStringLiteral("peoplePage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);

    // Search and actions on one row, filters on the next: it fits a 1366-pixel laptop in French.
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search a name, an address or a phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(240);
    m_search->installEventFilter(this);
    top->addWidget(m_search, 1);
    m_debounce = new QTimer(this);
    m_debounce->setObjectName(QStringLiteral("searchDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PeoplePage::applyFilter);
    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/person-add.svg")), tr("Add a person"), this);
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    m_add->setToolTip(tr("Someone not on the electoral list (Ctrl+N)"));
    m_merge = new QPushButton(QIcon(QStringLiteral(":/icons/merge.svg")), tr("Merge duplicates…"), this);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setToolTip(tr("Select the two records of one person in the table (Ctrl+click)"));
    top->addWidget(m_add);
    top->addWidget(m_merge);
    layout->addLayout(top);
    connect(m_add, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_merge, &QPushButton::clicked, this, &PeoplePage::mergeSelected);

    auto* bar = new QHBoxLayout;
    m_district = filterCombo("districtFilter", this);
    m_district->addItem(tr("All districts"), QVariant());
    m_district->setToolTip(tr("Commune or bureau"));
    // Bureau names can be long: the box stays narrow, the list opens wide.
    m_district->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_district->setMinimumContentsLength(16);
    m_district->view()->setMinimumWidth(320);
    m_support = filterCombo("supportFilter", this);
    m_support->addItem(tr("Any support"), QVariantList());
    m_support->addItem(tr("Supporters (1–2)"), QVariantList{1, 2});
    for (int level = 1; level <= 5; ++level)
        m_support->addItem(Labels::supportWithLevel(level), QVariantList{level});
    m_support->addItem(tr("Support unknown"), QVariantList{0});
    m_status = filterCombo("statusFilter", this);
    m_status->addItem(tr("On the list"), QStringList());
    for (const char* status : {"active", "moved", "deceased", "left"})
        m_status->addItem(Labels::status(QString::fromLatin1(status)), QStringList{QString::fromLatin1(status)});
    m_status->addItem(tr("Everyone"), QStringList{QStringLiteral("active"), QStringLiteral("moved"),
                                                  QStringLiteral("deceased"), QStringLiteral("left")});
    m_status->setToolTip(tr("“On the list”: everyone except those who left the electoral list"));
    m_phone = filterCombo("phoneFilter", this);
    m_phone->addItem(tr("Phone: any"), QVariant());
    m_phone->addItem(tr("With a phone"), true);
    m_phone->addItem(tr("Without a phone"), false);
    m_email = filterCombo("emailFilter", this);
    m_email->addItem(tr("Email: any"), QVariant());
    m_email->addItem(tr("With an email"), true);
    m_email->addItem(tr("Without an email"), false);
    m_tag = filterCombo("tagFilter", this);
    m_tag->addItem(tr("Any tag"), QVariant());
    for (QComboBox* combo : {m_district, m_support, m_status, m_phone, m_email, m_tag}) {
        bar->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilter);
    }
    bar->addStretch();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    bar->addWidget(m_count);
    layout->addLayout(bar);

    // The table and the person panel.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("peopleSplitter"));
    m_model = new PeopleModel(session.path(), session.phoneRegion(), this);
    m_table = new PeopleTable(m_model, settings, QStringLiteral("peopleTable"), splitter);
    m_panel = new PersonPanel(session, dialogs, *m_banner, splitter);
    m_panel->setMinimumWidth(std::max(420, m_panel->minimumWidth()));
    splitter->addWidget(m_table);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setCollapsible(0, false);
    splitter->setSizes({900, 440});
    if (const QByteArray state = settings.splitterState(splitter->objectName()); !state.isEmpty())
        splitter->restoreState(state);
    connect(splitter, &QSplitter::splitterMoved, this, [this, splitter] {
        m_settings.setSplitterState(splitter->objectName(), splitter->saveState());
    });
    layout->addWidget(splitter, 1);

    connect(m_table, &PeopleTable::currentPersonChanged, this, [this](qint64 id) {
        if (id > 0 && id != m_panel->personId())
            m_panel->showPerson(id);
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeoplePage::updateActions);
    connect(m_table, &PeopleTable::personActivated, this, [this](qint64 id) {
        if (id != m_panel->personId())
            m_panel->showPerson(id);
        // Enter on a row goes to what volunteers change most: the support level.
        if (QWidget* support = m_panel->findChild<QWidget*>(QStringLiteral("supportCombo")))
            support->setFocus();
    });
    connect(m_panel, &PersonPanel::personRequested, this, &PeoplePage::showPerson);
    connect(m_panel, &PersonPanel::doorRequested, this, &PeoplePage::showDoor);
    connect(m_panel, &PersonPanel::moveHouseholdRequested, this, &PeoplePage::moveHousehold);
    connect(m_panel, &PersonPanel::tagFilterRequested, this, &PeoplePage::filterByTag);
    connect(m_model, &PeopleModel::counted, this, [this](qint64 count) {
        m_count->setText(tr("%Ln people", nullptr, int(count)));
    });
    connect(m_model, &PeopleModel::loaded, this, [this](qint64 count) {
        // A large result shows its rows before its exact count: "5,000+" until then.
        m_count->setText(m_model->isCountExact() ? tr("%Ln people", nullptr, int(count))
                                                 : tr("%Ln+ people", nullptr, int(count)));
        if (m_pendingSelection > 0 && m_table->selectPerson(m_pendingSelection))
            m_pendingSelection = 0;
        updateActions();
    });
    connect(m_model, &PeopleModel::failed, m_banner, &ErrorBanner::showFailure);
    connect(&session, &CampaignSession::personChanged, this, [this](qint64 id) {
        m_model->refreshPerson(id);
        if (id == m_panel->personId())
            m_panel->reload();
    });
    connect(&session, &CampaignSession::peopleChanged, this, [this] {
        m_model->reload();
        m_panel->reload();
        loadDistricts();
        loadTags();
    });

    m_lookups = new DatabaseWorker(session.path(), this);
    loadDistricts();
    loadTags();
    m_model->setFilter(currentFilter());
    updateActions();
    setFocusProxy(m_search);
}

PeoplePage::~PeoplePage() = default;

PeopleFilter PeoplePage::currentFilter() const
{
    PeopleFilter filter;
    filter.search = m_search->text().trimmed();
    if (const QVariant district = m_district->currentData(); district.isValid())
        filter.districtId = district.toLongLong();
    for (const QVariant& level : m_support->currentData().toList())
        filter.support << level.toInt();
    filter.statuses = m_status->currentData().toStringList();
    if (const QVariant phone = m_phone->currentData(); phone.isValid())
        filter.hasPhone = phone.toBool();
    if (const QVariant email = m_email->currentData(); email.isValid())
        filter.hasEmail = email.toBool();
    if (const QVariant tag = m_tag->currentData(); tag.isValid())
        filter.tagIds = {tag.toLongLong()};
    return filter;
}

void PeoplePage::applyFilter()
{
    m_debounce->stop();
    m_model->setFilter(currentFilter());
}

void PeoplePage::loadTags()
{
    const QString author = m_session.author();
    m_lookups->run([author](Database& db) { return PersonService(db, author).allTags(); },
                   [this](const Result<QList<TagEntry>>& tags) {
                       if (!tags)
                           return;
                       const QVariant current = m_tag->currentData();
                       QSignalBlocker block(m_tag);
                       m_tag->clear();
                       m_tag->addItem(tr("Any tag"), QVariant());
                       for (const TagEntry& tag : *tags)
                           m_tag->addItem(tr("Tag: %1").arg(tag.name), tag.id);
                       m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
                   });
}

void PeoplePage::loadDistricts()
{
    // The communes and their bureaux, read off the GUI thread (figures over every voter).
    const QString author = m_session.author();
    DatabaseWorker* worker = m_lookups;
    m_lookups->run(
        [worker, author](Database& db) {
            DistrictTree& tree = worker->local<DistrictTree>(db, author);
            QList<std::pair<DistrictNode, QList<DistrictNode>>> communes;
            for (const DistrictNode& commune : tree.communes())
                communes.append({commune, commune.hasChildren ? tree.children(commune) : QList<DistrictNode>()});
            return communes;
        },
        [this](const QList<std::pair<DistrictNode, QList<DistrictNode>>>& communes) {
            const QVariant current = m_district->currentData();
            QSignalBlocker block(m_district);
            m_district->clear();
            m_district->addItem(tr("All districts"), QVariant());
            for (const auto& [commune, bureaux] : communes) {
                m_district->addItem(commune.label, commune.id);
                for (const DistrictNode& bureau : bureaux) {
                    if (bureau.id > 0)
                        m_district->addItem(QStringLiteral("    ") + tr("Bureau %1").arg(bureau.label), bureau.id);
                }
            }
            m_district->setCurrentIndex(std::max(0, m_district->findData(current)));
        });
}

void PeoplePage::updateActions()
{
    m_merge->setEnabled(m_table->selectedPeople().size() == 2);
}

bool PeoplePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // From the search straight into the results, keyboard only.
            applyFilter();
            m_table->setFocus();
            if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
                m_table->setCurrentIndex(m_model->index(0, PeopleModel::NameColumn));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PeoplePage::filterByTag(qint64 tagId, const QString& name)
{
    if (tagId <= 0)
        return;
    int index = m_tag->findData(tagId);
    if (index < 0) {
        m_tag->addItem(tr("Tag: %1").arg(name), tagId);
        index = m_tag->count() - 1;
    }
    m_tag->setCurrentIndex(index);
}

void PeoplePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PeoplePage::showPerson(qint64 personId)
{
    m_panel->showPerson(personId);
    if (!m_table->selectPerson(personId))
        m_pendingSelection = personId;
}

void PeoplePage::addPerson()
{
    const PersonDetail& current = m_panel->detail();
    AddPersonDialog dialog(m_session.people(), current.householdId, current.displayName, this);
    if (m_dialogs.exec(dialog) != QDialog::Accepted || dialog.addedPerson() <= 0)
        return;
    QString name;
    if (auto added = m_session.people().load(dialog.addedPerson()))
        name = added->displayName;
    pushPersonEdit(m_session, dialog.edit(), tr("Add %1").arg(name), m_banner->errorHandler());
    m_banner->showMessage(tr("%1 added (Ctrl+Z takes it back).").arg(name), ErrorBanner::Level::Info);
    showPerson(dialog.addedPerson());
}

void PeoplePage::mergeSelected()
{
    const QList<qint64> people = m_table->selectedPeople();
    if (people.size() != 2) {
        m_banner->showMessage(tr("Select the two records of one person in the table (Ctrl+click), then Merge."),
                              ErrorBanner::Level::Warning);
        return;
    }
    MergeDialog dialog(m_session.people(), people.at(0), people.at(1), this);
    if (m_dialogs.exec(dialog) != QDialog::Accepted || !dialog.merged())
        return;
    pushPersonEdit(m_session, dialog.edit(), tr("Merge two records"), m_banner->errorHandler());
    m_banner->showMessage(tr("The two records are merged (Ctrl+Z takes the merge back)."), ErrorBanner::Level::Info);
    showPerson(dialog.keptPerson());
}

void PeoplePage::showDoor(qint64 personId)
{
    if (personId <= 0)
        return;
    HouseholdDialog dialog(m_session.people(), personId, this);
    if (m_dialogs.exec(dialog) == QDialog::Accepted && dialog.chosenPerson() > 0)
        showPerson(dialog.chosenPerson());
}

void PeoplePage::moveHousehold(qint64 personId)
{
    if (personId <= 0)
        return;
    const QString name = m_panel->detail().displayName;
    MoveHouseholdDialog dialog(m_session, personId, name, this);
    if (m_dialogs.exec(dialog) != QDialog::Accepted || dialog.chosenHousehold() <= 0)
        return;
    pushPersonEdit(m_session, m_session.people().moveToHousehold(personId, dialog.chosenHousehold()),
                   tr("Move %1 to another household").arg(name), m_banner->errorHandler());
}

} // namespace terrain
