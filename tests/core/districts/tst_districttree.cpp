#include "districts/districttree.h"
#include "importing/importer.h"
#include "storage/database.h"
#include "sync/repository.h"

#include "testsupport.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace terrain;

namespace {

// Times of the hand-made contact attempts, in order.
constexpr qint64 T1 = 1'770'000'000'000;
constexpr qint64 T2 = T1 + 3'600'000;
constexpr qint64 T3 = T2 + 3'600'000;
constexpr qint64 T4 = T3 + 3'600'000;
constexpr qint64 T5 = T4 + 3'600'000;
constexpr qint64 T6 = T5 + 3'600'000;

void importList(Database& db, const QString& path, const QString& dir)
{
    ImportRequest request;
    request.path = path;
    request.rejectsPath = dir + QStringLiteral("/rejects.csv");
    auto plan = planImport(db, request);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    auto report = Importer(db).run(*plan);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
}

qint64 personId(Database& db, const char* lastName, const char* firstNames)
{
    Statement st = db.prepare("SELECT id FROM people WHERE last_name = ? AND first_names = ?");
    st.bind(1, QString::fromUtf8(lastName)).bind(2, QString::fromUtf8(firstNames));
    return st.step() ? st.int64(0) : -1;
}

qint64 householdOf(Database& db, qint64 person)
{
    Statement st = db.prepare("SELECT household_id FROM people WHERE id = ?");
    st.bind(1, person);
    return st.step() ? st.int64(0) : -1;
}

QStringList labels(const QList<DistrictNode>& nodes)
{
    QStringList out;
    for (const DistrictNode& node : nodes)
        out << node.label;
    return out;
}

DistrictNode byLabel(const QList<DistrictNode>& nodes, const QString& label)
{
    for (const DistrictNode& node : nodes) {
        if (node.label == label)
            return node;
    }
    qWarning("no node %s among %s", qPrintable(label), qPrintable(labels(nodes).join(u'|')));
    return {};
}

DistrictFigures figures(qint64 voters, qint64 doors, qint64 withPhone, qint64 reached, std::array<qint64, 6> support,
                        qint64 lastCanvass)
{
    DistrictFigures f;
    f.voters = voters;
    f.doors = doors;
    f.withPhone = withPhone;
    f.reached = reached;
    f.support = support;
    f.lastCanvass = lastCanvass;
    return f;
}

QString describe(const DistrictFigures& f)
{
    return QStringLiteral("voters %1 doors %2 phone %3 reached %4 support %5/%6/%7/%8/%9/%10 last %11")
        .arg(f.voters)
        .arg(f.doors)
        .arg(f.withPhone)
        .arg(f.reached)
        .arg(f.support[0])
        .arg(f.support[1])
        .arg(f.support[2])
        .arg(f.support[3])
        .arg(f.support[4])
        .arg(f.support[5])
        .arg(f.lastCanvass);
}

#define COMPARE_FIGURES(actual, expected) QCOMPARE(describe(actual), describe(expected))

// The figures of a set of people, computed the slow and obvious way, person by person.
DistrictFigures bruteForce(Database& db, const QList<qint64>& people)
{
    DistrictFigures f;
    QSet<qint64> households;
    for (qint64 id : people) {
        Statement p = db.prepare("SELECT household_id, support FROM people WHERE id = ? AND deleted = 0"
                                 " AND status = 'active'");
        p.bind(1, id);
        if (!p.step())
            continue;
        ++f.voters;
        const qint64 household = p.isNull(0) ? 0 : p.int64(0);
        if (household > 0)
            households.insert(household);
        ++f.support[p.isNull(1) ? 0 : static_cast<size_t>(p.int64(1))];
        Statement phone = db.prepare("SELECT count(*) FROM phones WHERE person_id = ? AND deleted = 0 AND bad = 0");
        phone.bind(1, id);
        if (phone.step() && phone.int64(0) > 0)
            ++f.withPhone;
        Statement reached = db.prepare("SELECT count(*) FROM contact_attempts WHERE person_id = ? AND deleted = 0"
                                       " AND result IN ('canvassed', 'answered', 'refused')");
        reached.bind(1, id);
        if (reached.step() && reached.int64(0) > 0)
            ++f.reached;
        Statement door = db.prepare("SELECT coalesce(max(at), 0) FROM contact_attempts WHERE deleted = 0"
                                    " AND channel = 'door'"
                                    " AND (person_id = ? OR (person_id IS NULL AND household_id = ?))");
        door.bind(1, id).bind(2, household);
        if (door.step())
            f.lastCanvass = std::max(f.lastCanvass, door.int64(0));
    }
    f.doors = households.size();
    return f;
}

// Every node under `node`: figures as counted by hand from its people, exactly as many
// people as voters, children adding up to the parent and sharing out its people.
void checkSubtree(DistrictTree& tree, Database& db, const DistrictNode& node, int* nodesSeen)
{
    ++*nodesSeen;
    const QList<qint64> people = tree.peopleOf(node);
    QCOMPARE(people.size(), node.figures.voters);
    COMPARE_FIGURES(node.figures, bruteForce(db, people));

    const QList<DistrictNode> children = tree.children(node);
    QCOMPARE(node.hasChildren, !children.isEmpty());
    if (children.isEmpty())
        return;
    DistrictFigures sum;
    QSet<qint64> childPeople;
    for (const DistrictNode& child : children) {
        QCOMPARE(child.communeId, node.communeId);
        sum.add(child.figures);
        for (qint64 id : tree.peopleOf(child)) {
            QVERIFY2(!childPeople.contains(id), "a person under two children");
            childPeople.insert(id);
        }
        checkSubtree(tree, db, child, nodesSeen);
    }
    const QSet<qint64> own(people.begin(), people.end());
    if (node.kind == NodeKind::Street) {
        // Doors hold the street's people who have a household.
        QVERIFY(childPeople.subtract(own).isEmpty());
        QCOMPARE(sum.doors, node.figures.doors);
    } else {
        QCOMPARE(childPeople, own);
        COMPARE_FIGURES(sum, node.figures);
    }
}

} // namespace

