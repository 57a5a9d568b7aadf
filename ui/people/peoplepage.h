#pragma once

#include "people/peoplequery.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace terrain {

class AppSettings;
class CampaignSession;
class DatabaseWorker;
class DialogHelper;
class ErrorBanner;
class PeopleModel;
class PeopleTable;
class PersonPanel;

// Look people up and edit them: a search box (as you type, off the GUI thread), filters,
// the paged table of everyone, and the person panel. Add a person, merge two duplicates,
// see the whole door, move someone to another household.
class PeoplePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePage)

public:
    PeoplePage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent = nullptr);
    ~PeoplePage() override;

    void focusSearch();
    void addPerson();
    void mergeSelected();
    void showDoor(qint64 personId);
    void moveHousehold(qint64 personId);
    // Shows a person in the panel (and selects their row when it is loaded).
    void showPerson(qint64 personId);

    PeopleModel* model() const { return m_model; }
    PeopleTable* table() const { return m_table; }
    PersonPanel* panel() const { return m_panel; }
    ErrorBanner* banner() const { return m_banner; }
    // The filter the boxes describe.
    PeopleFilter currentFilter() const;
    // Narrows the table to the people carrying a tag (offered in the tag filter from then on).
    void filterByTag(qint64 tagId, const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void loadDistricts();
    void loadTags();
    void updateActions();

    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    AppSettings& m_settings;
    ErrorBanner* m_banner = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_debounce = nullptr;
    QComboBox* m_district = nullptr;
    QComboBox* m_support = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_phone = nullptr;
    QComboBox* m_email = nullptr;
    QComboBox* m_tag = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_merge = nullptr;
    PeopleModel* m_model = nullptr;
    PeopleTable* m_table = nullptr;
    PersonPanel* m_panel = nullptr;
    DatabaseWorker* m_lookups = nullptr;
    qint64 m_pendingSelection = 0;
};

} // namespace terrain
