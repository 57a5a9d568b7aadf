#include "ui/lists/listsmodel.h"

#include "ui/databaseworker.h"

#include <QDateTime>
#include <QLocale>

namespace terrain {

ListsModel::ListsModel(const QString& path, const QString& author, QObject* parent)
    : QAbstractTableModel(parent), m_worker(std::make_unique<DatabaseWorker>(path)), m_author(author)
{
    connect(m_worker.get(), &DatabaseWorker::failed, this, &ListsModel::failed);
}

ListsModel::~ListsModel()
{
    m_worker.reset();
}

void ListsModel::reload()
{
    ++m_loading;
    DatabaseWorker* worker = m_worker.get();
    m_worker->run([worker, author = m_author](Database& db) { return worker->local<ListService>(db, author).lists(); },
                  [this](const Result<QList<ListSummary>>& lists) {
                      --m_loading;
                      if (!lists) {
                          Q_EMIT failed(lists.error().message, lists.error().detail);
                          return;
                      }
                      beginResetModel();
                      m_lists = *lists;
                      endResetModel();
                      Q_EMIT loaded();
                  });
}

int ListsModel::rowOf(qint64 listId) const
{
    for (int row = 0; row < m_lists.size(); ++row) {
        if (m_lists[row].id == listId)
            return row;
    }
    return -1;
}

QString ListsModel::bureauOf(const ListSummary& list)
{
    if (list.kind != ListKind::Walk)
        return {};
    const qsizetype colon = list.name.indexOf(QLatin1StringView(": "));
    return colon > 0 ? list.name.left(colon) : QString();
}

QString ListsModel::statusLabel(ListStatus status)
{
    switch (status) {
    case ListStatus::New:
        return tr("New");
    case ListStatus::Out:
        return tr("Out");
    case ListStatus::Returned:
        return tr("Returned");
    case ListStatus::Entered:
        return tr("Entered");
    }
    return {};
}

QString ListsModel::kindLabel(ListKind kind)
{
    return kind == ListKind::Walk ? tr("Walk") : tr("Call");
}

int ListsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lists.size());
}

int ListsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ListsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListSummary& l = m_lists.at(index.row());
    const double progress = l.people > 0 ? double(l.contacted) / double(l.people) : 0.0;
    if (role == ListIdRole)
        return l.id;
    if (role == ProgressRole)
        return progress;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == PeopleColumn || index.column() == DoorsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == BureauColumn)
        return bureauOf(l);
    if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        QString tip = l.name;
        if (!l.segment.isEmpty())
            tip += u'\n' + tr("Segment: %1").arg(l.segment);
        tip += u'\n' + tr("Made on %1")
                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(l.createdAt), QLocale::ShortFormat));
        return tip;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case CodeColumn:
        return l.code;
    case NameColumn: {
        // The bureau has its own column: the name without it reads better.
        const QString bureau = bureauOf(l);
        return bureau.isEmpty() ? l.name : l.name.mid(bureau.size() + 2);
    }
    case KindColumn:
        return kindLabel(l.kind);
    case BureauColumn:
        return bureauOf(l);
    case PeopleColumn:
        return sort ? QVariant(l.people) : QVariant(QLocale().toString(l.people));
    case DoorsColumn:
        return sort ? QVariant(l.doors) : QVariant(QLocale().toString(l.doors));
    case VolunteerColumn:
        return l.assignee;
    case StatusColumn:
        return sort ? QVariant(int(l.status)) : QVariant(statusLabel(l.status));
    case ProgressColumn:
        return sort ? QVariant(progress)
                    : QVariant(tr("%1 / %2").arg(QLocale().toString(l.contacted), QLocale().toString(l.people)));
    default:
        return {};
    }
}

QVariant ListsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case BureauColumn:
        return tr("Bureau");
    case PeopleColumn:
        return tr("People");
    case DoorsColumn:
        return tr("Doors");
    case VolunteerColumn:
        return tr("Volunteer");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Contacted");
    default:
        return {};
    }
}

} // namespace terrain
