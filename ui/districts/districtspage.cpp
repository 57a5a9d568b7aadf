#include "ui/districts/districtspage.h"

#include "ui/appsettings.h"
#include "ui/campaignsession.h"
#include "ui/databaseworker.h"
#include "ui/districts/districtmodel.h"
#include "ui/districts/supportbardelegate.h"
#include "ui/errorbanner.h"
#include "ui/people/peoplemodel.h"
#include "ui/people/peopletable.h"

#include "lists/listservice.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace terrain {

namespace {

constexpr int kMinNameWidth = 230;

// The names column takes the width the figures leave (never under kMinNameWidth): bureau and
// street names are long, and cutting them while the right of the tree stays empty looks broken.
class NameColumnFit final : public QObject
{
public:
    explicit NameColumnFit(QTreeView* view) : QObject(view), m_view(view)
    {
        view->viewport()->installEventFilter(this);
        connect(view->header(), &QHeaderView::sectionResized, this, [this](int logical) {
            if (logical != DistrictModel::NameColumn)
                fit();
        });
    }

    void fit()
    {
        QHeaderView* header = m_view->header();
        int others = 0;
        for (int column = 0; column < header->count(); ++column) {
            if (column != DistrictModel::NameColumn && !header->isSectionHidden(column))
                others += header->sectionSize(column);
        }
        const int width = std::max(kMinNameWidth, m_view->viewport()->width() - others);
        if (header->sectionSize(DistrictModel::NameColumn) != width)
            header->resizeSection(DistrictModel::NameColumn, width);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeView* m_view;
};

} // namespace

DistrictsPage::DistrictsPage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_dialogs(dialogs), m_settings(settings),
      m_tree(session.db(), session.author()),
      m_worker(std::make_unique<DatabaseWorker>(session.path()))
{
    setObjectName(QStringLiteral("districtsPage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("districtsSplitter"));
    auto* horizontal = new QSplitter(Qt::Horizontal, vertical);

    m_model = new DistrictModel(session.path(), session.author(), this);
    m_view = new QTreeView(horizontal);
    m_view->setObjectName(QStringLiteral("districtTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    // Several streets (Ctrl+click) make one hand-cut list.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setItemDelegateForColumn(DistrictModel::SupportColumn,
                                     new SupportBarDelegate(DistrictModel::SupportRole, m_view));
    // The names need room; the figures take what their numbers need.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setMinimumSectionSize(40);
    m_view->header()->resizeSection(DistrictModel::NameColumn, kMinNameWidth);
    for (int column : {int(DistrictModel::VotersColumn), int(DistrictModel::DoorsColumn), int(DistrictModel::PhoneColumn),
                       int(DistrictModel::ReachedColumn), int(DistrictModel::LastCanvassColumn)})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(DistrictModel::SupportColumn, 190);
    new NameColumnFit(m_view);
    connect(m_model, &DistrictModel::failed, m_banner, &ErrorBanner::showFailure);
    connect(m_model, &DistrictModel::loaded, this, [this] {
        // The communes open on their bureaux: the level a coordinator works at.
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_view->expand(m_model->index(row, 0));
        reselect();
    });

    auto* side = new QWidget(horizontal);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QGroupBox(tr("District"), side);
    m_details->setObjectName(QStringLiteral("districtDetails"));
    auto* form = new QFormLayout(m_details);
    // Labels above the fields: the side panel is narrow and names are long.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_detailsHint = new QLabel(m_details);
    m_detailsHint->setWordWrap(true);
    form->addRow(m_detailsHint);
    m_name = new QLineEdit(m_details);
    m_name->setObjectName(QStringLiteral("districtName"));
    form->addRow(tr("&Name:"), m_name);
    m_pollingPlace = new QLineEdit(m_details);
    m_pollingPlace->setObjectName(QStringLiteral("pollingPlace"));
    m_pollingPlace->setPlaceholderText(tr("e.g. École Jules Ferry, 3 rue des Écoles"));
    form->addRow(tr("&Polling place:"), m_pollingPlace);
    m_turnout = new QDoubleSpinBox(m_details);
    m_turnout->setObjectName(QStringLiteral("expectedTurnout"));
    m_turnout->setRange(0, 100);
    m_turnout->setDecimals(1);
    m_turnout->setSuffix(QStringLiteral(" %"));
    m_turnout->setSpecialValueText(tr("Not set"));
    form->addRow(tr("&Expected turnout:"), m_turnout);
    m_save = new QPushButton(tr("&Save"), m_details);
    m_save->setObjectName(QStringLiteral("saveDistrict"));
    form->addRow(QString(), m_save);
    connect(m_save, &QPushButton::clicked, this, &DistrictsPage::saveDistrict);
    connect(m_name, &QLineEdit::returnPressed, this, &DistrictsPage::saveDistrict);
    connect(m_pollingPlace, &QLineEdit::returnPressed, this, &DistrictsPage::saveDistrict);
    sideLayout->addWidget(m_details);

    // A walk list cut by hand: streets picked in the tree, one side or both.
    m_handCut = new QGroupBox(tr("Walk list by hand"), side);
    m_handCut->setObjectName(QStringLiteral("handCut"));
    auto* handForm = new QFormLayout(m_handCut);
    handForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_handCutHint = new QLabel(m_handCut);
    m_handCutHint->setObjectName(QStringLiteral("handCutHint"));
    m_handCutHint->setWordWrap(true);
    handForm->addRow(m_handCutHint);
    m_side = new QComboBox(m_handCut);
    m_side->setObjectName(QStringLiteral("handCutSide"));
    m_side->addItem(tr("Both sides"), int(StreetPick::Side::Both));
    m_side->addItem(tr("Odd numbers"), int(StreetPick::Side::Odd));
    m_side->addItem(tr("Even numbers"), int(StreetPick::Side::Even));
    handForm->addRow(tr("S&ide:"), m_side);
    m_listName = new QLineEdit(m_handCut);
    m_listName->setObjectName(QStringLiteral("handCutName"));
    m_listName->setMaxLength(120);
    handForm->addRow(tr("List na&me:"), m_listName);
    m_listDoors = new QSpinBox(m_handCut);
    m_listDoors->setObjectName(QStringLiteral("handCutDoors"));
    m_listDoors->setRange(0, 1000);
    m_listDoors->setSpecialValueText(tr("All in one list"));
    m_listDoors->setSuffix(tr(" doors per list"));
    handForm->addRow(tr("&Doors:"), m_listDoors);
    m_makeList = new QPushButton(tr("Make &walk list"), m_handCut);
    m_makeList->setObjectName(QStringLiteral("makeHandCutList"));
    m_makeList->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    m_makeList->setToolTip(tr("Makes one walk list of the selected streets (Ctrl+Shift+W)"));
    handForm->addRow(QString(), m_makeList);
    connect(m_makeList, &QPushButton::clicked, this, &DistrictsPage::makeWalkList);
    connect(m_listName, &QLineEdit::returnPressed, this, &DistrictsPage::makeWalkList);
    connect(m_worker.get(), &DatabaseWorker::failed, m_banner, &ErrorBanner::showFailure);
    sideLayout->addWidget(m_handCut);
    sideLayout->addStretch(1);

    horizontal->addWidget(m_view);
    horizontal->addWidget(side);
    horizontal->setStretchFactor(0, 1);
    horizontal->setStretchFactor(1, 0);
    side->setMaximumWidth(300);

    auto* peopleBox = new QWidget(vertical);
    auto* peopleLayout = new QVBoxLayout(peopleBox);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    m_peopleTitle = new QLabel(peopleBox);
    m_peopleTitle->setObjectName(QStringLiteral("districtPeopleTitle"));
    peopleLayout->addWidget(m_peopleTitle);
    m_peopleModel = new PeopleModel(session.path(), session.phoneRegion(), this);
    m_people = new PeopleTable(m_peopleModel, settings, QStringLiteral("districtPeople"), peopleBox);
    peopleLayout->addWidget(m_people);
    connect(m_people, &PeopleTable::personActivated, this, &DistrictsPage::openPersonRequested);
    connect(m_peopleModel, &PeopleModel::failed, m_banner, &ErrorBanner::showFailure);
    vertical->addWidget(horizontal);
    vertical->addWidget(peopleBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical, 1);
    if (const QByteArray state = settings.splitterState(vertical->objectName()); !state.isEmpty())
        vertical->restoreState(state);
    connect(vertical, &QSplitter::splitterMoved, this, [this, vertical] {
        m_settings.setSplitterState(vertical->objectName(), vertical->saveState());
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DistrictsPage::nodeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DistrictsPage::updateHandCut);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DistrictsPage::updateHandCut);
    connect(&session, &CampaignSession::peopleChanged, this, [this] {
        m_model->reload();
        m_peopleModel->reload();
    });
    connect(&session, &CampaignSession::personChanged, m_peopleModel, &PeopleModel::refreshPerson);

    showDetails(DistrictNode());
    m_model->reload();
    m_peopleTitle->setText(tr("Choose a district to see its people."));
    PeopleFilter nobody;
    nobody.districtId = -1; // no district has this id: empty until a node is chosen
    m_peopleModel->setFilter(nobody);
    updateHandCut();
}

DistrictsPage::~DistrictsPage()
{
    m_worker.reset(); // its last job may still report to this page
}

QList<DistrictNode> DistrictsPage::selectedStreets() const
{
    QList<DistrictNode> streets;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows(DistrictModel::NameColumn)) {
        const DistrictNode node = m_model->node(index);
        // "No street" (no id, no lieu-dit) names no place to walk.
        if (node.kind == NodeKind::Street && (node.id > 0 || !node.lieuDit.isEmpty()))
            streets << node;
    }
    return streets;
}

void DistrictsPage::updateHandCut()
{
    const QList<DistrictNode> streets = selectedStreets();
    qint64 voters = 0;
    qint64 doors = 0;
    QStringList names;
    for (const DistrictNode& street : streets) {
        voters += street.figures.voters;
        doors += street.figures.doors;
        names << street.label;
    }
    if (streets.isEmpty()) {
        m_handCutHint->setText(tr("Select one or several streets in the tree (Ctrl+click), then make a walk "
                                  "list of them."));
        m_listName->setPlaceholderText(QString());
    } else {
        m_handCutHint->setText(tr("%Ln street(s) selected: %1 doors, %2 voters (both sides).", nullptr,
                                  int(streets.size()))
                                   .arg(QLocale().toString(doors), QLocale().toString(voters)));
        m_listName->setPlaceholderText(names.join(QStringLiteral(" + ")));
    }
    m_makeList->setEnabled(!streets.isEmpty() && !m_making);
}

void DistrictsPage::makeWalkList()
{
    const QList<DistrictNode> streets = selectedStreets();
    if (streets.isEmpty() || m_making)
        return;
    const auto side = static_cast<StreetPick::Side>(m_side->currentData().toInt());
    QList<StreetPick> picks;
    for (const DistrictNode& street : streets) {
        StreetPick pick;
        pick.bureauId = street.bureauId;
        pick.streetId = street.id;
        pick.lieuDit = street.lieuDit;
        pick.side = side;
        picks << pick;
    }
    WalkListOptions options;
    options.targetDoors = m_listDoors->value();
    options.name = m_listName->text().simplified();
    if (options.name.isEmpty())
        options.name = m_listName->placeholderText().left(120);
    m_making = true;
    m_makeList->setEnabled(false);
    setCursor(Qt::BusyCursor);
    DatabaseWorker* worker = m_worker.get();
    const QString author = m_session.author();
    m_worker->run(
        [worker, author, picks, options](Database& db) {
            return worker->local<ListService>(db, author).createWalkLists(picks, options);
        },
        [this](const Result<QList<ListSummary>>& made) {
            m_making = false;
            unsetCursor();
            updateHandCut();
            if (!made) {
                m_banner->showError(made.error());
                return;
            }
            const QList<qint64> ids = listIds(*made);
            const qint64 people = peopleIn(*made);
            m_banner->showMessage(made->size() == 1
                                      ? tr("Walk list “%1” made: %2 people, code %3.")
                                            .arg(made->front().name, QLocale().toString(people), made->front().code)
                                      : tr("%Ln walk lists made, %1 people.", nullptr, int(made->size()))
                                            .arg(QLocale().toString(people)),
                                  ErrorBanner::Level::Info);
            m_listName->clear();
            Q_EMIT listsMade(ids);
        });
}

void DistrictsPage::nodeSelected(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    m_current = m_model->node(index);
    m_haveCurrent = true;
    showDetails(m_current);

    PeopleFilter filter;
    filter.statuses = {QStringLiteral("active")}; // what the figures count
    switch (m_current.kind) {
    case NodeKind::Commune:
        filter.districtId = m_current.id;
        break;
    case NodeKind::Bureau:
        filter.districtId = m_current.id > 0 ? m_current.id : m_current.bureauId;
        break;
    case NodeKind::Street:
        filter.districtId = m_current.bureauId;
        filter.streetId = m_current.id;
        filter.lieuDit = m_current.lieuDit;
        break;
    case NodeKind::Door:
        filter.districtId = m_current.bureauId;
        filter.householdId = m_current.id;
        break;
    }
    m_peopleModel->setFilter(filter);
    m_peopleTitle->setText(tr("People of %1 (%Ln voters)", nullptr, int(m_current.figures.voters))
                               .arg(m_current.label));
}

void DistrictsPage::showDetails(const DistrictNode& node)
{
    const bool editable = (node.kind == NodeKind::Commune || node.kind == NodeKind::Bureau) && node.id > 0
                          && m_haveCurrent;
    m_name->setEnabled(editable);
    m_pollingPlace->setEnabled(editable && node.kind == NodeKind::Bureau);
    m_turnout->setEnabled(editable && node.kind == NodeKind::Bureau);
    m_save->setEnabled(editable);
    m_name->clear();
    m_pollingPlace->clear();
    m_turnout->setValue(0);
    if (!m_haveCurrent) {
        m_details->setTitle(tr("District"));
        m_detailsHint->setText(tr("Choose a commune or a bureau to rename it or set its polling place."));
        return;
    }
    m_details->setTitle(node.label);
    if (!editable) {
        m_detailsHint->setText(tr("Streets and doors come from the voter file; only communes and bureaux "
                                  "are edited here."));
        return;
    }
    m_detailsHint->clear();
    auto details = m_tree.details(node.id);
    if (!details) {
        m_banner->showError(details.error());
        return;
    }
    m_name->setText(details->name);
    m_pollingPlace->setText(details->pollingPlace);
    m_turnout->setValue(details->expectedTurnout ? *details->expectedTurnout * 100.0 : 0.0);
}

void DistrictsPage::saveDistrict()
{
    if (!m_haveCurrent || m_current.id <= 0)
        return;
    auto details = m_tree.details(m_current.id);
    if (!details) {
        m_banner->showError(details.error());
        return;
    }
    const QString name = m_name->text().trimmed();
    if (name != details->name) {
        if (Status s = m_tree.renameDistrict(m_current.id, name); !s) {
            m_banner->showError(s.error());
            return;
        }
    }
    if (m_current.kind == NodeKind::Bureau) {
        const QString place = m_pollingPlace->text().trimmed();
        if (place != details->pollingPlace) {
            if (Status s = m_tree.setPollingPlace(m_current.id, place); !s) {
                m_banner->showError(s.error());
                return;
            }
        }
        const std::optional<double> turnout =
            m_turnout->value() > 0 ? std::optional<double>(m_turnout->value() / 100.0) : std::nullopt;
        const bool changed = turnout.has_value() != details->expectedTurnout.has_value()
                             || (turnout && std::abs(*turnout - *details->expectedTurnout) > 1e-9);
        if (changed) {
            if (Status s = m_tree.setExpectedTurnout(m_current.id, turnout); !s) {
                m_banner->showError(s.error());
                return;
            }
        }
    }
    m_banner->showMessage(tr("%1 saved.").arg(name), ErrorBanner::Level::Info);
    m_model->reload(); // the labels change with the name
}

void DistrictsPage::reselect()
{
    if (!m_haveCurrent)
        return;
    // Communes and bureaux come back with every reload: find the edited one again.
    for (int c = 0; c < m_model->rowCount(); ++c) {
        const QModelIndex commune = m_model->index(c, 0);
        const auto matches = [this](const QModelIndex& index) {
            const DistrictNode node = m_model->node(index);
            return node.kind == m_current.kind && node.id == m_current.id && node.bureauId == m_current.bureauId;
        };
        if (matches(commune)) {
            m_view->setCurrentIndex(commune);
            return;
        }
        for (int b = 0; b < m_model->rowCount(commune); ++b) {
            const QModelIndex bureau = m_model->index(b, 0, commune);
            if (matches(bureau)) {
                m_view->setCurrentIndex(bureau);
                return;
            }
        }
    }
}

} // namespace terrain
