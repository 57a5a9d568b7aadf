#include "ui/lists/listspage.h"

#include "lists/listservice.h"
#include "print/walksheetrenderer.h"
#include "ui/appsettings.h"
#include "ui/campaignsession.h"
#include "ui/databaseworker.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"
#include "ui/exporting/exportdialog.h"
#include "ui/lists/listsmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace terrain {

namespace {

// The share of the list's people contacted, as a bar with its figures.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        QWidget* widget = item.widget ? const_cast<QWidget*>(item.widget) : nullptr;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(index.data(ListsModel::ProgressRole).toDouble() * 1000.0);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

ListsPage::ListsPage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_dialogs(dialogs), m_settings(settings),
      m_service(std::make_unique<ListService>(session.db(), session.author())),
      m_worker(std::make_unique<DatabaseWorker>(session.path()))
{
    setObjectName(QStringLiteral("listsPage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);

    auto* bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("listsSummary"));
    // The empty-page hint is a sentence: it wraps rather than widening the window past a laptop screen.
    m_summary->setWordWrap(true);
    bar->addWidget(m_summary, 1);
    m_assign = new QPushButton(tr("&Assign…"), this);
    m_assign->setObjectName(QStringLiteral("assignList"));
    m_assign->setToolTip(tr("Give the selected list to a volunteer"));
    bar->addWidget(m_assign);
    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("listStatus"));
    statusLabel->setBuddy(m_status);
    for (ListStatus status : {ListStatus::New, ListStatus::Out, ListStatus::Returned, ListStatus::Entered})
        m_status->addItem(ListsModel::statusLabel(status), int(status));
    m_status->setToolTip(tr("A list moves one step at a time: new, out (with a volunteer), returned, entered"));
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printList"));
    bar->addWidget(m_print);
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("saveListPdf"));
    bar->addWidget(m_pdf);
    const auto selectedList = [this]() -> std::optional<ExportSource> {
        const int row = m_model->rowOf(currentListId());
        return row < 0 ? std::nullopt : std::optional(ExportSource::ofList(m_model->list(row)));
    };
    bar->addWidget(ExportDialog::createButton(this, m_session, m_dialogs, m_banner, selectedList,
                                              tr("Select the list to export.")));
    layout->addLayout(bar);

