#include "democampaign.h"

#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "storage/database.h"
#include "sync/repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QHash>

#include <array>
#include <optional>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::DemoCampaign", text);
}

struct Tags
{
    qint64 volunteer = 0;
    qint64 donor = 0;
    qint64 newsletter = 0;
};

Result<Tags> createTags(Repository& repo)
{
    Tags tags;
    const std::array<std::pair<QString, qint64*>, 3> names = {{{tr("Volunteer"), &tags.volunteer},
                                                              {tr("Donor"), &tags.donor},
                                                              {tr("Newsletter"), &tags.newsletter}}};
    for (const auto& [name, id] : names) {
        auto inserted = repo.insert("tags", {{QStringLiteral("name"), name}, {QStringLiteral("folded"), name.toLower()}});
        if (!inserted)
            return inserted.error();
        *id = *inserted;
    }
    return tags;
}

// What the first pass learned of a person that a door visit told us.
struct Learned
{
    qint64 person = 0;
    std::optional<int> support; // canvassed with this answer
    const char* result = nullptr; // else: refused, come back, not home said of the person
};

// The door-to-door history, written after the people: turfs of about 40 doors in walk order,
// most of them walked two or three times by different volunteers on different days (each
// later pass only knocks the doors nobody answered yet), a door every two to five minutes.
// A door where somebody was learned opens on each pass with some chance (a little more on the
// later, evening and weekend passes) and gives what was learned; the others are not home.
// Each pass thus reaches about the same share of what it knocks, whatever the number of
// passes: 15-30 % per volunteer, as in real campaigns. Two volunteers the quality check
// should flag: one whose doors nearly all "refused" (invented results) and one whose doors
// are entered seconds apart. Bulk-written (one range outbox row).
Status addDoorHistory(Database& db, Repository& repo, const DemoCampaignOptions& options, qint64 today,
                      const QHash<qint64, QList<Learned>>& learned)
{
    DemoRandom random = DemoRandom::forStream(options.seed, 78);
    constexpr qint64 Day = 86'400'000;
    constexpr int Doors = 40;
    const QStringList volunteers{QStringLiteral("Camille"), QStringLiteral("Karim"), QStringLiteral("Sophie"),
                                 QStringLiteral("Thomas"), QStringLiteral("Léa"), QStringLiteral("Julien"),
                                 QStringLiteral("Hugo"), QStringLiteral("Nadia")};
    const qsizetype inventor = 6; // Hugo: "refused" at nearly every door nobody opened
    const qsizetype hurried = 7;  // Nadia: doors entered seconds apart
    const std::array<int, 8> shares{18, 16, 15, 14, 12, 11, 7, 7};
    static constexpr std::array<int, 3> kOpens{380, 450, 500}; // per mille, by pass

    Statement doors = db.prepare("SELECT h.id, (SELECT min(p.id) FROM people p WHERE p.household_id = h.id"
                                 " AND p.deleted = 0) FROM households h JOIN addresses a ON a.id = h.address_id"
                                 " LEFT JOIN streets s ON s.id = a.street_id WHERE h.deleted = 0"
                                 " ORDER BY s.folded, a.lieu_dit, a.number, h.id");
    std::vector<std::pair<qint64, qint64>> households; // household, its first person
    while (doors.step()) {
        if (!doors.isNull(1))
            households.emplace_back(doors.int64(0), doors.int64(1));
    }
    if (doors.failed())
        return makeError(QStringLiteral("demo.history"), tr("Cannot write the campaign history."), doors.errorMessage());

    auto bulk = repo.bulkInsert("contact_attempts",
                                {QStringLiteral("person_id"), QStringLiteral("household_id"), QStringLiteral("channel"),
                                 QStringLiteral("result"), QStringLiteral("answers"), QStringLiteral("support"),
                                 QStringLiteral("volunteer"), QStringLiteral("at")});
    if (!bulk)
        return bulk.error();
    const auto add = [&](qint64 person, qint64 household, const char* result, std::optional<int> support,
                         const QString& volunteer, qint64 at) {
        QVariant answers;
        if (support)
            answers = QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("support"), *support}}).toJson(QJsonDocument::Compact));
        return (*bulk)->add({person > 0 ? QVariant(person) : QVariant(), household, QStringLiteral("door"),
                             QString::fromLatin1(result), answers, support ? QVariant(*support) : QVariant(),
                             volunteer, at});
    };

    for (size_t first = 0; first < households.size(); first += Doors) {
        const size_t last = std::min(households.size(), first + Doors);
        if (!random.chance(800))
            continue; // a turf nobody walked yet
        const int passes = random.between(1, 3);
        // Whether each door opened yet. A door with something learned that never opens: that
        // support level came from a call, a stall or a meeting instead.
        std::vector<char> opened(last - first, 0);
        const int firstDay = random.between(passes * 7, 58);
        qsizetype previous = -1;
        for (int pass = 1; pass <= passes; ++pass) {
            qsizetype who = static_cast<qsizetype>(random.weighted(shares));
            if (who == previous)
                who = (who + 1) % volunteers.size();
            previous = who;
            const QString& volunteer = volunteers[who];
            const qint64 day = today - qint64(firstDay - (pass - 1) * 7) * Day;
            static constexpr std::array<int, 3> starts{10, 14, 17};
            qint64 at = (day / Day) * Day + qint64(starts[random.below(3)]) * 3'600'000
                        + qint64(random.below(30)) * 60'000;
            for (size_t i = first; i < last; ++i) {
                if (opened[i - first])
                    continue; // answered on an earlier pass
                at += who == hurried ? qint64(random.between(4, 12)) * 1000 : qint64(random.between(100, 300)) * 1000;
                const auto& [household, firstPerson] = households[i];
                Result<qint64> written = qint64(0);
                if (learned.contains(household) && random.chance(kOpens[size_t(pass - 1)])) {
                    opened[i - first] = 1;
                    for (const Learned& l : learned.value(household)) {
                        written = add(l.person, household, l.support ? "canvassed" : l.result, l.support, volunteer,
                                      at);
                        if (!written)
                            return written.error();
                    }
                } else if (who == inventor && random.chance(700)) {
                    written = add(firstPerson, household, "refused", std::nullopt, volunteer, at);
                } else {
                    written = add(0, household, "not_home", std::nullopt, volunteer, at);
                }
                if (!written)
                    return written.error();
            }
        }
    }
    return (*bulk)->finish();
}

