#pragma once

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <memory>
#include <optional>
#include <utility>

namespace terrain {

class Database;
class Repository;

struct Election
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QDate date;
    int round = 1;
    QTime closes { 20, 0 }; // polls close (18:00 in small communes, 20:00 in cities)
    qint64 referenceId = 0; // an earlier election whose turnout through the day is the expected curve
};

// A bureau de vote: a district of kind "bureau".
struct Bureau
{
    qint64 id = 0;
    QString code;
    QString name;
    QString commune;
};

// A bureau as this election sees it.
struct BureauSettings
{
    qint64 districtId = 0;
    QString code;
    QString name;
    qint64 counted = 0; // active people of the bureau in the campaign
    std::optional<qint64> registeredOverride; // the official figure, when entered
    // Final turnout expected (0..1): this election's figure, else the bureau's own.
    std::optional<double> expectedTurnout;
    std::optional<double> expectedOverride; // this election's figure, when entered
    qint64 registered() const { return registeredOverride.value_or(counted); }
};

struct TurnoutReport
{
    qint64 id = 0;
    qint64 districtId = 0;
    QString bureauCode;
    QDateTime at;
    qint64 count = 0;
};

struct TurnoutImport
{
    int rows = 0;
    int added = 0;
    int updated = 0; // a bureau and time already reported: the figure replaced
};

// Procurations the campaign helps arrange, per voter.
enum class ProxyStatus {
    Needed, // the voter will be away and wants a proxy
    Requested, // the request is made (online or at the police station)
    Confirmed, // validated, and the proxy holder knows
    Cancelled,
};
QString proxyStatusName(ProxyStatus status); // "needed", "requested", "confirmed", "cancelled"
// Also takes "established" (confirmed), the word of the official form.
Result<ProxyStatus> proxyStatusFromName(QStringView name);
QString proxyStatusLabel(ProxyStatus status); // translated

struct Proxy
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 electionId = 0; // 0: every election of the campaign
    QString proxyName;
    ProxyStatus status = ProxyStatus::Needed;
    QString note;
    // The voter, for lists (proxies() fills them).
    QString personName; // "DUPONT Jean"
    QString bureauCode;
    std::optional<qint64> listNumber;
    std::optional<int> support;
    bool voted = false; // marked voted in the election asked about
};

// The bureau named by its code ("3"), or "COMMUNE/CODE" when several communes have one
// of that code (the commune by its code or name).
Result<Bureau> findBureau(Database& db, QStringView code);
Result<QList<Bureau>> allBureaux(Database& db);

// Elections, what each bureau is expected to do in them, the official turnout figures
// published during the day, and proxy votes. Every write goes through Repository (syncs).
class ElectionService final
{
public:
    explicit ElectionService(Database& db, QString author = {});
    ~ElectionService();
    ElectionService(const ElectionService&) = delete;
    ElectionService& operator=(const ElectionService&) = delete;

    Result<qint64> createElection(
        const QString& name, QDate date, int round, QTime closes = QTime(20, 0), qint64 referenceId = 0);
    Result<QList<Election>> elections() const; // by date, then round
    Result<Election> election(qint64 id) const;
    // By id, or by name (case and accents ignored; the latest when several share it).
    Result<Election> findElection(QStringView nameOrId) const;

    Result<BureauSettings> bureauSettings(qint64 electionId, qint64 districtId) const;
    // Every bureau (allBureaux() order), read in three queries: the settings grid's rows.
    Result<QList<BureauSettings>> allBureauSettings(qint64 electionId) const;
    Status setRegistered(qint64 electionId, qint64 districtId, std::optional<qint64> registered);
    Status setExpectedTurnout(qint64 electionId, qint64 districtId, std::optional<double> rate);

    // "HH:MM" (or "HHhMM", "HH h"), or "close" / "clôture" / "fermeture" for the closing time.
    static Result<QTime> parseReportTime(const Election& election, QStringView text);
    // Records the official count of voters at a time of the day (replacing the figure
    // already entered for that bureau and time). Returns the report's id.
    Result<qint64> recordTurnout(qint64 electionId, qint64 districtId, QTime time, qint64 count);
    // A CSV file of rows "bureau code, time, count" (header line optional, delimiter
    // sniffed). Every row is checked first: any error names the file, line and field and
    // nothing is written.
    Result<TurnoutImport> importTurnout(qint64 electionId, const QString& path);
    // Oldest first; districtId 0: every bureau.
    Result<QList<TurnoutReport>> turnoutReports(qint64 electionId, qint64 districtId = 0) const;

    // Creates or updates the voter's proxy for this election (0: every election).
    Result<qint64> setProxy(
        qint64 personId, qint64 electionId, const QString& proxyName, ProxyStatus status, const QString& note = {});
    // The proxies valid for this election (its own and the campaign-wide ones), by bureau
    // and numéro d'ordre, with the voter's name and whether they are marked voted.
    Result<QList<Proxy>> proxies(qint64 electionId) const;
    Status setProxyStatus(qint64 proxyId, ProxyStatus status);
    Status removeProxy(qint64 proxyId); // a tombstone: the removal syncs

private:
    Result<qint64> settingsRow(qint64 electionId, qint64 districtId);
    // The report's id, and whether it is new (else an earlier figure was replaced).
    Result<std::pair<qint64, bool>> writeTurnout(const Election& election, qint64 districtId, QTime time, qint64 count);

    Database& m_db;
    std::unique_ptr<Repository> m_repo;
};

} // namespace terrain
