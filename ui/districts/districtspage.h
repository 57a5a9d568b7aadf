#pragma once

#include "districts/districttree.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace terrain {

class AppSettings;
class CampaignSession;
class DatabaseWorker;
class DialogHelper;
class DistrictModel;
class ErrorBanner;
class PeopleModel;
class PeopleTable;

// The campaign as a tree instead of a map: commune > bureau > street > door, each with its
// voters, doors, phones, people reached, support bar and last canvass. The selected node's
// people show below; a commune or bureau can be renamed, and a bureau given its polling
// place and expected turnout. Streets selected in the tree (one side, or both) make a walk
// list cut by hand, through the same path as a segment's turfs.
class DistrictsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistrictsPage)

public:
    DistrictsPage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent = nullptr);
    ~DistrictsPage() override;

    DistrictModel* model() const { return m_model; }
    PeopleModel* peopleModel() const { return m_peopleModel; }
    // Saves the form into the selected district.
    void saveDistrict();
    // A walk list of the streets selected in the tree, on the side chosen (in a worker).
    void makeWalkList();
    bool isMakingList() const { return m_making; }

Q_SIGNALS:
    void openPersonRequested(qint64 personId);
    // A hand-cut walk list was made: its ids (several when cut into turfs), for the Lists page.
    void listsMade(const QList<qint64>& listIds);

private:
    void nodeSelected(const QModelIndex& index);
    void showDetails(const DistrictNode& node);
    void reselect();
    QList<DistrictNode> selectedStreets() const;
    void updateHandCut();

    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    AppSettings& m_settings;
    DistrictTree m_tree; // GUI thread: single reads and edits
    ErrorBanner* m_banner = nullptr;
    DistrictModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QGroupBox* m_details = nullptr;
    QLabel* m_detailsHint = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_pollingPlace = nullptr;
    QDoubleSpinBox* m_turnout = nullptr;
    QPushButton* m_save = nullptr;
    PeopleModel* m_peopleModel = nullptr;
    PeopleTable* m_people = nullptr;
    QLabel* m_peopleTitle = nullptr;
    std::unique_ptr<DatabaseWorker> m_worker; // making lists
    QGroupBox* m_handCut = nullptr;
    QLabel* m_handCutHint = nullptr;
    QComboBox* m_side = nullptr;
    QLineEdit* m_listName = nullptr;
    QSpinBox* m_listDoors = nullptr;
    QPushButton* m_makeList = nullptr;
    bool m_making = false;
    DistrictNode m_current;
    bool m_haveCurrent = false;
};

} // namespace terrain
