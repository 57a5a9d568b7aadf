#include "ui/gotv/proxiespanel.h"

#include "ui/campaignsession.h"
#include "ui/errorbanner.h"
#include "ui/gotv/markingpanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace terrain {

namespace {

const QList<ProxyStatus> kStatuses { ProxyStatus::Needed, ProxyStatus::Requested, ProxyStatus::Confirmed,
    ProxyStatus::Cancelled };

} // namespace

ProxiesPanel::ProxiesPanel(CampaignSession& session, ElectionService& elections, ErrorBanner& banner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_elections(elections)
    , m_banner(banner)
    , m_voters(std::make_unique<VoteMarker>(session.db(), session.author()))
{
    auto* layout = new QHBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("proxiesTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("Bureau"), tr("No."), tr("Voter"), tr("Proxy holder"), tr("Status"), tr("For"), tr("Voted") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(VoterColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HolderColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* box = new QGroupBox(tr("Proxy"), this);
    auto* form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("proxySearch"));
    m_search->setPlaceholderText(tr("Name, or bureau and number (3 142)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    form->addRow(tr("Find the &voter:"), m_search);
    m_results = new QListWidget(box);
    m_results->setObjectName(QStringLiteral("proxySearchResults"));
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setMaximumHeight(m_results->fontMetrics().height() * 6);
    form->addRow(m_results);
    m_person = new QLabel(tr("No voter chosen."), box);
    m_person->setObjectName(QStringLiteral("proxyPerson"));
    m_person->setWordWrap(true);
    m_person->setStyleSheet(QStringLiteral("font-weight: bold;"));
    form->addRow(m_person);
    m_holder = new QLineEdit(box);
    m_holder->setObjectName(QStringLiteral("proxyHolder"));
    m_holder->setPlaceholderText(tr("Who votes for them"));
    form->addRow(tr("Proxy &holder:"), m_holder);
    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("proxyStatus"));
    for (ProxyStatus s : kStatuses)
        m_status->addItem(proxyStatusLabel(s), proxyStatusName(s));
    m_status->setCurrentIndex(1); // most are entered once requested
    form->addRow(tr("&Status:"), m_status);
    m_scope = new QComboBox(box);
    m_scope->setObjectName(QStringLiteral("proxyScope"));
    m_scope->addItem(tr("This election"), false);
    m_scope->addItem(tr("Every election of the campaign"), true);
    form->addRow(tr("&For:"), m_scope);
    m_note = new QLineEdit(box);
    m_note->setObjectName(QStringLiteral("proxyNote"));
    form->addRow(tr("N&ote:"), m_note);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save (Enter)"), box);
    m_save->setObjectName(QStringLiteral("saveProxy"));
    m_remove = new QPushButton(tr("Re&move"), box);
    m_remove->setObjectName(QStringLiteral("removeProxy"));
    m_remove->setEnabled(false);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    form->addRow(buttons);
    box->setFixedWidth(360);
    layout->addWidget(box);

    connect(m_search, &QLineEdit::textChanged, this, &ProxiesPanel::searchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const int row = m_results->currentRow();
        if (row >= 0 && row < m_found.size())
            choosePerson(m_found[row]);
    });
    connect(m_results, &QListWidget::itemActivated, this, [this] {
        const int row = m_results->currentRow();
        if (row >= 0 && row < m_found.size())
            choosePerson(m_found[row]);
    });
    connect(m_holder, &QLineEdit::returnPressed, this, &ProxiesPanel::save);
    connect(m_note, &QLineEdit::returnPressed, this, &ProxiesPanel::save);
    connect(m_save, &QPushButton::clicked, this, &ProxiesPanel::save);
    connect(m_remove, &QPushButton::clicked, this, &ProxiesPanel::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProxiesPanel::rowSelected);
}

ProxiesPanel::~ProxiesPanel() = default;

void ProxiesPanel::setElection(const Election& election)
{
    m_election = election;
    reload();
}

void ProxiesPanel::reload()
{
    if (m_election.id <= 0)
        return;
    // A campaign arranges tens or hundreds of proxies: read on the GUI connection.
    auto all = m_elections.proxies(m_election.id);
    if (!all) {
        m_banner.showError(all.error());
        return;
    }
    m_proxies = *all;
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_proxies.size()));
    for (int row = 0; row < m_proxies.size(); ++row) {
        const Proxy& p = m_proxies[row];
        const QStringList texts { p.bureauCode, p.listNumber ? QString::number(*p.listNumber) : QString(), p.personName,
            p.proxyName, proxyStatusLabel(p.status), p.electionId == 0 ? tr("every election") : tr("this election"),
            p.voted ? tr("voted") : QString() };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setData(Qt::UserRole, p.id);
            if (p.status == ProxyStatus::Cancelled)
                item->setForeground(QColor(0x90, 0xa4, 0xae));
            else if (column == StatusColumn && p.status != ProxyStatus::Confirmed)
                item->setForeground(QColor(0xb2, 0x6a, 0x00)); // still to be made
            m_table->setItem(row, column, item);
        }
    }
    m_remove->setEnabled(false);
}

