#include "ui/exporting/exportdialog.h"

#include "ui/campaignsession.h"
#include "ui/databaseworker.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace terrain {

namespace {

const QString kFormatKey = QStringLiteral("export/format");
const QString kChannelKey = QStringLiteral("export/channel");
const QString kColumnsKey = QStringLiteral("export/columns");
const QString kFolderKey = QStringLiteral("export/folder");

// A name usable as a file name on every system.
QString safeFileName(const QString& name)
{
    QString out;
    for (QChar c : name.simplified()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("export") : out;
}

} // namespace

ExportSource ExportSource::ofSegment(const Segment& segment)
{
    ExportSource s;
    s.kind = Kind::Segment;
    s.segment = segment;
    return s;
}

ExportSource ExportSource::ofList(const ListSummary& list)
{
    ExportSource s;
    s.kind = Kind::List;
    s.list = list;
    return s;
}

QString ExportSource::title() const
{
    if (kind == Kind::Segment)
        return QCoreApplication::translate("terrain::ExportDialog", "Segment “%1”").arg(segment.name);
    return QCoreApplication::translate("terrain::ExportDialog", "List %1").arg(list.code);
}

QString ExportSource::fileStem() const
{
    return kind == Kind::Segment ? safeFileName(segment.name)
                                 : QCoreApplication::translate("terrain::ExportDialog", "list-%1").arg(list.code);
}

ExportDialog::ExportDialog(CampaignSession& session, DialogHelper& dialogs, ExportSource source, QWidget* parent)
    : QDialog(parent), m_session(session), m_dialogs(dialogs), m_source(std::move(source))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export %1").arg(m_source.title()));
    auto* layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);

    auto* what = new QLabel(this);
    what->setObjectName(QStringLiteral("exportWhat"));
    what->setWordWrap(true);
    what->setText(m_source.kind == ExportSource::Kind::List
            ? tr("<b>List %1</b> — %2: %Ln people, in the list's order.", nullptr,
                static_cast<int>(m_source.list.people))
                  .arg(m_source.list.code.toHtmlEscaped(), m_source.list.name.toHtmlEscaped())
            : tr("<b>Segment “%1”</b>: the people it selects today, by name.")
                  .arg(m_source.segment.name.toHtmlEscaped()));
    layout->addWidget(what);

    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (ExportFormat f : { ExportFormat::ExcelFrance, ExportFormat::StandardCsv, ExportFormat::Xlsx })
        m_format->addItem(exportFormatLabel(f), static_cast<int>(f));
    m_format->setToolTip(tr("Excel (France): ; separated, opens in French Excel by double-click. Standard CSV: "
                            ", separated, UTF-8. Every cell is text; formulas are neutralised."));
    form->addRow(tr("&Format:"), m_format);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("exportChannel"));
    for (ExportChannel c : allExportChannels())
        m_channel->addItem(exportChannelLabel(c), static_cast<int>(c));
    m_channel->setToolTip(tr("The file is for this channel: people who opted out of it, or cannot be reached "
                             "on it, are left out. Phone and email columns never show a number or address the "
                             "person refused."));
    form->addRow(tr("&Channel:"), m_channel);

    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(360);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    // A row holding a layout gets a label without a buddy, which would show its "&" as is.
    auto* fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    layout->addLayout(form);

    auto* columnsLabel = new QLabel(tr("C&olumns (in this order):"), this);
    layout->addWidget(columnsLabel);
    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    columnsLabel->setBuddy(m_columns);
    for (ExportColumn c : allExportColumns()) {
        auto* item = new QListWidgetItem(exportColumnLabel(c), m_columns);
        item->setData(Qt::UserRole, static_cast<int>(c));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    // Three columns of names, top to bottom: the whole catalogue in view, no scrolling.
    constexpr int kRows = 9;
    int cellWidth = 0;
    for (int i = 0; i < m_columns->count(); ++i)
        cellWidth = std::max(cellWidth, m_columns->sizeHintForIndex(m_columns->model()->index(i, 0)).width());
    const QSize cell(cellWidth + 24, m_columns->sizeHintForRow(0) + 2);
    const int rows = kRows;
    const int columnCount = (static_cast<int>(m_columns->count()) + rows - 1) / rows;
    m_columns->setFlow(QListView::TopToBottom);
    m_columns->setWrapping(true);
    m_columns->setResizeMode(QListView::Adjust);
    m_columns->setGridSize(cell);
    m_columns->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int frame = 2 * m_columns->frameWidth() + 4;
    m_columns->setMinimumSize(columnCount * cell.width() + frame, rows * cell.height() + frame);
    layout->addWidget(m_columns, 1);
    auto* columnButtons = new QHBoxLayout;
    auto* defaults = new QPushButton(tr("&Defaults"), this);
    defaults->setObjectName(QStringLiteral("exportDefaultColumns"));
    auto* none = new QPushButton(tr("Clear"), this);
    columnButtons->addWidget(defaults);
    columnButtons->addWidget(none);
    columnButtons->addStretch(1);
    layout->addLayout(columnButtons);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportStart"));
    m_export->setDefault(true);
    layout->addWidget(m_buttons);

    // The last choices, else the defaults.
    QSettings settings;
    auto format = exportFormatFromName(settings.value(kFormatKey).toString());
    setFormat(format ? *format : ExportFormat::ExcelFrance);
    auto channel = exportChannelFromName(settings.value(kChannelKey).toString());
    setChannel(channel ? *channel : ExportChannel::None);
    auto columns = exportColumnsFromKeys(settings.value(kColumnsKey).toString());
    setColumns(columns ? *columns : defaultExportColumns());
    QString folder = settings.value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setPath(QDir(folder).filePath(m_source.fileStem() + u'.' + defaultExtension(this->format())));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(defaults, &QPushButton::clicked, this, [this] { setColumns(defaultExportColumns()); });
    connect(none, &QPushButton::clicked, this, [this] { setColumns({}); });
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ExportDialog::~ExportDialog()
{
    m_worker.reset(); // cancels and waits for a running export before the widgets go
}

QPushButton* ExportDialog::createButton(QWidget* page, CampaignSession& session, DialogHelper& dialogs,
    ErrorBanner* banner, std::function<std::optional<ExportSource>()> source, const QString& nothingMessage)
{
    auto* button = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport…"), page);
    button->setObjectName(QStringLiteral("exportSelection"));
    const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    button->setToolTip(tr("Export to a spreadsheet file (%1)").arg(keys.toString(QKeySequence::NativeText)));
    auto* shortcut = new QShortcut(keys, page);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    const auto open = [page, &session, &dialogs, banner, source, nothingMessage] {
        const std::optional<ExportSource> what = source();
        if (!what) {
            banner->showMessage(nothingMessage, ErrorBanner::Level::Warning);
            return;
        }
        ExportDialog dialog(session, dialogs, *what, page);
        connect(&dialog, &ExportDialog::exported, banner, [banner](qint64 rows, const QString& path) {
            banner->showMessage(
                tr("%Ln people exported to %1", nullptr, static_cast<int>(rows)).arg(QDir::toNativeSeparators(path)));
        });
        dialogs.exec(dialog);
    };
    connect(button, &QPushButton::clicked, page, open);
    connect(shortcut, &QShortcut::activated, page, open);
    return button;
}

ExportFormat ExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

ExportChannel ExportDialog::channel() const
{
    return static_cast<ExportChannel>(m_channel->currentData().toInt());
}

void ExportDialog::setChannel(ExportChannel channel)
{
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(channel)));
}

