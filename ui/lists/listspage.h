#pragma once

#include "lists/listprint.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace terrain {

class AppSettings;
class CampaignSession;
class DatabaseWorker;
class DialogHelper;
class ErrorBanner;
class ListService;
class ListsModel;

// The campaign's walk and call lists: who has each one, where it is (new, out, returned,
// entered) and how far its canvass went. A list is printed or saved as PDF from here.
class ListsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListsPage)

public:
    ListsPage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent = nullptr);
    ~ListsPage() override;

    ListsModel* model() const { return m_model; }
    void reload();
    // Selects the list (after a reload, once it is there).
    void selectList(qint64 listId);
    qint64 currentListId() const;

    // The actions, on the selected list.
    void assignVolunteer();
    void setStatus(ListStatus status);
    void printList();
    void savePdf();

Q_SIGNALS:
    // A PDF was written (or failed: ok false).
    void pdfSaved(bool ok, const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateActions();
    PrintOptions printOptions() const;
    // Builds the sheet in the worker, then calls `done` in the GUI thread.
    void withSheet(qint64 listId, std::function<void(const PrintableList&)> done);

    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    AppSettings& m_settings;
    std::unique_ptr<ListService> m_service; // GUI thread: single edits
    std::unique_ptr<DatabaseWorker> m_worker;
    ErrorBanner* m_banner = nullptr;
    ListsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_assign = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    qint64 m_pendingSelection = 0;
    bool m_updating = false;
};

} // namespace terrain