void ProxiesPanel::searchChanged(const QString& text)
{
    m_results->clear();
    m_found.clear();
    const QString typed = text.simplified();
    if (m_election.id <= 0 || typed.size() < 2)
        return;
    // "3 142": a bureau and a numéro d'ordre, as on the marking screen.
    const QStringList parts = typed.split(u' ');
    bool isNumber = false;
    const qint64 number = parts.last().toLongLong(&isNumber);
    if (parts.size() >= 2 && isNumber) {
        auto bureau = findBureau(m_session.db(), parts.mid(0, parts.size() - 1).join(u' '));
        if (bureau) {
            if (auto voter = m_voters->findVoter(m_election.id, bureau->id, number))
                m_found << *voter;
        }
    } else {
        auto voters = m_voters->searchVoters(m_election.id, 0, typed, 12);
        if (!voters) {
            m_banner.showError(voters.error());
            return;
        }
        m_found = *voters;
    }
    for (const Voter& v : std::as_const(m_found))
        new QListWidgetItem(MarkingPanel::voterLabel(v), m_results);
    if (!m_found.isEmpty())
        m_results->setCurrentRow(0);
}

void ProxiesPanel::choosePerson(const Voter& voter)
{
    m_personId = voter.personId;
    m_person->setText(voter.listNumber
            ? tr("%1 (bureau %2, no. %3)").arg(voter.name, voter.bureauCode).arg(*voter.listNumber)
            : tr("%1 (bureau %2)").arg(voter.name, voter.bureauCode));
    // Their proxy, if they have one, is the one edited.
    const auto it = std::find_if(
        m_proxies.cbegin(), m_proxies.cend(), [&](const Proxy& p) { return p.personId == voter.personId; });
    if (it != m_proxies.cend()) {
        m_holder->setText(it->proxyName);
        m_status->setCurrentIndex(int(kStatuses.indexOf(it->status)));
        m_scope->setCurrentIndex(it->electionId == 0 ? 1 : 0);
        m_note->setText(it->note);
    } else {
        m_holder->clear();
        m_note->clear();
    }
    m_search->clear();
    m_holder->setFocus();
}

void ProxiesPanel::rowSelected()
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    m_remove->setEnabled(!items.isEmpty());
    if (items.isEmpty())
        return;
    const int row = items.first()->row();
    if (row < 0 || row >= m_proxies.size())
        return;
    const Proxy& p = m_proxies[row];
    m_personId = p.personId;
    m_person->setText(p.listNumber ? tr("%1 (bureau %2, no. %3)").arg(p.personName, p.bureauCode).arg(*p.listNumber)
                                   : tr("%1 (bureau %2)").arg(p.personName, p.bureauCode));
    m_holder->setText(p.proxyName);
    m_status->setCurrentIndex(int(kStatuses.indexOf(p.status)));
    m_scope->setCurrentIndex(p.electionId == 0 ? 1 : 0);
    m_note->setText(p.note);
}

void ProxiesPanel::save()
{
    if (m_election.id <= 0)
        return;
    if (m_personId <= 0) {
        m_banner.showMessage(tr("Find the voter first (name, or bureau and number)."), ErrorBanner::Level::Warning);
        m_search->setFocus();
        return;
    }
    const auto status = proxyStatusFromName(m_status->currentData().toString());
    const qint64 scope = m_scope->currentData().toBool() ? 0 : m_election.id;
    auto id = m_elections.setProxy(
        m_personId, scope, m_holder->text(), status ? *status : ProxyStatus::Requested, m_note->text().trimmed());
    if (!id) {
        m_banner.showError(id.error());
        return;
    }
    m_banner.showMessage(tr("Proxy of %1 saved.").arg(m_person->text()));
    reload();
    m_personId = 0;
    m_person->setText(tr("No voter chosen."));
    m_holder->clear();
    m_note->clear();
    m_search->setFocus();
    Q_EMIT proxiesChanged();
}

void ProxiesPanel::removeSelected()
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return;
    if (Status s = m_elections.removeProxy(items.first()->data(Qt::UserRole).toLongLong()); !s) {
        m_banner.showError(s.error());
        return;
    }
    reload();
    Q_EMIT proxiesChanged();
}

bool ProxiesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && m_results->count()) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_results->setCurrentRow(std::clamp(m_results->currentRow() + step, 0, m_results->count() - 1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace terrain
