// Printing a list: the sheet follows the list's walk order, the legend is the campaign's own
// result codes, and the PDF reads back with those names and letters.
#include "canvass/resultcodes.h"
#include "canvass/survey.h"
#include "demo/democampaign.h"
#include "lists/listprint.h"
#include "lists/listservice.h"
#include "lists/segmentservice.h"
#include "print/walksheetrenderer.h"
#include "sync/repository.h"

#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace terrain;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // One space between words, whatever the layout: the names are compared as words.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TestListPrint : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempCampaign> m_campaign;
    QList<ListSummary> m_walk;
    QList<ListSummary> m_call;

    Database& db() { return m_campaign->db(); }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is needed to read the PDF back");
        m_campaign = std::make_unique<test::TempCampaign>();
        DemoCampaignOptions options;
        options.voters = 300;
        options.bureaux = 3;
        options.seed = 11;
        QVERIFY(createDemoCampaign(db(), options).ok());
        // A code of the campaign's own: the legend must show it, with its letter.
        Repository repo(db(), QStringLiteral("test"));
        QVERIFY(ResultCodes::ensureDefaults(db(), repo).ok());
        ResultCode dog;
        dog.channel = QStringLiteral("door");
        dog.code = QStringLiteral("dog");
        dog.key = u'X';
        dog.label = QStringLiteral("Dangerous dog");
        dog.doorLevel = true;
        dog.position = 99;
        QVERIFY(ResultCodes::save(db(), repo, dog).ok());
        QVERIFY(SurveyService(db(), repo).addQuestion(QStringLiteral("Wants a yard sign?"), QuestionKind::YesNo).ok());

        Segment everyone;
        everyone.name = QStringLiteral("Everyone");
        ListService lists(db(), QStringLiteral("test"));
        WalkListOptions walk;
        walk.targetDoors = 15;
        auto made = lists.createWalkLists(everyone, walk);
        QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().toString()));
        m_walk = *made;
        QVERIFY(m_walk.size() > 1);
        auto calls = lists.createCallLists(everyone, {});
        QVERIFY2(calls.ok(), calls ? "" : qPrintable(calls.error().toString()));
        m_call = *calls;
    }

    void walkSheetFollowsTheList()
    {
        const ListSummary list = m_walk.front();
        auto printable = ListService(db()).printableSheet(list.id);
        QVERIFY(printable.ok());
        auto sheet = walkSheetFor(db(), list.id);
        QVERIFY2(sheet.ok(), sheet ? "" : qPrintable(sheet.error().toString()));
        QCOMPARE(sheet->header.code, list.code);
        QCOMPARE(sheet->header.listName, list.name);
        QCOMPARE(sheet->doors.size(), printable->doors.size());
        QCOMPARE(qint64(sheet->doors.size()), list.doors);
        for (int i = 0; i < sheet->doors.size(); ++i) {
            QCOMPARE(sheet->doors[i].address, printable->doors[i].address);
            QCOMPARE(sheet->doors[i].people.size(), printable->doors[i].people.size());
            QCOMPARE(sheet->doors[i].people.front().displayName, printable->doors[i].people.front().displayName);
        }
        // The campaign's door codes, by their letters, with the one it added.
        QStringList keys;
        for (const SheetResultCode& code : sheet->resultCodes)
            keys << code.code;
        QVERIFY(keys.contains(QStringLiteral("X")));
        QVERIFY(sheet->resultCodes.last().label == QStringLiteral("Dangerous dog"));
        // The survey's own questions, not its support question: every row has the support scale.
        QCOMPARE(sheet->questions.size(), 1);
        QCOMPARE(sheet->questions.front().text, QStringLiteral("Wants a yard sign?"));
        QCOMPARE(sheet->questions.front().options, QStringList({QStringLiteral("1 Yes"), QStringLiteral("2 No")}));
        // A call list is not a walk sheet.
        QCOMPARE(walkSheetFor(db(), m_call.front().id).error().code, QStringLiteral("lists.kind"));
    }

    void pdfListsThePeopleInOrderWithTheLegend()
    {
        const ListSummary list = m_walk.front();
        auto sheet = walkSheetFor(db(), list.id);
        QVERIFY(sheet.ok());
        const QString pdf = m_campaign->dir() + QStringLiteral("/walk.pdf");
        QVERIFY(printListPdf(db(), list.code.toLower(), pdf).ok());
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        QVERIFY(text.contains(list.code));
        qsizetype at = 0;
        int seen = 0;
        for (const SheetDoor& door : sheet->doors) {
            for (const SheetPerson& person : door.people) {
                const qsizetype found = text.indexOf(person.displayName, at);
                QVERIFY2(found >= 0, qPrintable(person.displayName + QStringLiteral(" missing or out of order")));
                at = found + 1;
                ++seen;
            }
        }
        QVERIFY(seen > 10);
        QVERIFY(text.contains(QStringLiteral("Dangerous dog")));
        QVERIFY(text.contains(QStringLiteral("Not home")));
    }

    void callSheetDialsFrenchNumbers()
    {
        QVERIFY(!m_call.isEmpty());
        auto sheet = callSheetFor(db(), m_call.front().id);
        QVERIFY2(sheet.ok(), sheet ? "" : qPrintable(sheet.error().toString()));
        QCOMPARE(qint64(sheet->entries.size()), m_call.front().doors);
        const SheetCallEntry& first = sheet->entries.front();
        QVERIFY2(first.phone.startsWith(u'0') && first.phone.size() == 14, qPrintable(first.phone));
        QCOMPARE(first.phoneType, QStringLiteral("Mobile")); // mobiles come first
        QStringList labels;
        for (const SheetResultCode& code : sheet->resultCodes)
            labels << code.label;
        QVERIFY(!labels.contains(QStringLiteral("Dangerous dog"))); // a door code, not a phone one
        QVERIFY(labels.contains(QStringLiteral("No answer")));

        const QString pdf = m_campaign->dir() + QStringLiteral("/call.pdf");
        PrintOptions options;
        options.paper = PaperSize::Letter;
        QVERIFY(printListPdf(db(), m_call.front().code, pdf, options).ok());
        QVERIFY(pdfText(pdf).contains(first.phone));
    }

    void unknownCodeFails()
    {
        const QString pdf = m_campaign->dir() + QStringLiteral("/none.pdf");
        Status s = printListPdf(db(), QStringLiteral("ZZZZZZ"), pdf);
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("lists.missing"));
        QVERIFY(!QFile::exists(pdf));
    }

    void dialFormatting()
    {
        QCOMPARE(dialFormat(QStringLiteral("+33612345678")), QStringLiteral("06 12 34 56 78"));
        QCOMPARE(dialFormat(QStringLiteral("+262692123456")), QStringLiteral("+262692123456"));
    }
};

QTEST_MAIN(TestListPrint)
#include "tst_listprint.moc"
