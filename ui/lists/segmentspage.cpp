#include "ui/lists/segmentspage.h"

#include "lists/listservice.h"
#include "ui/campaignsession.h"
#include "ui/databaseworker.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"
#include "ui/exporting/exportdialog.h"
#include "ui/lists/segmenttree.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace terrain {

SegmentsPage::SegmentsPage(CampaignSession& session, DialogHelper& dialogs, QWidget* parent)
    : QWidget(parent), m_session(session), m_dialogs(dialogs),
      m_service(std::make_unique<SegmentService>(session.db(), session.author())),
      m_worker(std::make_unique<DatabaseWorker>(session.path()))
{
    setObjectName(QStringLiteral("segmentsPage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);

    auto* top = new QHBoxLayout;
    auto* segmentLabel = new QLabel(tr("Se&gment:"), this);
    m_segments = new QComboBox(this);
    m_segments->setObjectName(QStringLiteral("savedSegments"));
    m_segments->setMinimumWidth(220);
    segmentLabel->setBuddy(m_segments);
    top->addWidget(segmentLabel);
    top->addWidget(m_segments);
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_name->setPlaceholderText(tr("e.g. Undecided, bureau 3"));
    nameLabel->setBuddy(m_name);
    top->addWidget(nameLabel);
    top->addWidget(m_name, 1);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveSegment"));
    top->addWidget(m_save);
    m_remove = new QPushButton(tr("&Delete"), this);
    m_remove->setObjectName(QStringLiteral("removeSegment"));
    top->addWidget(m_remove);
    const auto savedSegment = [this]() -> std::optional<ExportSource> {
        for (const Segment& s : m_saved) {
            if (s.id == m_current)
                return ExportSource::ofSegment(s);
        }
        return std::nullopt;
    };
    top->addWidget(ExportDialog::createButton(this, m_session, m_dialogs, m_banner, savedSegment,
                                              tr("Save the segment to export it.")));
    layout->addLayout(top);

    auto* editBar = new QHBoxLayout;
    auto* addCondition = new QToolButton(this);
    addCondition->setObjectName(QStringLiteral("addCondition"));
    addCondition->setText(tr("Add &condition"));
    addCondition->setPopupMode(QToolButton::InstantPopup);
    auto* conditions = new QMenu(addCondition);
    m_tree = new SegmentTree(this);
    for (SegmentFilter::Kind kind : SegmentTree::conditionKinds()) {
        conditions->addAction(SegmentTree::kindLabel(kind), this, [this, kind] { m_tree->addCondition(kind); });
    }
    addCondition->setMenu(conditions);
    auto* addGroup = new QToolButton(this);
    addGroup->setObjectName(QStringLiteral("addGroup"));
    addGroup->setText(tr("Add g&roup"));
    addGroup->setPopupMode(QToolButton::InstantPopup);
    auto* groups = new QMenu(addGroup);
    groups->addAction(tr("All of (and)"), this, [this] { m_tree->addGroup(SegmentTree::Group::All); });
    groups->addAction(tr("Any of (or)"), this, [this] { m_tree->addGroup(SegmentTree::Group::Any); });
    groups->addAction(tr("None of (not)"), this, [this] { m_tree->addGroup(SegmentTree::Group::None); });
    addGroup->setMenu(groups);
    // The style draws the menu arrow in the button's corner, over the end of the text: room for it.
    for (QToolButton* button : {addCondition, addGroup}) {
        button->setMinimumWidth(button->sizeHint().width()
                                + 2 * button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button));
    }
    auto* removeRow = new QPushButton(tr("Remo&ve"), this);
    removeRow->setObjectName(QStringLiteral("removeCondition"));
    editBar->addWidget(addCondition);
    editBar->addWidget(addGroup);
    editBar->addWidget(removeRow);
    editBar->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("segmentCount"));
    QFont bold = m_count->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_count->setFont(bold);
    editBar->addWidget(m_count);
    layout->addLayout(editBar);
    layout->addWidget(m_tree, 1);

    auto* make = new QGroupBox(tr("Make lists from this segment"), this);
    auto* makeLayout = new QHBoxLayout(make);
    auto* doorsLabel = new QLabel(tr("D&oors per walk list:"), make);
    m_doors = new QSpinBox(make);
    m_doors->setObjectName(QStringLiteral("doorsPerList"));
    m_doors->setRange(1, 1000);
    m_doors->setValue(50);
    doorsLabel->setBuddy(m_doors);
    m_walk = new QPushButton(tr("Make &walk lists"), make);
    m_walk->setObjectName(QStringLiteral("makeWalkLists"));
    auto* sizeLabel = new QLabel(tr("N&umbers per call list:"), make);
    m_callSize = new QSpinBox(make);
    m_callSize->setObjectName(QStringLiteral("numbersPerCallList"));
    m_callSize->setRange(0, 100000);
    m_callSize->setSpecialValueText(tr("all in one"));
    sizeLabel->setBuddy(m_callSize);
    m_call = new QPushButton(tr("Make c&all lists"), make);
    m_call->setObjectName(QStringLiteral("makeCallLists"));
    makeLayout->addWidget(doorsLabel);
    makeLayout->addWidget(m_doors);
    makeLayout->addWidget(m_walk);
    makeLayout->addSpacing(24);
    makeLayout->addWidget(sizeLabel);
    makeLayout->addWidget(m_callSize);
    makeLayout->addWidget(m_call);
    makeLayout->addStretch(1);
    layout->addWidget(make);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &SegmentsPage::count);
    connect(m_tree, &SegmentTree::changed, this, &SegmentsPage::scheduleCount);
    connect(removeRow, &QPushButton::clicked, m_tree, &SegmentTree::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &SegmentsPage::saveSegment);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!m_current
            || !m_dialogs.ask(this, tr("Delete segment"),
                              tr("Delete the segment “%1”? Lists made from it stay.").arg(m_name->text()),
                              tr("Delete")))
            return;
        if (Status s = m_service->remove(m_current); !s) {
            m_banner->showError(s.error());
            return;
        }
        reloadSegments(0);
    });
    connect(m_segments, &QComboBox::activated, this,
            [this](int index) { showSegment(m_segments->itemData(index).toLongLong()); });
    connect(m_walk, &QPushButton::clicked, this, &SegmentsPage::makeWalkLists);
    connect(m_call, &QPushButton::clicked, this, &SegmentsPage::makeCallLists);
    connect(m_worker.get(), &DatabaseWorker::failed, m_banner, &ErrorBanner::showFailure);
    reloadSegments(0);
}

