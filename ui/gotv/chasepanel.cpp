#include "ui/gotv/chasepanel.h"

#include "exporting/peopleexport.h"
#include "exporting/tablewriter.h"
#include "gotv/chaselist.h"
#include "lists/listprint.h"
#include "lists/listservice.h"
#include "ui/campaignsession.h"
#include "ui/databaseworker.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace terrain {

namespace {

struct ChaseOutcome
{
    Result<QList<ChasePerson>> people = QList<ChasePerson>();
    Result<QList<ListSummary>> lists = QList<ListSummary>();
};

// As `terrain-cli chase --format sms-csv`: numbers without '+', formulas neutralised, logged.
Status writeSms(Database& db, const QString& path, const QList<ChasePerson>& people, const QStringList& header,
    const QString& author)
{
    auto writer = TableWriter::create(path, ExportFormat::StandardCsv);
    if (!writer)
        return writer.error();
    Status s = (*writer)->writeHeader(header);
    for (qsizetype i = 0; s && i < people.size(); ++i) {
        const ChasePerson& p = people.at(i);
        const QString phone = p.phone.startsWith(u'+') ? p.phone.mid(1) : p.phone;
        s = (*writer)->writeRow(
            { phone, p.usageName.isEmpty() ? p.lastName : p.usageName, p.firstNames, p.bureauCode });
    }
    if (s)
        s = (*writer)->commit();
    if (s)
        s = logExport(db, QStringLiteral("chase sms"), path, people.size(), author);
    return s;
}

} // namespace

ChasePanel::ChasePanel(CampaignSession& session, DialogHelper& dialogs, DatabaseWorker& worker, ErrorBanner& banner,
    Selection selection, QWidget* parent)
    : QGroupBox(tr("Chase"), parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_worker(worker)
    , m_banner(banner)
    , m_selection(std::move(selection))
{
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Select one bureau or several, then press Ctrl+R: the supporters not yet marked voted "
                               "who may be reached that way."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("chaseFormat"));
    m_format->addItem(tr("Call list (phone bank)"), int(Format::CallList));
    m_format->addItem(tr("Walk lists by street"), int(Format::WalkLists));
    m_format->addItem(tr("SMS file (CSV)"), int(Format::SmsFile));
    layout->addWidget(m_format);
    m_chase = new QPushButton(tr("&Chase (Ctrl+R)"), this);
    m_chase->setObjectName(QStringLiteral("chaseButton"));
    m_chase->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(m_chase);
    m_print = new QPushButton(tr("&Print the lists…"), this);
    m_print->setObjectName(QStringLiteral("printChaseLists"));
    m_print->setEnabled(false);
    layout->addWidget(m_print);
    connect(m_chase, &QPushButton::clicked, this, &ChasePanel::chaseSelected);
    connect(m_print, &QPushButton::clicked, this, &ChasePanel::printLists);
}

void ChasePanel::setElection(const Election& election)
{
    if (election.id != m_election.id) {
        m_lists.clear();
        m_print->setEnabled(false);
    }
    m_election = election;
}

ChasePanel::Format ChasePanel::format() const
{
    return Format(m_format->currentData().toInt());
}

void ChasePanel::chaseSelected()
{
    chase(format());
}