class TestDistrictTree : public QObject
{
    Q_OBJECT

private:
    // tests/data/districts/bureaux.csv (three bureaux, Rue de la Paix in two of them) and
    // what a campaign under way adds: support levels, phones, attempts, edits.
    struct Campaign
    {
        test::TempCampaign campaign;
        qint64 commune = 0;
        qint64 bureau1 = 0;
        qint64 bureau2 = 0;
        qint64 bureau10 = 0;
        qint64 rueDeLaPaix = 0;
    };

    static void fill(Campaign& c)
    {
        Database& db = c.campaign.db();
        importList(db, test::testDataPath(QStringLiteral("districts/bureaux.csv")), c.campaign.dir());
        c.commune = test::count(db, "SELECT id FROM districts WHERE kind = 'commune'");
        c.bureau1 = test::count(db, "SELECT id FROM districts WHERE kind = 'bureau' AND code = '1'");
        c.bureau2 = test::count(db, "SELECT id FROM districts WHERE kind = 'bureau' AND code = '2'");
        c.bureau10 = test::count(db, "SELECT id FROM districts WHERE kind = 'bureau' AND code = '10'");
        c.rueDeLaPaix = test::count(db, "SELECT id FROM streets WHERE folded = 'rue de la paix'");

        Repository repo(db, QStringLiteral("test"));
        const auto person = [&](const char* last, const char* first) {
            const qint64 id = personId(db, last, first);
            if (id < 0)
                qFatal("no person %s %s", last, first);
            return id;
        };
        const auto must = [](const auto& result) {
            if (!result)
                qFatal("write failed: %s", qPrintable(result.error().toString()));
        };
        const qint64 arnaud = person("ARNAUD", "Alice");
        const qint64 blanc = person("BLANC", "Bruno");
        const qint64 caron = person("CARON", "Claire");
        const qint64 david = person("DENIS", "David");
        const qint64 evrard = person("EVRARD", "Émile");
        const qint64 karl = person("KLEIN", "Karl");
        const qint64 katia = person("KLEIN", "Katia");
        const qint64 luc = person("LAMBERT", "Luc");
        const qint64 marie = person("MARCHAND", "Marie");
        const qint64 nina = person("NOEL", "Nina");

        for (const auto& [id, level] :
             {std::pair{arnaud, 1}, std::pair{blanc, 2}, std::pair{karl, 5}, std::pair{luc, 3}, std::pair{nina, 4}})
            must(repo.update("people", id, {{QStringLiteral("support"), level}}));

        const auto phone = [&](qint64 id, const char* raw, int bad) {
            return repo.insert("phones", {{QStringLiteral("person_id"), id},
                                          {QStringLiteral("raw"), QString::fromLatin1(raw)},
                                          {QStringLiteral("type"), QStringLiteral("mobile")},
                                          {QStringLiteral("bad"), bad}});
        };
        must(phone(arnaud, "0601020304", 0));
        must(phone(blanc, "0601020305", 0));
        must(phone(blanc, "0241000000", 0)); // two phones, one person
        must(phone(caron, "0601020306", 1)); // flagged bad: unusable
        auto removed = phone(david, "0601020307", 0);
        must(removed);
        must(repo.remove("phones", *removed)); // deleted: unusable
        must(phone(katia, "0601020308", 0));
        must(phone(marie, "0601020309", 0));

        const auto attempt = [&](qint64 id, qint64 household, const char* channel, const char* result, qint64 at) {
            FieldValues values{{QStringLiteral("household_id"), household},
                               {QStringLiteral("channel"), QString::fromLatin1(channel)},
                               {QStringLiteral("result"), QString::fromLatin1(result)},
                               {QStringLiteral("at"), at}};
            if (id > 0)
                values.emplace_back(QStringLiteral("person_id"), id);
            must(repo.insert("contact_attempts", values));
        };
        attempt(arnaud, householdOf(db, arnaud), "door", "canvassed", T1);
        attempt(caron, householdOf(db, caron), "door", "not_home", T2);
        attempt(0, householdOf(db, david), "door", "not_home", T3); // the household, no one in particular
        attempt(karl, householdOf(db, karl), "door", "refused", T4);
        attempt(blanc, householdOf(db, blanc), "phone", "answered", T5);
        attempt(evrard, householdOf(db, evrard), "sms", "no_answer", T6);

        // No longer counted: someone who left the list, someone deleted.
        must(repo.update("people", person("OLIVIER", "Omar"), {{QStringLiteral("status"), QStringLiteral("left")}}));
        must(repo.remove("people", person("IMBERT", "Igor")));
        // People the campaign met, without address: one in bureau 1, one listed in the
        // commune without bureau.
        const auto met = [&](qint64 district, const char* last, const char* first) {
            const QString lastName = QString::fromUtf8(last);
            const QString firstNames = QString::fromUtf8(first);
            must(repo.insert("people", {{QStringLiteral("district_id"), district},
                                        {QStringLiteral("last_name"), lastName},
                                        {QStringLiteral("first_names"), firstNames},
                                        {QStringLiteral("folded_name"), (lastName + u' ' + firstNames).toLower()},
                                        {QStringLiteral("created_at"), T1}}));
        };
        met(c.bureau1, "JOLY", "Julie");
        met(c.commune, "PERRIN", "Paul");
    }

private Q_SLOTS:
    void importedListHasItsTree()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        importList(db, test::testDataPath(QStringLiteral("import/liste-v1.csv")), campaign.dir());
        DistrictTree tree(db);