    m_model = new ListsModel(session.path(), session.author(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ListsModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("listsTable"));
    m_view->setModel(m_proxy);
    // Made order (oldest first) until a header is clicked.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(ListsModel::ProgressColumn, new ProgressDelegate(m_view));
    QHeaderView* header = m_view->horizontalHeader();
    header->setMinimumSectionSize(40);
    for (int column : {int(ListsModel::CodeColumn), int(ListsModel::KindColumn), int(ListsModel::PeopleColumn),
                       int(ListsModel::DoorsColumn), int(ListsModel::StatusColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ListsModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(ListsModel::BureauColumn, 220);
    header->resizeSection(ListsModel::VolunteerColumn, 130);
    header->resizeSection(ListsModel::ProgressColumn, 140);
    if (const QByteArray state = settings.headerState(m_view->objectName()); !state.isEmpty())
        header->restoreState(state);
    connect(header, &QHeaderView::sectionResized, this,
            [this] { m_settings.setHeaderState(m_view->objectName(), m_view->horizontalHeader()->saveState()); });
    layout->addWidget(m_view, 1);

    connect(m_model, &ListsModel::failed, m_banner, &ErrorBanner::showFailure);
    connect(m_model, &ListsModel::modelAboutToBeReset, this, [this] {
        if (!m_pendingSelection)
            m_pendingSelection = currentListId();
    });
    connect(m_model, &ListsModel::loaded, this, [this] {
        const qint64 wanted = m_pendingSelection;
        m_pendingSelection = 0;
        if (wanted)
            selectList(wanted);
        qint64 people = 0;
        int out = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            people += m_model->list(row).people;
            out += m_model->list(row).status == ListStatus::Out ? 1 : 0;
        }
        m_summary->setText(m_model->rowCount() == 0
                               ? tr("No lists yet. Make walk or call lists from a segment on the Segments page.")
                               : tr("%Ln lists, %1 people; %2 out with volunteers.", nullptr, m_model->rowCount())
                                     .arg(QLocale().toString(people))
                                     .arg(out));
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListsPage::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, &ListsPage::assignVolunteer);
    connect(m_assign, &QPushButton::clicked, this, &ListsPage::assignVolunteer);
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        if (!m_updating)
            setStatus(ListStatus(m_status->itemData(index).toInt()));
    });
    connect(m_print, &QPushButton::clicked, this, &ListsPage::printList);
    connect(m_pdf, &QPushButton::clicked, this, &ListsPage::savePdf);
    updateActions();
    reload();
}

ListsPage::~ListsPage()
{
    m_worker.reset();
}

void ListsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Lists change elsewhere too (paper entry, the command line): fresh figures when shown.
    if (!m_model->isLoading())
        reload();
}

void ListsPage::reload()
{
    m_model->reload();
}

void ListsPage::selectList(qint64 listId)
{
    const int row = m_model->rowOf(listId);
    if (row < 0) {
        m_pendingSelection = listId;
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

qint64 ListsPage::currentListId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.front().data(ListsModel::ListIdRole).toLongLong();
}

void ListsPage::updateActions()
{
    const qint64 id = currentListId();
    const int row = m_model->rowOf(id);
    const bool have = row >= 0;
    m_assign->setEnabled(have);
    m_status->setEnabled(have);
    m_print->setEnabled(have);
    m_pdf->setEnabled(have);
    m_updating = true;
    if (have) {
        const ListStatus current = m_model->list(row).status;
        m_status->setCurrentIndex(m_status->findData(int(current)));
        // Only the neighbouring steps can be chosen.
        for (int i = 0; i < m_status->count(); ++i) {
            const auto to = ListStatus(m_status->itemData(i).toInt());
            const bool reachable = to == current || ListService::canMove(current, to);
            m_status->setItemData(i, reachable ? QVariant() : QVariant(0), Qt::UserRole - 1);
        }
    }
    m_updating = false;
}

void ListsPage::assignVolunteer()
{
    const qint64 id = currentListId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const ListSummary list = m_model->list(row);
    auto name = m_dialogs.askText(this, tr("Assign list %1").arg(list.code),
                                  tr("Volunteer who takes list %1 (empty: nobody):").arg(list.code), list.assignee);
    if (!name)
        return;
    if (Status s = m_service->assign(id, *name); !s) {
        m_banner->showError(s.error());
        return;
    }
    m_banner->clear();
    m_pendingSelection = id;
    reload();
}

void ListsPage::setStatus(ListStatus status)
{
    const qint64 id = currentListId();
    if (!id)
        return;
    if (Status s = m_service->setStatus(id, status); !s) {
        m_banner->showError(s.error());
        updateActions(); // back to the list's real status
        return;
    }
    m_banner->clear();
    m_pendingSelection = id;
    reload();
}

PrintOptions ListsPage::printOptions() const
{
    PrintOptions options;
    options.locale = QLocale();
    // North America prints on Letter; everyone else on A4.
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        options.paper = PaperSize::Letter;
    return options;
}

void ListsPage::withSheet(qint64 listId, std::function<void(const PrintableList&)> done)
{
    setCursor(Qt::BusyCursor);
    m_worker->run([listId](Database& db) { return printableListFor(db, listId); },
                  [this, done = std::move(done)](const Result<PrintableList>& list) {
                      unsetCursor();
                      if (!list) {
                          m_banner->showError(list.error());
                          return;
                      }
                      done(*list);
                  });
}

void ListsPage::printList()
{
    const qint64 id = currentListId();
    if (!id)
        return;
    withSheet(id, [this](const PrintableList& list) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(list.code);
        QPageSize::PageSizeId paper = printOptions().paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4;
        printer.setPageSize(QPageSize(paper));
        QPrintPreviewDialog preview(&printer, this);
        preview.setObjectName(QStringLiteral("listPrintPreview"));
        preview.setWindowTitle(tr("Print list %1").arg(list.code));
        preview.resize(900, 700);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &list](QPrinter* device) {
            // The paper the printer setup chose: A4 or Letter, the closest.
            PrintOptions options = printOptions();
            options.paper = device->pageLayout().pageSize().id() == QPageSize::Letter ? PaperSize::Letter
                                                                                     : PaperSize::A4;
            if (Status s = rendererFor(list, options)->render(*device); !s)
                m_banner->showError(s.error());
        });
        m_dialogs.exec(preview);
    });
}

void ListsPage::savePdf()
{
    const qint64 id = currentListId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QString code = m_model->list(row).code;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("list-%1").arg(code) + QStringLiteral(".pdf"));
    QString path = m_dialogs.saveFileName(this, tr("Save list %1 as PDF").arg(code), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    withSheet(id, [this, path](const PrintableList& list) {
        const Status s = rendererFor(list, printOptions())->writePdf(path);
        if (!s)
            m_banner->showError(s.error());
        else
            m_banner->showMessage(tr("List %1 saved to %2").arg(list.code, QDir::toNativeSeparators(path)));
        Q_EMIT pdfSaved(s.ok(), path);
    });
}

} // namespace terrain