void ChasePanel::chase(Format format)
{
    const QList<BureauFigures> selected = m_selection();
    if (m_election.id <= 0 || selected.isEmpty()) {
        m_banner.showMessage(tr("Select one bureau or several in the dashboard first."), ErrorBanner::Level::Warning);
        Q_EMIT chaseDone(false);
        return;
    }
    QList<qint64> bureaux;
    QStringList codes;
    for (const BureauFigures& f : selected) {
        bureaux << f.districtId;
        codes << f.code;
    }
    QString smsPath;
    if (format == Format::SmsFile) {
        smsPath = m_dialogs.saveFileName(this, tr("SMS file"),
            QDir::home().filePath(tr("chase-%1.csv").arg(QTime::currentTime().toString(QStringLiteral("HHmm")))),
            tr("CSV files (*.csv)"));
        if (smsPath.isEmpty()) {
            Q_EMIT chaseDone(false);
            return;
        }
    }
    const qint64 election = m_election.id;
    const QString author = m_session.author();
    const QString listName
        = tr("Chase %1 – bureau %2")
              .arg(QTime::currentTime().toString(QStringLiteral("HH:mm")), codes.join(QStringLiteral(", ")));
    const QStringList smsHeader { tr("phone"), tr("last_name"), tr("first_names"), tr("bureau") };
    m_chase->setEnabled(false);
    m_worker.run(
        [=](Database& db) {
            ChaseOutcome out;
            const ChaseChannel channel = format == Format::CallList ? ChaseChannel::Phone
                : format == Format::WalkLists                       ? ChaseChannel::Door
                                                                    : ChaseChannel::Sms;
            out.people = ChaseList(db).build(election, bureaux, channel);
            if (!out.people || out.people->isEmpty())
                return out;
            if (format == Format::SmsFile) {
                if (Status s = writeSms(db, smsPath, *out.people, smsHeader, author); !s)
                    out.people = s.error();
                return out;
            }
            // The lists hold exactly the people of the chase list (and, for calls, the
            // number it chose): what is printed and called is what the screen counted.
            ListService lists(db, author);
            if (format == Format::CallList) {
                QList<CallListTarget> targets;
                for (const ChasePerson& p : std::as_const(*out.people))
                    targets << CallListTarget { p.personId, p.phoneId };
                out.lists = lists.createCallListsFor(listName, targets);
            } else {
                QList<qint64> ids;
                for (const ChasePerson& p : std::as_const(*out.people))
                    ids << p.personId;
                WalkListOptions options;
                options.name = listName;
                out.lists = lists.createWalkListsFor(ids, options);
            }
            return out;
        },
        [this, format, smsPath](ChaseOutcome out) {
            m_chase->setEnabled(true);
            if (!out.people) {
                m_banner.showError(out.people.error());
                Q_EMIT chaseDone(false);
                return;
            }
            if (out.people->isEmpty()) {
                m_banner.showMessage(tr("No one left to chase there: every supporter who can be reached that way is "
                                        "marked voted."));
                Q_EMIT chaseDone(true);
                return;
            }
            if (!out.lists) {
                m_banner.showError(out.lists.error());
                Q_EMIT chaseDone(false);
                return;
            }
            QList<qint64> ids;
            QStringList listCodes;
            for (const ListSummary& list : std::as_const(*out.lists)) {
                ids << list.id;
                listCodes << list.code;
            }
            finished(format, smsPath, out.people->size(), ids, listCodes);
        });
}

void ChasePanel::finished(
    Format format, const QString& smsPath, qsizetype people, const QList<qint64>& lists, const QStringList& codes)
{
    if (format == Format::SmsFile) {
        m_banner.showMessage(
            tr("%Ln people written to %1.", nullptr, int(people)).arg(QDir::toNativeSeparators(smsPath)));
        Q_EMIT chaseDone(true);
        return;
    }
    m_lists = lists;
    m_print->setEnabled(!m_lists.isEmpty());
    m_banner.showMessage(format == Format::CallList
            ? tr("%Ln people to call: list %1, ready in the phone bank.", nullptr, int(people))
                  .arg(codes.join(QStringLiteral(", ")))
            : tr("%Ln people to visit: walk list(s) %1.", nullptr, int(people)).arg(codes.join(QStringLiteral(", "))));
    Q_EMIT listsMade(m_lists);
    Q_EMIT chaseDone(true);
}

void ChasePanel::printLists()
{
    if (m_lists.isEmpty())
        return;
    auto lists = ListService(m_session.db(), m_session.author()).lists();
    if (!lists) {
        m_banner.showError(lists.error());
        return;
    }
    QStringList codes;
    for (const ListSummary& list : std::as_const(*lists)) {
        if (m_lists.contains(list.id))
            codes << list.code;
    }
    if (codes.isEmpty())
        return;
    const QString path = m_dialogs.saveFileName(this, tr("Print the chase lists"),
        QDir::home().filePath(codes.first() + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QStringList written;
    for (const QString& code : std::as_const(codes)) {
        // One file per list: the first at the chosen name, the others beside it with their code.
        const QFileInfo info(path);
        const QString target = code == codes.first()
            ? path
            : info.dir().filePath(info.completeBaseName() + u'-' + code + QStringLiteral(".pdf"));
        if (Status s = printListPdf(m_session.db(), code, target); !s) {
            m_banner.showError(s.error());
            return;
        }
        written << QDir::toNativeSeparators(target);
    }
    m_banner.showMessage(tr("Printed to %1.").arg(written.join(QStringLiteral(", "))));
}

} // namespace terrain