        const QList<DistrictNode> communes = tree.communes();
        QCOMPARE(labels(communes), QStringList{QStringLiteral("Saint-Aubin")});
        const DistrictNode commune = communes.first();
        QCOMPARE(commune.kind, NodeKind::Commune);
        COMPARE_FIGURES(commune.figures, figures(7, 5, 0, 0, {7, 0, 0, 0, 0, 0}, 0));

        const QList<DistrictNode> bureaux = tree.children(commune);
        QCOMPARE(labels(bureaux),
                 (QStringList{QStringLiteral("1 - Mairie"), QStringLiteral("2 - École Jules Ferry")}));
        COMPARE_FIGURES(bureaux[0].figures, figures(5, 3, 0, 0, {5, 0, 0, 0, 0, 0}, 0));
        COMPARE_FIGURES(bureaux[1].figures, figures(2, 2, 0, 0, {2, 0, 0, 0, 0, 0}, 0));

        const QList<DistrictNode> streets1 = tree.children(bureaux[0]);
        QCOMPARE(labels(streets1), (QStringList{QStringLiteral("Avenue FOCH"), QStringLiteral("Rue DE LA PAIX")}));
        // A lieu-dit without street stands as a street.
        const QList<DistrictNode> streets2 = tree.children(bureaux[1]);
        QCOMPARE(labels(streets2), (QStringList{QStringLiteral("Impasse DES LILAS"), QStringLiteral("Le Bourg")}));
        QCOMPARE(streets2[1].id, 0);
        QCOMPARE(streets2[1].lieuDit, QStringLiteral("Le Bourg"));
        QCOMPARE(streets2[1].figures.voters, 1);
        QCOMPARE(labels(tree.children(streets2[1])), QStringList{QStringLiteral("No number")});
        QCOMPARE(tree.peopleOf(streets2[1]), QList<qint64>{personId(db, "LEFÈVRE", "Anne")});

