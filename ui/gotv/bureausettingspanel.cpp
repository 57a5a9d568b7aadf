#include "ui/gotv/bureausettingspanel.h"

#include "ui/databaseworker.h"
#include "ui/errorbanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace terrain {

namespace {

const QColor kCampaignFigure(0x78, 0x90, 0x9c); // grey: not entered for this election

} // namespace

BureauSettingsPanel::BureauSettingsPanel(
    ElectionService& elections, DatabaseWorker& worker, ErrorBanner& banner, QWidget* parent)
    : QWidget(parent), m_elections(elections), m_worker(worker), m_banner(banner)
{
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Type the official number of registered voters and the turnout you expect at the close "
                               "(e.g. 62 %). Figures in grey come from the campaign: the people of the bureau, and "
                               "the bureau's own expected turnout. Clear a figure to go back to them."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_grid = new QTableWidget(this);
    m_grid->setObjectName(QStringLiteral("bureauSettings"));
    m_grid->setColumnCount(ColumnCount);
    m_grid->setHorizontalHeaderLabels(
        { tr("Bureau"), tr("People in the campaign"), tr("Registered (official)"), tr("Expected turnout") });
    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    layout->addWidget(m_grid, 1);
    connect(m_grid, &QTableWidget::cellChanged, this, &BureauSettingsPanel::edited);
}

void BureauSettingsPanel::setElection(const Election& election)
{
    m_election = election;
    reload();
}

void BureauSettingsPanel::reload()
{
    const qint64 election = m_election.id;
    if (election <= 0)
        return;
    m_worker.run([election](Database& db) { return ElectionService(db).allBureauSettings(election); },
        [this, election](Result<QList<BureauSettings>> read) {
            if (election != m_election.id)
                return;
            if (!read) {
                m_banner.showError(read.error());
                return;
            }
            m_settings = *read;
            fill();
            Q_EMIT loaded();
        });
}

void BureauSettingsPanel::fill()
{
    const QSignalBlocker blocker(m_grid);
    m_filling = true;
    const QLocale locale;
    m_grid->setRowCount(int(m_settings.size()));
    for (int row = 0; row < m_settings.size(); ++row) {
        const BureauSettings& s = m_settings[row];
        const auto cell = [&](int column, const QString& text, bool editable, bool own) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(
                column == BureauColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            else if (!own)
                item->setForeground(kCampaignFigure);
            m_grid->setItem(row, column, item);
        };
        cell(BureauColumn, s.name.isEmpty() || s.name == s.code ? s.code : s.code + QStringLiteral(" – ") + s.name,
            false, true);
        cell(PeopleColumn, locale.toString(s.counted), false, true);
        cell(RegisteredColumn, locale.toString(s.registered()), true, s.registeredOverride.has_value());
        cell(ExpectedColumn,
            s.expectedTurnout ? locale.toString(*s.expectedTurnout * 100.0, 'f', 1) + QStringLiteral(" %") : QString(),
            true, s.expectedOverride.has_value());
    }
    m_filling = false;
}

void BureauSettingsPanel::edited(int row, int column)
{
    if (m_filling || m_election.id <= 0 || row < 0 || row >= m_settings.size())
        return;
    const BureauSettings& s = m_settings[row];
    QString text = m_grid->item(row, column)->text().trimmed();
    const QLocale locale;
    Status written;
    if (column == RegisteredColumn) {
        std::optional<qint64> registered;
        if (!text.isEmpty()) {
            bool ok = false;
            registered = locale.toLongLong(text, &ok);
            if (!ok)
                registered = text.toLongLong(&ok);
            if (!ok) {
                m_banner.showMessage(tr("Type the number of registered voters (e.g. 1 204), or clear the cell."),
                    ErrorBanner::Level::Warning);
                fill();
                return;
            }
        }
        written = m_elections.setRegistered(m_election.id, s.districtId, registered);
    } else if (column == ExpectedColumn) {
        std::optional<double> rate;
        if (!text.isEmpty()) {
            text.remove(u'%');
            bool ok = false;
            double value = locale.toDouble(text.trimmed(), &ok);
            if (!ok)
                value = text.trimmed().toDouble(&ok);
            if (!ok) {
                m_banner.showMessage(tr("Type the turnout expected at the close as a percentage (e.g. 62 %), or "
                                        "clear the cell."),
                    ErrorBanner::Level::Warning);
                fill();
                return;
            }
            rate = value / 100.0;
        }
        written = m_elections.setExpectedTurnout(m_election.id, s.districtId, rate);
    } else {
        return;
    }
    if (!written) {
        m_banner.showError(written.error());
        fill();
        return;
    }
    m_banner.clear();
    Q_EMIT settingsChanged();
    reload(); // shows the figure as this election's (or the campaign's again)
}

} // namespace terrain
