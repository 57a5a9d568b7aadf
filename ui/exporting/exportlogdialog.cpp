#include "ui/exporting/exportlogdialog.h"

#include "ui/databaseworker.h"
#include "ui/errorbanner.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace terrain {

namespace {
enum Column { WhenColumn, WhoColumn, WhatColumn, RowsColumn, FileColumn, ColumnCount };
} // namespace

ExportLogDialog::ExportLogDialog(const QString& campaignPath, QWidget* parent)
    : QDialog(parent), m_worker(std::make_unique<DatabaseWorker>(campaignPath))
{
    setObjectName(QStringLiteral("exportLogDialog"));
    setWindowTitle(tr("Export log"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);
    m_summary = new QLabel(tr("Reading the log…"), this);
    m_summary->setObjectName(QStringLiteral("exportLogSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("exportLogTable"));
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Rows"), tr("File") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WhoColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    header->resizeSection(FileColumn, 260);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &ExportLogDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_worker.get(), &DatabaseWorker::failed, this, [this](const QString& message, const QString& detail) {
        m_loading = false;
        m_summary->clear();
        m_banner->showFailure(message, detail);
    });
    resize(1000, 460);
    reload();
}

ExportLogDialog::~ExportLogDialog()
{
    m_worker.reset();
}

void ExportLogDialog::reload()
{
    m_loading = true;
    m_worker->run([](Database& db) { return exportLog(db); },
        [this](const Result<QList<ExportLogEntry>>& entries) {
            m_loading = false;
            if (!entries) {
                m_summary->clear();
                m_banner->showError(entries.error());
            } else {
                m_banner->clear();
                fill(*entries);
            }
            Q_EMIT loaded();
        });
}

void ExportLogDialog::fill(const QList<ExportLogEntry>& entries)
{
    m_table->setRowCount(static_cast<int>(entries.size()));
    const QLocale locale;
    qint64 rows = 0;
    for (int r = 0; r < entries.size(); ++r) {
        const ExportLogEntry& e = entries.at(r);
        rows += e.rows;
        const auto cell = [&](int column, const QString& text, Qt::Alignment alignment = Qt::AlignLeft) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(alignment | Qt::AlignVCenter);
            item->setToolTip(text);
            m_table->setItem(r, column, item);
        };
        cell(WhenColumn, locale.toString(QDateTime::fromMSecsSinceEpoch(e.at), QLocale::ShortFormat));
        cell(WhoColumn, e.author);
        cell(WhatColumn, e.what);
        cell(RowsColumn, locale.toString(e.rows), Qt::AlignRight);
        cell(FileColumn, QDir::toNativeSeparators(e.path));
    }
    m_summary->setText(entries.isEmpty()
            ? tr("Nothing was exported from this campaign yet.")
            : tr("%Ln exports, %1 rows in all. Every export from this laptop is listed here.", nullptr,
                static_cast<int>(entries.size()))
                  .arg(locale.toString(rows)));
}

} // namespace terrain