        // 12 bis Bât A: two addresses (with and without staircase), the one with three people.
        const QList<DistrictNode> doors = tree.children(streets1[1]);
        QCOMPARE(labels(doors), (QStringList{QStringLiteral("12 bis, Bldg A, Apt 12"),
                                             QStringLiteral("12 bis, Bldg A, Stair 2, Apt 31")}));
        COMPARE_FIGURES(doors[1].figures, figures(3, 1, 0, 0, {3, 0, 0, 0, 0, 0}, 0));
        QCOMPARE(doors[1].hasChildren, false);
        QCOMPARE(tree.children(doors[1]), QList<DistrictNode>());
        // Walk order inside a door: by name as used (MARTIN is DUPONT by marriage).
        QCOMPARE(tree.peopleOf(doors[1]),
                 (QList<qint64>{personId(db, "MARTIN", "Élodie Marie"), personId(db, "DUPONT", "Hugo"),
                                personId(db, "DUPONT", "Jean")}));

        int nodes = 0;
        checkSubtree(tree, db, commune, &nodes);
        QCOMPARE(nodes, 1 + 2 + 4 + 5);
    }

    void figuresAtEveryLevel()
    {
        Campaign c;
        fill(c);
        Database& db = c.campaign.db();
        DistrictTree tree(db);

        const QList<DistrictNode> communes = tree.communes();
        QCOMPARE(communes.size(), 1);
        const DistrictNode commune = communes.first();
        QCOMPARE(commune.id, c.commune);
        // 17 active voters: 10 + 5 + 1 in bureaux 1, 2 and 10, 1 without bureau; 12 doors.
        COMPARE_FIGURES(commune.figures, figures(17, 12, 4, 3, {12, 1, 1, 1, 1, 1}, T4));

        // Bureaux in natural order of their codes, then the people with no bureau.
        const QList<DistrictNode> bureaux = tree.children(commune);
        QCOMPARE(labels(bureaux), (QStringList{QStringLiteral("1 - Mairie"), QStringLiteral("2 - École Jules Ferry"),
                                               QStringLiteral("10 - Gymnase"), QStringLiteral("No bureau")}));
        QCOMPARE(bureaux[0].id, c.bureau1);
        QCOMPARE(bureaux[0].bureauId, c.bureau1);
        // Bureau 1: ARNAUD (door T1, reached), BLANC (phone answered, reached), CARON (door
        // not home at T2), the DENIS household (door not home at T3, on the household).
        COMPARE_FIGURES(bureaux[0].figures, figures(10, 8, 2, 2, {8, 1, 1, 0, 0, 0}, T3));
        COMPARE_FIGURES(bureaux[1].figures, figures(5, 3, 2, 1, {3, 0, 0, 1, 0, 1}, T4));
        COMPARE_FIGURES(bureaux[2].figures, figures(1, 1, 0, 0, {0, 0, 0, 0, 1, 0}, 0));
        QCOMPARE(bureaux[3].id, 0);
        QCOMPARE(bureaux[3].bureauId, c.commune);
        COMPARE_FIGURES(bureaux[3].figures, figures(1, 0, 0, 0, {1, 0, 0, 0, 0, 0}, 0));
        QCOMPARE(tree.peopleOf(bureaux[3]), QList<qint64>{personId(db, "PERRIN", "Paul")});

        // Avenue Foch lost its only voter (deleted): gone. JOLY has no address.
        const QList<DistrictNode> streets1 = tree.children(bureaux[0]);
        QCOMPARE(labels(streets1), (QStringList{QStringLiteral("Rue DE LA PAIX"), QStringLiteral("No street")}));
        COMPARE_FIGURES(streets1[0].figures, figures(9, 8, 2, 2, {7, 1, 1, 0, 0, 0}, T3));
        COMPARE_FIGURES(streets1[1].figures, figures(1, 0, 0, 0, {1, 0, 0, 0, 0, 0}, 0));
        QVERIFY(!streets1[1].hasChildren);
        QCOMPARE(tree.peopleOf(streets1[1]), QList<qint64>{personId(db, "JOLY", "Julie")});

        // The same street under bureau 2, with only its part there; and a lieu-dit.
        const QList<DistrictNode> streets2 = tree.children(bureaux[1]);
        QCOMPARE(labels(streets2), (QStringList{QStringLiteral("Les Granges"), QStringLiteral("Rue DE LA PAIX")}));
        QCOMPARE(streets1[0].id, c.rueDeLaPaix);
        QCOMPARE(streets2[1].id, c.rueDeLaPaix);
        QCOMPARE(streets2[1].bureauId, c.bureau2);
        COMPARE_FIGURES(streets2[1].figures, figures(3, 2, 1, 1, {1, 0, 0, 1, 0, 1}, T4));
        QCOMPARE(labels(tree.children(streets2[1])), (QStringList{QStringLiteral("41"), QStringLiteral("40")}));
        COMPARE_FIGURES(streets2[0].figures, figures(2, 1, 1, 0, {2, 0, 0, 0, 0, 0}, 0));

        // The DENIS door: last canvassed through its household.
        const QList<DistrictNode> doors = tree.children(streets1[0]);
        const DistrictNode denis = byLabel(doors, QStringLiteral("12, Apt 10"));
        COMPARE_FIGURES(denis.figures, figures(2, 1, 0, 0, {2, 0, 0, 0, 0, 0}, T3));
        QCOMPARE(denis.streetId, c.rueDeLaPaix);
        QCOMPARE(tree.peopleOf(denis), (QList<qint64>{personId(db, "DENIS", "David"), personId(db, "DENIS", "Diane")}));
        // BLANC: two phones count once; a phone call reaches but is no canvass.
        COMPARE_FIGURES(byLabel(doors, QStringLiteral("12 ter")).figures, figures(1, 1, 1, 1, {0, 0, 1, 0, 0, 0}, 0));
        // CARON: a bad phone is no phone; "not home" is no reach.
        COMPARE_FIGURES(byLabel(doors, QStringLiteral("12 bis")).figures, figures(1, 1, 0, 0, {1, 0, 0, 0, 0, 0}, T2));

        int nodes = 0;
        checkSubtree(tree, db, commune, &nodes);
        // 1 commune, 4 bureaux, 2 + 2 + 1 + 1 streets, 8 + 1 + 2 + 1 doors.
        QCOMPARE(nodes, 1 + 4 + 6 + 12);
    }

    void doorsInWalkOrder()
    {
        Campaign c;
        fill(c);
        Database& db = c.campaign.db();
        DistrictTree tree(db);
        const DistrictNode commune = tree.communes().first();
        const DistrictNode bureau = tree.children(commune).first();
        const DistrictNode street = tree.children(bureau).first();
        QCOMPARE(street.label, QStringLiteral("Rue DE LA PAIX"));

        // Odd side first, then even; 12 < 12 bis < 12 ter < 14; Apt 2 < Apt 10; Bât A < Bât B.
        const QList<DistrictNode> doors = tree.children(street);
        QCOMPARE(labels(doors),
                 (QStringList{QStringLiteral("1, Bldg A"), QStringLiteral("1, Bldg B"), QStringLiteral("3"),
                              QStringLiteral("12, Apt 2"), QStringLiteral("12, Apt 10"), QStringLiteral("12 bis"),
                              QStringLiteral("12 ter"), QStringLiteral("14")}));
        for (const DistrictNode& door : doors) {
            QCOMPARE(door.kind, NodeKind::Door);
            QCOMPARE(door.bureauId, c.bureau1);
            QVERIFY(door.id > 0);
        }

        // A street's and a bureau's people in walk order: door by door, then by name.
        const QList<qint64> walk{personId(db, "HUBERT", "Hélène"), personId(db, "GIRARD", "Gilles"),
                                 personId(db, "FABRE", "Fanny"),   personId(db, "EVRARD", "Émile"),
                                 personId(db, "DENIS", "David"),   personId(db, "DENIS", "Diane"),
                                 personId(db, "CARON", "Claire"),  personId(db, "BLANC", "Bruno"),
                                 personId(db, "ARNAUD", "Alice")};
        QCOMPARE(tree.peopleOf(street), walk);
        QCOMPARE(tree.peopleOf(bureau), walk + QList<qint64>{personId(db, "JOLY", "Julie")});
        // A commune's people by name.
        const QList<qint64> all = tree.peopleOf(commune);
        QCOMPARE(all.size(), 17);
        QCOMPARE(all.first(), personId(db, "ARNAUD", "Alice"));
        QCOMPARE(all.last(), personId(db, "PERRIN", "Paul"));
    }

    void figuresFollowChanges()
    {
        Campaign c;
        fill(c);
        Database& db = c.campaign.db();
        DistrictTree tree(db);
        Repository repo(db, QStringLiteral("test"));
        const qint64 fanny = personId(db, "FABRE", "Fanny");
        QVERIFY(repo.update("people", fanny, {{QStringLiteral("support"), 1}}));
        QVERIFY(repo.insert("contact_attempts", {{QStringLiteral("person_id"), fanny},
                                                 {QStringLiteral("household_id"), householdOf(db, fanny)},
                                                 {QStringLiteral("channel"), QStringLiteral("door")},
                                                 {QStringLiteral("result"), QStringLiteral("canvassed")},
                                                 {QStringLiteral("at"), T6}}));
        const DistrictNode bureau = tree.children(tree.communes().first()).first();
        COMPARE_FIGURES(bureau.figures, figures(10, 8, 2, 3, {7, 2, 1, 0, 0, 0}, T6));
        const DistrictNode door = byLabel(tree.children(tree.children(bureau).first()), QStringLiteral("3"));
        COMPARE_FIGURES(door.figures, figures(1, 1, 0, 1, {0, 1, 0, 0, 0, 0}, T6));
    }

    void editsAreWrittenAndSynced()
    {
        Campaign c;
        fill(c);
        Database& db = c.campaign.db();
        DistrictTree tree(db, QStringLiteral("coordinator"));
        const auto lastOutbox = [&](qint64 district) {
            Statement st = db.prepare("SELECT o.fields FROM outbox o JOIN districts d ON d.uuid = o.row_uuid"
                                      " WHERE o.tbl = 'districts' AND d.id = ? ORDER BY o.counter DESC LIMIT 1");
            st.bind(1, district);
            return st.step() ? st.text(0) : QString();
        };
        const qint64 outboxBefore = test::count(db, "SELECT count(*) FROM outbox");

        QVERIFY(tree.renameDistrict(c.bureau1, QStringLiteral("  Mairie   annexe ")));
        QCOMPARE(lastOutbox(c.bureau1), QStringLiteral("name"));
        QVERIFY(tree.setPollingPlace(c.bureau1, QStringLiteral(" Salle du conseil, 1 place de la Mairie ")));
        QCOMPARE(lastOutbox(c.bureau1), QStringLiteral("polling_place"));
        QVERIFY(tree.setExpectedTurnout(c.bureau1, 0.62));
        QCOMPARE(lastOutbox(c.bureau1), QStringLiteral("expected_turnout"));
        QVERIFY(tree.renameDistrict(c.commune, QStringLiteral("Saint-Aubin-sur-Loire")));
        QCOMPARE(test::count(db, "SELECT count(*) FROM outbox"), outboxBefore + 4);

        // Refused, and nothing written.
        const auto refused = [](const Status& s) { return s ? QString() : s.error().code; };
        QCOMPARE(refused(tree.renameDistrict(c.bureau1, QStringLiteral("   "))),
                 QStringLiteral("districts.name.empty"));
        QCOMPARE(refused(tree.renameDistrict(c.bureau1, QString(121, u'x'))), QStringLiteral("districts.name.long"));
        QCOMPARE(refused(tree.renameDistrict(99999, QStringLiteral("Nowhere"))), QStringLiteral("districts.missing"));
        QCOMPARE(refused(tree.setPollingPlace(c.commune, QStringLiteral("Town hall"))),
                 QStringLiteral("districts.notBureau"));
        QCOMPARE(refused(tree.setPollingPlace(c.bureau1, QString(301, u'x'))), QStringLiteral("districts.place.long"));
        QCOMPARE(refused(tree.setExpectedTurnout(c.bureau1, 1.5)), QStringLiteral("districts.turnout.range"));
        QCOMPARE(refused(tree.setExpectedTurnout(c.bureau1, -0.01)), QStringLiteral("districts.turnout.range"));
        QCOMPARE(refused(tree.setExpectedTurnout(c.bureau1, std::numeric_limits<double>::quiet_NaN())),
                 QStringLiteral("districts.turnout.range"));
        QVERIFY(!tree.renameDistrict(c.bureau1, QString()).error().message.isEmpty());
        QCOMPARE(test::count(db, "SELECT count(*) FROM outbox"), outboxBefore + 4);

        // Seen after a restart, in the tree and in the form.
        c.campaign.reopen();
        DistrictTree reopened(c.campaign.db());
        const DistrictNode commune = reopened.communes().first();
        QCOMPARE(commune.label, QStringLiteral("Saint-Aubin-sur-Loire"));
        QCOMPARE(reopened.children(commune).first().label, QStringLiteral("1 - Mairie annexe"));
        auto details = reopened.details(c.bureau1);
        QVERIFY(details);
        QCOMPARE(details->kind, QStringLiteral("bureau"));
        QCOMPARE(details->code, QStringLiteral("1"));
        QCOMPARE(details->parentId, c.commune);
        QCOMPARE(details->name, QStringLiteral("Mairie annexe"));
        QCOMPARE(details->pollingPlace, QStringLiteral("Salle du conseil, 1 place de la Mairie"));
        QVERIFY(details->expectedTurnout.has_value());
        QCOMPARE(*details->expectedTurnout, 0.62);

        // Clearing.
        QVERIFY(reopened.setPollingPlace(c.bureau1, QStringLiteral("  ")));
        QVERIFY(reopened.setExpectedTurnout(c.bureau1, std::nullopt));
        details = reopened.details(c.bureau1);
        QVERIFY(details);
        QVERIFY(details->pollingPlace.isEmpty());
        QVERIFY(!details->expectedTurnout.has_value());
        QCOMPARE(test::count(c.campaign.db(), "SELECT count(*) FROM districts WHERE polling_place IS NULL"
                                              " AND expected_turnout IS NULL AND code = '1'"),
                 1);
    }

    void emptyCampaign()
    {
        test::TempCampaign campaign;
        DistrictTree tree(campaign.db());
        QVERIFY(tree.communes().isEmpty());
        DistrictNode nowhere;
        nowhere.id = 42;
        QVERIFY(tree.children(nowhere).isEmpty());
        QVERIFY(tree.peopleOf(nowhere).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDistrictTree)
#include "tst_districttree.moc"
