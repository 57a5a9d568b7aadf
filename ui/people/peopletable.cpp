#include "ui/people/peopletable.h"

#include "ui/appsettings.h"
#include "ui/people/peoplemodel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace terrain {

PeopleTable::PeopleTable(PeopleModel* model, AppSettings& settings, const QString& objectName, QWidget* parent)
    : QTableView(parent), m_model(model), m_settings(settings)
{
    setObjectName(objectName);
    setModel(model);
    connect(model, &PeopleModel::newResults, this, &QTableView::scrollToTop);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    // Fixed row heights: the view never measures 500,000 rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSortIndicator(PeopleModel::NameColumn, Qt::AscendingOrder);
    setSortingEnabled(true);
    const QList<std::pair<int, int>> widths = {
        {PeopleModel::NameColumn, 190}, {PeopleModel::AgeColumn, 45},    {PeopleModel::AddressColumn, 240},
        {PeopleModel::UnitColumn, 65},  {PeopleModel::BureauColumn, 60}, {PeopleModel::SupportColumn, 130},
        {PeopleModel::PhoneColumn, 115},
    };
    for (const auto& [column, width] : widths)
        setColumnWidth(column, width);
    const QByteArray state = settings.headerState(objectName);
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(PeopleModel::IdRole).toLongLong(); id > 0)
            Q_EMIT personActivated(id);
    });
}

PeopleTable::~PeopleTable()
{
    m_settings.setHeaderState(objectName(), horizontalHeader()->saveState());
}

qint64 PeopleTable::currentPerson() const
{
    return currentIndex().isValid() ? currentIndex().data(PeopleModel::IdRole).toLongLong() : 0;
}

QList<qint64> PeopleTable::selectedPeople() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : selectionModel()->selectedRows()) {
        if (const qint64 id = index.data(PeopleModel::IdRole).toLongLong(); id > 0)
            ids << id;
    }
    return ids;
}

bool PeopleTable::selectPerson(qint64 personId)
{
    const int row = m_model->rowOfPerson(personId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, PeopleModel::NameColumn);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void PeopleTable::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (const qint64 id = currentPerson(); id > 0)
            Q_EMIT personActivated(id);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void PeopleTable::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTableView::currentChanged(current, previous);
    Q_EMIT currentPersonChanged(current.isValid() ? current.data(PeopleModel::IdRole).toLongLong() : 0);
}

} // namespace terrain