Status addHistory(Database& db, const DemoCampaignOptions& options, const std::atomic_bool* cancel,
                  const std::function<void(const QString&, int)>& progress)
{
    Repository repo(db, QStringLiteral("demo"));
    Database::Transaction tx(db);
    auto tags = createTags(repo);
    if (!tags)
        return tags.error();

    DemoRandom random = DemoRandom::forStream(options.seed, 77);
    // A fixed "today" keeps the demo identical from one run to the next.
    const qint64 today = QDateTime(QDate(2026, 3, 1), QTime(18, 0), Qt::UTC).toMSecsSinceEpoch();
    const std::array<int, 5> supportWeights{26, 24, 22, 16, 12};
    const std::array<const char*, 5> doorResults{"canvassed", "not_home", "refused", "come_back", "canvassed"};

    Statement people = db.prepare("SELECT id, household_id FROM people WHERE deleted = 0 ORDER BY id");
    std::vector<std::pair<qint64, qint64>> rows;
    while (people.step())
        rows.emplace_back(people.int64(0), people.int64(1));
    const qint64 total = static_cast<qint64>(rows.size());
    qint64 done = 0;
    // Who the door visits taught something, by household; their attempts come with the turfs.
    // (The draws below stay as they were, so that support levels, tags and consents do not move.)
    QHash<qint64, QList<Learned>> learned;
    for (const auto& [person, household] : rows) {
        if (cancel && cancel->load())
            return makeError(QStringLiteral("demo.cancelled"), tr("Cancelled."));
        if (progress && (++done % 500) == 0)
            progress(tr("Campaign history"), static_cast<int>(done * 100 / std::max<qint64>(1, total)));

        FieldValues changes;
        if (random.chance(300)) {
            const int support = random.weighted(supportWeights) + 1;
            changes.emplace_back(QStringLiteral("support"), support);
            random.between(1, 60);
            random.between(0, 36'000'000);
            random.below(4);
            if (household > 0)
                learned[household].append({person, support, nullptr});
        } else if (random.chance(80)) {
            const char* result = doorResults[random.below(quint32(doorResults.size() - 1)) + 1];
            random.below(4);
            random.between(1, 60);
            if (household > 0)
                learned[household].append({person, std::nullopt, result});
        }
        if (random.chance(30))
            changes.emplace_back(QStringLiteral("dnc_phone"), 1);
        if (random.chance(60)) {
            changes.emplace_back(QStringLiteral("consent_email_at"), today - qint64(random.between(1, 90)) * 86'400'000);
            changes.emplace_back(QStringLiteral("consent_email_source"), tr("Market stall sign-up sheet"));
        }
        if (!changes.empty()) {
            if (auto s = repo.update("people", person, changes); !s)
                return s.error();
        }
        for (const auto& [perMille, tag] : {std::pair{15, tags->volunteer}, std::pair{10, tags->donor},
                                            std::pair{40, tags->newsletter}}) {
            if (random.chance(perMille)) {
                auto s = repo.insert("person_tags", {{QStringLiteral("person_id"), person},
                                                     {QStringLiteral("tag_id"), tag},
                                                     {QStringLiteral("present"), 1}});
                if (!s)
                    return s.error();
            }
        }
    }
    if (Status s = addDoorHistory(db, repo, options, today, learned); !s)
        return s;
    return tx.commit();
}

} // namespace

