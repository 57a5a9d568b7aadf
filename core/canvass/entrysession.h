#pragma once

#include "canvass/contactservice.h"
#include "canvass/resultcodes.h"
#include "canvass/survey.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace terrain {

class Database;
class Repository;

struct EntryPerson
{
    qint64 personId = 0;
    QString name;
    std::optional<int> previousSupport;
    // What has been typed for this person.
    QString result; // a code id, or empty (answers alone mean canvassed)
    QJsonObject answers;
    int nextQuestion = 0; // index into EntrySession::digitQuestions()

    bool hasEntry() const { return !result.isEmpty() || !answers.isEmpty(); }
};

struct EntryDoor
{
    qint64 householdId = 0;
    QString address;
    QList<EntryPerson> people;
    bool visited = false; // Enter was pressed on it
    bool written = false; // its attempts are stored (then it is read-only)

    bool hasEntry() const;
};

struct EntryCounts
{
    int doors = 0;         // doors on the list
    int doorsEntered = 0;  // doors with at least one result
    int attempts = 0;      // attempts written by this session
    int peopleReached = 0; // people talked to (a "reached" result)
    int supporters = 0;    // support level 1 or 2 given
};

// Entering a returned paper walk list (or call sheet), keyboard only, door by door in the
// printed order. At the current person: a letter is a result code (its key), digits answer
// the survey's questions in order (0 skips one, "+" adds another option to a multiple-choice
// answer), Tab moves to the next person of the door, Enter to the next door, Backspace undoes
// the last key. A door-level result ("N" not home, "I" inaccessible) typed alone at a door is
// recorded once, for the whole door. Typical doors take two or three keys: "N⏎", "2⏎", "13⏎".
//
// Undo and the append-only history: nothing is written while it can still be undone. Typed
// doors stay in the session until they leave the undo window (the last undoDepth() doors
// entered) or until commit()/finish(); only then are their attempts recorded, in one
// transaction. So undo never has to delete or "compensate" a stored attempt, and what is
// stored is exactly what the sheet said. The price of the window: a crash loses at most the
// last few doors typed (the paper is still there); reopening the list resumes after the doors
// already stored, which are shown read-only.
class EntrySession final
{
public:
    struct Options
    {
        QString volunteer;     // who walked the list; default: the list's assignee
        qint64 walkedAt = 0;   // when (ms since the epoch); default: now
        bool reopen = false;   // accept a list already marked entered
        int undoDepth = 5;     // doors kept unwritten for undo
    };

    // Opens a list by its code, as typed or as a QR scanner types it (spaces, case and a
    // "prefix:" ignored). Walk lists take door codes, call lists phone codes.
    static Result<std::unique_ptr<EntrySession>> open(Database& db, Repository& repo, QStringView codeText,
                                                      const Options& options);
    static Result<std::unique_ptr<EntrySession>> open(Database& db, Repository& repo, QStringView codeText)
    {
        return open(db, repo, codeText, Options{});
    }
    ~EntrySession();
    EntrySession(const EntrySession&) = delete;
    EntrySession& operator=(const EntrySession&) = delete;

    qint64 listId() const { return m_listId; }
    QString listCode() const { return m_listCode; }
    QString listName() const { return m_listName; }
    QString channel() const { return m_channel; }
    const QList<EntryDoor>& doors() const { return m_doors; }
    const Survey& survey() const { return m_survey; }
    // The questions digits answer, in order (the free-text ones are left out).
    const QList<Question>& digitQuestions() const { return m_digitQuestions; }
    QList<ResultCode> codes() const;

    int currentDoor() const { return m_door; } // == doors().size() once past the last door
    int currentPerson() const { return m_person; }
    bool atEnd() const { return m_door >= m_doors.size(); }

    // One key: a letter, a digit, '+', '\t' (next person), '\n' or '\r' (Enter), '\b' (undo).
    // A refused key changes nothing and says why.
    Status key(QChar key);
    // Several keys; stops at the first refused one.
    Status keys(QStringView keys);
    Status enter();
    Status nextPerson();
    Status undo();
    // Undo steps held: undo() until undoSteps() is back to an earlier value takes back
    // exactly what was done since (the entry file's rows when one is refused).
    std::size_t undoSteps() const { return m_undo.size(); }
    // Doors kept unwritten for undo (the window); a larger one holds a whole file's rows.
    int undoDepth() const { return m_undoDepth; }
    void setUndoDepth(int depth) { m_undoDepth = depth; }
    // Moves the cursor (bulk entry from a file, or a click in the grid).
    Status goTo(int door, int person = 0);
    // Keys typed so far, refused ones excluded.
    int keystrokes() const { return m_keystrokes; }
    int pendingDoors() const;

    // Writes every typed door not yet stored, in one transaction.
    Status commit();
    // Commits, marks the list entered, and returns its counts, in one transaction.
    Result<EntryCounts> finish();

private:
    EntrySession(Database& db, Repository& repo);
    Status load(QStringView codeText, const Options& options);
    Status typeResult(QChar letter);
    Status typeDigit(int digit);
    Status writeDoor(int index);
    Status flushWindow();
    void pushUndo();

    struct UndoStep
    {
        int door;
        int person;
        EntryDoor before;
        int keystrokes;
    };

    Database& m_db;
    Repository& m_repo;
    std::unique_ptr<ContactService> m_contacts;
    ResultCodes m_codes;
    Survey m_survey;
    QList<Question> m_digitQuestions;
    QList<EntryDoor> m_doors;
    std::vector<UndoStep> m_undo;
    std::vector<int> m_visitedOrder; // doors entered (Enter), oldest first, not yet written
    qint64 m_listId = 0;
    QString m_listCode;
    QString m_listName;
    QString m_channel;
    QString m_volunteer;
    qint64 m_walkedAt = 0;
    int m_undoDepth = 5;
    int m_door = 0;
    int m_person = 0;
    int m_keystrokes = 0;
    bool m_plus = false;
    EntryCounts m_counts;
};

} // namespace terrain
