#pragma once

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class QVariant;

namespace terrain {

class Database;

// What a node of the district tree adds up to. Every figure counts the node's active
// voters only (people not deleted, status "active"), so that support[0..5] adds up to
// `voters` and peopleOf() returns exactly `voters` ids.
struct DistrictFigures
{
    qint64 voters = 0;    // active people
    qint64 doors = 0;     // households with at least one of those people
    qint64 withPhone = 0; // people with a usable phone (not flagged bad, not deleted)
    // People reached: with at least one attempt on the person (any channel) whose result code
    // is flagged "reached" (TERRAIN_SQL_REACHED: canvassed, refused, hostile, answered...).
    // "not_home", "no_answer", "come_back"... do not count, nor do attempts recorded on a
    // household without a person (they reached no one in particular).
    qint64 reached = 0;
    std::array<qint64, 6> support{}; // [0] unknown, [1] strong support ... [5] strong against
    // The latest door-to-door attempt (ms since the epoch, 0 when none) on one of the
    // people, or on the household of one of them when recorded without a person.
    qint64 lastCanvass = 0;

    qint64 supporters() const { return support[1] + support[2]; }
    void add(const DistrictFigures& other);
    bool operator==(const DistrictFigures&) const = default;
};

enum class NodeKind { Commune, Bureau, Street, Door };

// One node of the map-free tree: commune > bureau > street (or lieu-dit) > door. A node
// is a value: it names what it covers, so children() and peopleOf() can be asked later.
struct DistrictNode
{
    NodeKind kind = NodeKind::Commune;
    // Commune, Bureau: the district id (0 for the "No bureau" node gathering the people
    // listed in the commune without a bureau). Street: the street id (0 for a lieu-dit
    // without street, and for the "No street" node). Door: the household id.
    qint64 id = 0;
    qint64 communeId = 0; // every node: its commune
    // Bureau and below: the district the node's people vote in (a bureau, or the commune
    // itself under "No bureau"). A street spanning two bureaux is two nodes, one per bureau.
    qint64 bureauId = 0;
    qint64 streetId = 0; // Door: its street (0 on a lieu-dit or with no street)
    QString lieuDit;     // Street with id 0, and its doors: the lieu-dit (empty for "No street")
    QString label;       // "Saint-Aubin", "1 - Mairie", "Rue de la Paix", "12 bis, Bât A, Apt 31"
    DistrictFigures figures;
    bool hasChildren = false; // doors have none: their people come from peopleOf()

    bool operator==(const DistrictNode&) const = default;
};

// A district as stored, for the editing form.
struct DistrictDetails
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString kind; // "commune", "bureau"
    QString code;
    QString name;
    QString pollingPlace;
    std::optional<double> expectedTurnout;
};

// The campaign seen as a tree instead of a map, with its figures at every level. People
// are never loaded: a bureau and what is under it are counted by SQL aggregates (GROUP BY);
// the whole campaign (communes and bureaux, a million people) by one ordered scan of a
// covering index per table, counted as the rows stream past, because any join or GROUP
// BY across people and phones or attempts costs SQLite one B-tree search per row.
//
// Where people are: a voter is in the bureau of people.district_id (the list's own
// bureau), and on the street of the address of their household. So a street appears
// under each bureau it has voters in, with only those voters; people listed without a
// bureau appear under a "No bureau" node, people without a street or lieu-dit under a
// "No street" node (people with no address at all have no door there). Sums hold: a
// parent's figures add up its children's (lastCanvass: the latest of them), except that
// doors count households, so people with no address count in a street's voters but in
// none of its doors. A household split across two bureaux (a data oddity) counts as a
// door in each.
class DistrictTree final
{
public:
    explicit DistrictTree(Database& db, QString author = {});

    // Every commune, by name, with its figures. Also reads the figures of every bureau in
    // the same pass, which children() of a commune then returns: one refresh = communes()
    // and the children of each commune.
    QList<DistrictNode> communes();
    // Commune: its bureaux by code (1, 2, 10), then "No bureau" when needed. Bureau: its
    // streets and lieux-dits by name, then "No street". Street: its doors, odd numbers then
    // even numbers then no number, by number, suffix (12 < 12 bis < 12 ter < 12 A < 14),
    // building, staircase and unit in natural order (Apt 2 < Apt 10). Door: none.
    QList<DistrictNode> children(const DistrictNode& node);
    // The ids of the node's active people (exactly figures.voters of them), in walk order
    // for a door, street or bureau (door order, then name), by name otherwise.
    QList<qint64> peopleOf(const DistrictNode& node);

    Result<DistrictDetails> details(qint64 districtId);
    // Edits through the single write path (outbox, clocks); a validation error (code
    // "districts.*") leaves the row untouched. Text is trimmed; a name is 1-120 characters
    // with inner spaces collapsed, a polling place at most 300.
    Status renameDistrict(qint64 districtId, const QString& name);
    Status setPollingPlace(qint64 districtId, const QString& text); // bureaux only; empty clears it
    Status setExpectedTurnout(qint64 districtId, std::optional<double> turnout); // 0-1; nullopt clears it

private:
    Status refreshDistrictFigures();
    QList<DistrictNode> bureauxOf(const DistrictNode& commune);
    QList<DistrictNode> streetsOf(const DistrictNode& bureau);
    QList<DistrictNode> doorsOf(const DistrictNode& street);
    Status write(qint64 districtId, const char* field, const QVariant& value);

    Database& m_db;
    QString m_author;
    QHash<qint64, DistrictFigures> m_districtFigures; // by people.district_id, from the last communes()
    bool m_haveDistrictFigures = false;
};

} // namespace terrain