Result<ImportReport> createDemoCampaign(Database& db, const DemoCampaignOptions& options,
                                        const std::function<void(const QString& step, int percent)>& progress,
                                        const std::atomic_bool* cancel)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(QStringLiteral("demo.tmp"), tr("Cannot create a temporary folder."), dir.errorString());
    DemoOptions fileOptions;
    fileOptions.voters = options.voters;
    fileOptions.bureaux = options.bureaux;
    fileOptions.seed = options.seed;
    fileOptions.campaignColumns = options.history;
    const QString path = dir.filePath(QStringLiteral("liste-electorale.csv"));
    auto file = writeDemoVoterFile(path, fileOptions, [&](qint64 rows) {
        if (progress)
            progress(tr("Generating the list"), static_cast<int>(rows * 100 / std::max(1, options.voters)));
        return !(cancel && cancel->load());
    });
    if (!file)
        return file.error();

    ImportRequest request;
    request.path = path;
    request.profile = QStringLiteral("fr-liste-electorale");
    request.author = QStringLiteral("demo");
    request.rejectsPath = dir.filePath(QStringLiteral("rejects.csv"));
    auto plan = planImport(db, request);
    if (!plan)
        return plan.error();
    Importer importer(db);
    importer.setCancelFlag(cancel);
    importer.setProgressHandler([&](const ImportProgress& p) {
        if (progress)
            progress(tr("Importing the list"), p.percent());
    });
    auto report = importer.run(*plan);
    if (!report)
        return report.error();
    if (options.history) {
        if (Status s = addHistory(db, options, cancel, progress); !s)
            return s.error();
    }
    // Named when shown (campaignName()), so the name follows the language of the moment.
    if (Status s = db.setMeta(QStringLiteral("demo_commune"), fileOptions.communeName); !s)
        return s.error();
    return report;
}

} // namespace terrain
