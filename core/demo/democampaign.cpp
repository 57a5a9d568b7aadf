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

#include <array>

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
    const QStringList volunteers{QStringLiteral("Camille"), QStringLiteral("Karim"), QStringLiteral("Sophie"),
                                 QStringLiteral("Thomas")};
    const std::array<int, 5> supportWeights{26, 24, 22, 16, 12};
    const std::array<const char*, 5> doorResults{"canvassed", "not_home", "refused", "come_back", "canvassed"};

    Statement people = db.prepare("SELECT id, household_id FROM people WHERE deleted = 0 ORDER BY id");
    std::vector<std::pair<qint64, qint64>> rows;
    while (people.step())
        rows.emplace_back(people.int64(0), people.int64(1));
    const qint64 total = static_cast<qint64>(rows.size());
    qint64 done = 0;
    for (const auto& [person, household] : rows) {
        if (cancel && cancel->load())
            return makeError(QStringLiteral("demo.cancelled"), tr("Cancelled."));
        if (progress && (++done % 500) == 0)
            progress(tr("Campaign history"), static_cast<int>(done * 100 / std::max<qint64>(1, total)));

        FieldValues changes;
        if (random.chance(300)) {
            const int support = random.weighted(supportWeights) + 1;
            changes.emplace_back(QStringLiteral("support"), support);
            // The door-to-door visit that told us.
            const qint64 at = today - qint64(random.between(1, 60)) * 86'400'000 - random.between(0, 36'000'000);
            const QJsonObject answers{{QStringLiteral("support"), support}};
            auto attempt = repo.insert(
                "contact_attempts",
                {{QStringLiteral("person_id"), person},
                 {QStringLiteral("household_id"), household > 0 ? QVariant(household) : QVariant()},
                 {QStringLiteral("channel"), QStringLiteral("door")},
                 {QStringLiteral("result"), QStringLiteral("canvassed")},
                 {QStringLiteral("answers"), QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact))},
                 {QStringLiteral("support"), support},
                 {QStringLiteral("volunteer"), volunteers[static_cast<qsizetype>(random.below(4))]},
                 {QStringLiteral("at"), at}});
            if (!attempt)
                return attempt.error();
        } else if (random.chance(80)) {
            const char* result = doorResults[random.below(quint32(doorResults.size() - 1)) + 1];
            auto attempt = repo.insert(
                "contact_attempts",
                {{QStringLiteral("person_id"), person},
                 {QStringLiteral("household_id"), household > 0 ? QVariant(household) : QVariant()},
                 {QStringLiteral("channel"), QStringLiteral("door")},
                 {QStringLiteral("result"), QString::fromLatin1(result)},
                 {QStringLiteral("volunteer"), volunteers[static_cast<qsizetype>(random.below(4))]},
                 {QStringLiteral("at"), today - qint64(random.between(1, 60)) * 86'400'000}});
            if (!attempt)
                return attempt.error();
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
