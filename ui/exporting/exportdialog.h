#pragma once

#include "exporting/peopleexport.h"
#include "lists/listservice.h"
#include "lists/segmentservice.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QBoxLayout;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QWidget;

namespace terrain {

class CampaignSession;
class DatabaseWorker;
class DialogHelper;
class ErrorBanner;

// What the Export dialog exports: a saved segment or a list.
struct ExportSource
{
    enum class Kind { Segment, List };
    Kind kind = Kind::Segment;
    Segment segment;
    ListSummary list;

    static ExportSource ofSegment(const Segment& segment);
    static ExportSource ofList(const ListSummary& list);
    QString title() const; // "Segment “Centre-ville”", "List K7M2QX"
    QString fileStem() const; // a file name without extension
};

// Exports a segment or a list with a chosen format preset, channel and columns to a file. The choices
// (and the folder) are remembered in QSettings for the next export. The export runs in a worker with a
// progress bar; Cancel stops it and leaves no file. Accepted once the file is written.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(CampaignSession& session, DialogHelper& dialogs, ExportSource source, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The "Export…" button of a page (E&xport…, Ctrl+Shift+E on the page): opens the dialog on what `source`
    // returns, or says `nothingMessage` in the banner when it returns nothing; the banner then tells the
    // row count and file.
    static QPushButton* createButton(QWidget* page, CampaignSession& session, DialogHelper& dialogs,
        ErrorBanner* banner, std::function<std::optional<ExportSource>()> source, const QString& nothingMessage);

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    ExportChannel channel() const;
    void setChannel(ExportChannel channel);
    // The ticked columns, in catalogue order.
    QList<ExportColumn> columns() const;
    void setColumns(const QList<ExportColumn>& columns);
    QString path() const;
    void setPath(const QString& path);

    // The Export button: checks the choices and starts the export.
    void startExport();
    bool isRunning() const { return m_running; }
    qint64 rowsExported() const { return m_rows; }
    ErrorBanner* banner() const { return m_banner; }

    void reject() override;

Q_SIGNALS:
    void exported(qint64 rows, const QString& path);

private:
    void browse();
    void formatChanged();
    void finish(const Result<qint64>& rows);
    void setRunning(bool running);
    void saveChoices() const;

    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    ExportSource m_source;
    std::unique_ptr<DatabaseWorker> m_worker;
    ErrorBanner* m_banner = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_channel = nullptr;
    QListWidget* m_columns = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_export = nullptr;
    bool m_running = false;
    qint64 m_rows = -1;
};

} // namespace terrain