QList<ExportColumn> ExportDialog::columns() const
{
    QList<ExportColumn> out;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            out << static_cast<ExportColumn>(m_columns->item(i)->data(Qt::UserRole).toInt());
    }
    return out;
}

void ExportDialog::setColumns(const QList<ExportColumn>& columns)
{
    for (int i = 0; i < m_columns->count(); ++i) {
        QListWidgetItem* item = m_columns->item(i);
        item->setCheckState(columns.contains(static_cast<ExportColumn>(item->data(Qt::UserRole).toInt()))
                ? Qt::Checked
                : Qt::Unchecked);
    }
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::formatChanged()
{
    // Keep the file's extension in step with the format.
    const QString current = QDir::fromNativeSeparators(path());
    if (current.isEmpty())
        return;
    const QFileInfo info(current);
    setPath(QDir(info.path()).filePath(info.completeBaseName() + u'.' + defaultExtension(format())));
}

void ExportDialog::browse()
{
    const QString filter = format() == ExportFormat::Xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV (*.csv)");
    const QString chosen = m_dialogs.saveFileName(this, windowTitle(), QDir::fromNativeSeparators(path()), filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::startExport()
{
    if (m_running)
        return;
    m_banner->clear();
    const QList<ExportColumn> chosen = columns();
    if (chosen.isEmpty()) {
        m_banner->showMessage(tr("Tick at least one column."), ErrorBanner::Level::Warning);
        m_columns->setFocus();
        return;
    }
    const QString target = QDir::fromNativeSeparators(path());
    if (target.isEmpty()) {
        m_banner->showMessage(tr("Choose the file to write."), ErrorBanner::Level::Warning);
        m_path->setFocus();
        return;
    }
    const QString replace = tr("“%1” exists. Replace it?").arg(QDir::toNativeSeparators(target));
    if (QFileInfo::exists(target) && !m_dialogs.ask(this, windowTitle(), replace, tr("Replace")))
        return;

    if (!m_worker) {
        m_worker = std::make_unique<DatabaseWorker>(m_session.path());
        connect(m_worker.get(), &DatabaseWorker::failed, this, [this](const QString& message, const QString& detail) {
            setRunning(false);
            m_banner->showFailure(message, detail);
        });
    }
    m_worker->resetCancel();
    ExportOptions options;
    options.path = target;
    options.format = format();
    options.channel = channel();
    options.columns = chosen;
    options.author = m_session.author();
    options.cancel = m_worker->cancelFlag();
    setRunning(true);
    m_status->setText(tr("Exporting…"));
    DatabaseWorker* worker = m_worker.get();
    QProgressBar* bar = m_progress;
    m_worker->run(
        [worker, bar, options, source = m_source](Database& db) mutable {
            QElapsedTimer throttle;
            throttle.start();
            options.progress = [&](qint64 rows, qint64 total) {
                if (throttle.elapsed() < 100)
                    return;
                throttle.restart();
                const int percent = total > 0 ? static_cast<int>(rows * 100 / total) : 0;
                worker->post([bar, percent] { bar->setValue(percent); });
            };
            return source.kind == ExportSource::Kind::List ? exportList(db, source.list, options)
                                                           : exportSegment(db, source.segment, options);
        },
        [this](const Result<qint64>& rows) { finish(rows); });
}

void ExportDialog::finish(const Result<qint64>& rows)
{
    setRunning(false);
    if (!rows) {
        if (rows.error().code == QLatin1StringView("export.cancelled"))
            m_status->setText(rows.error().message);
        else {
            m_status->clear();
            m_banner->showFailure(rows.error().message, rows.error().detail);
        }
        return;
    }
    m_rows = *rows;
    m_status->setText(tr("%Ln people exported.", nullptr, static_cast<int>(*rows)));
    saveChoices();
    Q_EMIT exported(*rows, QDir::fromNativeSeparators(path()));
    accept();
}

void ExportDialog::reject()
{
    if (m_running) {
        // Cancel stops the export first; the dialog stays to say so.
        m_worker->cancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_progress->setValue(0);
    for (QWidget* w : std::initializer_list<QWidget*> { m_format, m_channel, m_columns, m_path, m_browse, m_export })
        w->setEnabled(!running);
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(kFormatKey, exportFormatName(format()));
    settings.setValue(kChannelKey, exportChannelName(channel()));
    settings.setValue(kColumnsKey, exportColumnKeys(columns()).join(u','));
    settings.setValue(kFolderKey, QFileInfo(QDir::fromNativeSeparators(path())).absolutePath());
}

} // namespace terrain
