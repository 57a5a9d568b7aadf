#include "ui/gotv/turnoutgrid.h"

#include "ui/errorbanner.h"

#include <QHeaderView>
#include <QLocale>

namespace terrain {

namespace {

// The figures published during the day, as the prefecture's website gives them.
const QList<QTime> kReportTimes { QTime(12, 0), QTime(17, 0) };

} // namespace

TurnoutGrid::TurnoutGrid(ElectionService& elections, ErrorBanner& banner, QWidget* parent)
    : QTableWidget(parent), m_elections(elections), m_banner(banner)
{
    setObjectName(QStringLiteral("turnoutGrid"));
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    connect(this, &QTableWidget::cellChanged, this, &TurnoutGrid::edited);
}

void TurnoutGrid::setElection(const Election& election, const QList<Bureau>& bureaux)
{
    m_election = election;
    m_bureaux = bureaux;
    fill();
}

void TurnoutGrid::fill()
{
    const QSignalBlocker blocker(this);
    m_filling = true;
    clear();
    QStringList headers;
    for (QTime t : kReportTimes)
        headers << t.toString(QStringLiteral("HH:mm"));
    headers << tr("At close (%1)").arg(m_election.closes.toString(QStringLiteral("HH:mm")));
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    setRowCount(int(m_bureaux.size()));
    QStringList rows;
    for (const Bureau& b : std::as_const(m_bureaux))
        rows << b.code;
    setVerticalHeaderLabels(rows);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            auto* cell = new QTableWidgetItem;
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(r, c, cell);
        }
    }
    if (m_election.id > 0) {
        auto reports = m_elections.turnoutReports(m_election.id);
        if (!reports) {
            m_banner.showError(reports.error());
        } else {
            for (const TurnoutReport& report : std::as_const(*reports)) {
                const QTime time = report.at.toLocalTime().time();
                int column = int(kReportTimes.indexOf(time));
                if (column < 0 && time == m_election.closes)
                    column = int(kReportTimes.size());
                int row = -1;
                for (int r = 0; r < m_bureaux.size() && row < 0; ++r) {
                    if (m_bureaux[r].id == report.districtId)
                        row = r;
                }
                if (column >= 0 && row >= 0)
                    item(row, column)->setText(QLocale().toString(report.count));
            }
        }
    }
    m_filling = false;
}

void TurnoutGrid::edited(int row, int column)
{
    if (m_filling || m_election.id <= 0 || row < 0 || row >= m_bureaux.size())
        return;
    const QString text = item(row, column)->text().trimmed();
    if (text.isEmpty())
        return;
    bool ok = false;
    qint64 count = QLocale().toLongLong(text, &ok);
    if (!ok)
        count = text.toLongLong(&ok);
    const QTime time = column < kReportTimes.size() ? kReportTimes[column] : m_election.closes;
    if (!ok || count < 0) {
        m_banner.showMessage(tr("Type the number of voters (e.g. 412)."), ErrorBanner::Level::Warning);
        fill();
        return;
    }
    auto id = m_elections.recordTurnout(m_election.id, m_bureaux[row].id, time, count);
    if (!id) {
        m_banner.showError(id.error());
        fill();
        return;
    }
    m_banner.clear();
    Q_EMIT turnoutChanged();
}

} // namespace terrain
