#pragma once

#include "lists/segmentservice.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace terrain {

class CampaignSession;
class DatabaseWorker;
class DialogHelper;
class ErrorBanner;
class SegmentTree;

// Builds a segment (a saved filter of people) from conditions in AND / OR / NOT groups, with
// the number of matching people counted as the conditions change, then cuts it into walk
// lists or call lists.
class SegmentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentsPage)

public:
    SegmentsPage(CampaignSession& session, DialogHelper& dialogs, QWidget* parent = nullptr);
    ~SegmentsPage() override;

    SegmentTree* tree() const { return m_tree; }
    // The last count shown; -1 while counting or when the filter is invalid.
    qint64 matching() const { return m_matching; }
    bool isCounting() const { return m_counting; }
    bool isBusy() const;

    // Saves the segment under the name typed (creates it, or updates the one chosen).
    bool saveSegment();
    void makeWalkLists();
    void makeCallLists();
    // Shows a saved segment (0: a new, empty one).
    void showSegment(qint64 id);

Q_SIGNALS:
    // Lists were made: their ids, for the Lists page.
    void listsMade(const QList<qint64>& listIds);

private:
    void reloadSegments(qint64 select);
    void scheduleCount();
    void count();
    void makeLists(bool walk);

    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    std::unique_ptr<SegmentService> m_service; // GUI thread: saving
    std::unique_ptr<DatabaseWorker> m_worker;
    ErrorBanner* m_banner = nullptr;
    QComboBox* m_segments = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
    SegmentTree* m_tree = nullptr;
    QLabel* m_count = nullptr;
    QSpinBox* m_doors = nullptr;
    QSpinBox* m_callSize = nullptr;
    QPushButton* m_walk = nullptr;
    QPushButton* m_call = nullptr;
    QTimer* m_debounce = nullptr;
    QList<Segment> m_saved;
    qint64 m_current = 0; // the segment shown; 0: not saved yet
    qint64 m_matching = -1;
    bool m_counting = false;
    quint64 m_countGeneration = 0;
    int m_making = 0;
};

} // namespace terrain
