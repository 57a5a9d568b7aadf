#pragma once

#include "lists/listsheet.h"
#include "lists/segmentservice.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace terrain {

class Database;
class Repository;
struct WalkDoor;

enum class ListKind { Walk, Call };
// A list's life: made (new), handed to a volunteer (out), back in the office (returned),
// its results typed in (entered).
enum class ListStatus { New, Out, Returned, Entered };

struct ListSummary
{
    qint64 id = 0;
    QString uuid;
    QString code;
    QString name;
    ListKind kind = ListKind::Walk;
    ListStatus status = ListStatus::New;
    QString assignee;
    QString segment; // the segment's name; empty for a hand pick of streets
    qint64 createdAt = 0;
    qint64 people = 0;
    qint64 doors = 0;     // walk: households; call: numbers to dial
    qint64 contacted = 0; // people with an attempt recorded on this list
    qint64 doorsContacted = 0; // walk: households with such an attempt; call: numbers
};

// The ids of lists just made, and how many people they hold in all (what a page reports).
QList<qint64> listIds(const QList<ListSummary>& lists);
qint64 peopleIn(const QList<ListSummary>& lists);

// A street (or one side of it) picked by hand from the district tree.
struct StreetPick
{
    enum class Side { Both, Odd, Even };
    qint64 bureauId = 0;
    qint64 streetId = 0; // 0: the lieu-dit below
    QString lieuDit;
    Side side = Side::Both;
};

struct WalkListOptions
{
    int targetDoors = 50; // doors per turf (1-1000); 0: every door in one list (a hand-cut list)
    // The lists' name; several lists get "NAME (1/3)"... Empty: each turf named after its
    // bureau and street sides (TurfCutter::turfName).
    QString name;
};

struct CallListOptions
{
    int maxEntries = 0; // numbers per list; 0: one list
};

// One person to call, on one of their numbers (0: the number the list would choose).
struct CallListTarget
{
    qint64 personId = 0;
    qint64 phoneId = 0;
};

// Walk lists and call lists: made from a segment (or streets picked by hand), frozen into
// `lists` and `list_members` through the Repository, assigned to volunteers, followed
// through their status, and read back for printing.
//
// Walk lists: the segment's active people who have not asked for no visits (dnc_door) and
// have an address, by door in walk order (see TurfCutter), cut into turfs.
// Call lists: the segment's active people who have not opted out of calls (dnc_phone)
// with a usable phone (not flagged bad). Each person is called on one number, the mobile
// first; people sharing a number (a household's landline) make one entry, dialled once.
// Entries: mobiles first, then landlines, each by bureau, street and door.
class ListService final
{
public:
    explicit ListService(Database& db, QString author = {});
    ~ListService();
    ListService(const ListService&) = delete;
    ListService& operator=(const ListService&) = delete;

    // All lists of one call are written in one transaction. "lists.empty" when no one is left.
    Result<QList<ListSummary>> createWalkLists(const Segment& segment, const WalkListOptions& options = {});
    Result<QList<ListSummary>> createWalkLists(const QList<StreetPick>& picks, const WalkListOptions& options = {});
    Result<QList<ListSummary>> createCallLists(const Segment& segment, const CallListOptions& options = {});
    // Lists of exactly these people (a list someone else computed, such as election day's
    // chase list), under the same rules: the active who may be visited / called and can be.
    // Call lists are named "Calls: <name>".
    Result<QList<ListSummary>> createWalkListsFor(const QList<qint64>& personIds,
                                                  const WalkListOptions& options = {});
    Result<QList<ListSummary>> createCallListsFor(const QString& name, const QList<CallListTarget>& people,
                                                  const CallListOptions& options = {});

    // Every list, oldest first, with its progress figures.
    Result<QList<ListSummary>> lists();
    // By code as typed (case, spaces and dashes ignored); "lists.missing" when none.
    Result<ListSummary> find(const QString& code);

    // Sets (or, with an empty name, clears) the volunteer. A list that is out or later
    // keeps a volunteer: clearing one is refused there.
    Status assign(qint64 listId, const QString& volunteer);
    // One step forward or one step back (new <-> out <-> returned <-> entered); setting the
    // current status is a no-op. Out needs a volunteer. Code "lists.status" otherwise.
    Status setStatus(qint64 listId, ListStatus status);
    static bool canMove(ListStatus from, ListStatus to);
    static QString statusName(ListStatus status);
    static std::optional<ListStatus> statusFromName(QStringView name);
    static QString kindName(ListKind kind);

    // Everything a walk sheet or call sheet prints, in order; ages at `today` (default:
    // the current date), which is also the header's date.
    Result<ListSheet> printableSheet(qint64 listId, QDate today = {});

private:
    Result<std::vector<WalkDoor>> readDoors(const QString& where, const QVariantList& binds);
    Result<QList<ListSummary>> writeWalkLists(std::vector<WalkDoor> doors, qint64 segmentId,
                                              const WalkListOptions& options);
    // `where` filters people p and their usable phones ph.
    Result<QList<ListSummary>> writeCallLists(const QString& name, qint64 segmentId, const QString& where,
                                              const QVariantList& binds, const CallListOptions& options);
    Result<ListSummary> summary(qint64 listId);
    Result<QString> uniqueCode();

    Database& m_db;
    std::unique_ptr<Repository> m_repo;
    QSet<QString> m_codes; // codes in use, loaded once per creation
};

} // namespace terrain