SegmentsPage::~SegmentsPage()
{
    m_worker.reset();
}

bool SegmentsPage::isBusy() const
{
    return m_counting || m_making > 0 || m_debounce->isActive();
}

void SegmentsPage::reloadSegments(qint64 select)
{
    auto all = m_service->segments();
    if (!all) {
        m_banner->showError(all.error());
        return;
    }
    m_saved = *all;
    m_segments->clear();
    m_segments->addItem(tr("New segment"), 0);
    for (const Segment& segment : m_saved)
        m_segments->addItem(segment.name, segment.id);
    showSegment(select);
}

void SegmentsPage::showSegment(qint64 id)
{
    m_current = 0;
    m_segments->setCurrentIndex(qMax(0, m_segments->findData(id)));
    for (const Segment& segment : m_saved) {
        if (segment.id == id) {
            m_current = id;
            m_name->setText(segment.name);
            m_tree->setFilter(segment.filter);
        }
    }
    if (!m_current) {
        m_name->clear();
        m_tree->clearConditions();
    }
    m_remove->setEnabled(m_current != 0);
}

void SegmentsPage::scheduleCount()
{
    m_matching = -1;
    m_count->setText(tr("Counting…"));
    m_debounce->start();
}

void SegmentsPage::count()
{
    const quint64 generation = ++m_countGeneration;
    m_counting = true;
    DatabaseWorker* worker = m_worker.get();
    const QString author = m_session.author();
    m_worker->run([worker, author, filter = m_tree->filter()](
                      Database& db) { return worker->local<SegmentService>(db, author).count(filter); },
                  [this, generation](const Result<qint64>& n) {
                      if (generation != m_countGeneration)
                          return; // the conditions changed meanwhile: a newer count is coming
                      m_counting = false;
                      if (!n) {
                          m_matching = -1;
                          m_count->setText(n.error().message);
                          return;
                      }
                      m_matching = *n;
                      m_count->setText(tr("%Ln people match", nullptr, int(*n)));
                  });
}

bool SegmentsPage::saveSegment()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        m_banner->showMessage(tr("Name the segment first."), ErrorBanner::Level::Warning);
        m_name->setFocus();
        return false;
    }
    const SegmentFilter filter = m_tree->filter();
    qint64 id = m_current;
    // A new name on a saved segment saves a new segment: the old one may have lists.
    const bool renamed = [&] {
        for (const Segment& s : m_saved) {
            if (s.id == m_current)
                return s.name != name;
        }
        return true;
    }();
    if (m_current && !renamed) {
        if (Status s = m_service->update(m_current, name, filter); !s) {
            m_banner->showError(s.error());
            return false;
        }
    } else {
        auto created = m_service->create(name, filter);
        if (!created) {
            m_banner->showError(created.error());
            return false;
        }
        id = *created;
    }
    m_banner->showMessage(tr("Segment “%1” saved.").arg(name));
    reloadSegments(id);
    return true;
}

void SegmentsPage::makeWalkLists()
{
    makeLists(true);
}

void SegmentsPage::makeCallLists()
{
    makeLists(false);
}

void SegmentsPage::makeLists(bool walk)
{
    if (m_making > 0 || !saveSegment())
        return;
    Segment segment;
    for (const Segment& s : m_saved) {
        if (s.id == m_current)
            segment = s;
    }
    if (!segment.id)
        return;
    ++m_making;
    m_walk->setEnabled(false);
    m_call->setEnabled(false);
    setCursor(Qt::BusyCursor);
    WalkListOptions walkOptions;
    walkOptions.targetDoors = m_doors->value();
    CallListOptions callOptions;
    callOptions.maxEntries = m_callSize->value();
    DatabaseWorker* worker = m_worker.get();
    const QString author = m_session.author();
    m_worker->run(
        [worker, author, segment, walk, walkOptions, callOptions](Database& db) {
            ListService& lists = worker->local<ListService>(db, author);
            return walk ? lists.createWalkLists(segment, walkOptions) : lists.createCallLists(segment, callOptions);
        },
        [this, walk](const Result<QList<ListSummary>>& made) {
            --m_making;
            m_walk->setEnabled(true);
            m_call->setEnabled(true);
            unsetCursor();
            if (!made) {
                m_banner->showError(made.error());
                return;
            }
            const QList<qint64> ids = listIds(*made);
            const qint64 people = peopleIn(*made);
            m_banner->showMessage(walk ? tr("%Ln walk lists made, %1 people.", nullptr, int(ids.size()))
                                             .arg(QLocale().toString(people))
                                       : tr("%Ln call lists made, %1 people.", nullptr, int(ids.size()))
                                             .arg(QLocale().toString(people)));
            Q_EMIT listsMade(ids);
        });
}

} // namespace terrain
