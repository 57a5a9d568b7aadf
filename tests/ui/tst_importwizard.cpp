// The import wizard: a voter file imported with a mapping the user changed, re-import of a
// newer extract, the encoding found, rejected rows shown in red, a mapping saved as a profile.
#include "uitestsupport.h"
#include "testsupport.h"

#include "importing/importprofile.h"
#include "ui/importing/importwizard.h"
#include "ui/people/peoplemodel.h"
#include "ui/people/peoplepage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextStream>

using namespace terrain;

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    test::UiFixture m_fixture;

    // An empty campaign, as a coordinator has before the first import.
    void openEmpty()
    {
        static int n = 0;
        m_fixture.openWindow(m_fixture.dir() + QStringLiteral("/empty-%1.terrain").arg(++n));
    }

    static int rowOfHeader(QTableWidget* table, const QString& header)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == header)
                return row;
        }
        return -1;
    }

    // Runs the wizard on `file`; `onMapping` may change the mapping; returns the report page's
    // text, or an empty string when the wizard did not reach it.
    QString runWizard(const QString& file, const std::function<void(ImportWizard&)>& onMapping = {},
                      const std::function<void(ImportWizard&)>& onPreview = {})
    {
        QString report;
        test::ScriptedDialogs dialogs;
        dialogs.driveDialog = [&](QDialog& dialog) {
            auto* wizard = qobject_cast<ImportWizard*>(&dialog);
            if (!wizard)
                return false;
            wizard->findChild<QLineEdit*>(QStringLiteral("importPath"))->setText(file);
            wizard->next();
            if (wizard->currentId() != ImportWizard::FormatPage)
                return false;
            wizard->next();
            if (onMapping)
                onMapping(*wizard);
            wizard->next();
            if (wizard->currentId() != ImportWizard::PreviewPage)
                return false;
            if (onPreview)
                onPreview(*wizard);
            wizard->next();
            if (!QTest::qWaitFor([wizard] { return wizard->currentId() == ImportWizard::ReportPage; }, 20000))
                return false;
            report = wizard->findChild<QLabel*>(QStringLiteral("reportSummary"))->text();
            wizard->accept();
            return true;
        };
        m_fixture.window().dialogs().setHandler(dialogs.handler());
        m_fixture.window().findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
        return report;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.prepare(50)); }
    void cleanup() { m_fixture.closeWindow(); }

    void importsAFileWithAMappingTheUserChanged()
    {
        openEmpty();
        int previewRows = 0;
        const QString report = runWizard(
            test::testDataPath(QStringLiteral("import/liste-v1.csv")),
            [](ImportWizard& wizard) {
                auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("mappingTable"));
                const int row = rowOfHeader(table, QStringLiteral("NomDusage"));
                QVERIFY(row >= 0);
                auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, 2));
                QCOMPARE(combo->currentData().toInt(), int(ImportField::UsageName));
                // The user decides usage names are not wanted.
                combo->setCurrentIndex(combo->findData(int(ImportField::Ignore)));
            },
            [&previewRows](ImportWizard& wizard) {
                previewRows = wizard.findChild<QTableWidget*>(QStringLiteral("previewTable"))->rowCount();
            });
        QVERIFY2(!report.isEmpty(), "the wizard did not reach its report");
        QCOMPARE(previewRows, 10);
        auto db = m_fixture.reader();
        const qint64 people = test::count(*db, "SELECT count(*) FROM people WHERE deleted = 0");
        QVERIFY(people >= 5);
        QVERIFY(report.contains(QStringLiteral("<span id=added>%1</span>").arg(people)));
        QCOMPARE(test::count(*db, "SELECT count(*) FROM people WHERE coalesce(usage_name, '') <> ''"), 0);
        // The People page reads the new people.
        PeopleModel* model = m_fixture.window().peoplePage()->model();
        QTRY_COMPARE(qint64(model->rowCount()), people);
    }

    void reimportingANewerExtractUpdatesAndMarksLeft()
    {
        openEmpty();
        QVERIFY(!runWizard(test::testDataPath(QStringLiteral("import/liste-v1.csv"))).isEmpty());
        bool markMissing = false;
        const QString report = runWizard(test::testDataPath(QStringLiteral("import/liste-v2.csv")), {},
                                         [&markMissing](ImportWizard& wizard) {
                                             markMissing = wizard.findChild<QCheckBox*>(QStringLiteral("markMissingCheck"))
                                                               ->isChecked();
                                         });
        QVERIFY(markMissing); // a full list by default
        QVERIFY(!report.isEmpty());
        QVERIFY(!report.contains(QStringLiteral("<span id=left>0</span>")));
        auto db = m_fixture.reader();
        QVERIFY(test::count(*db, "SELECT count(*) FROM people WHERE status = 'left'") > 0);
    }

    void detectsTheEncodingAndShowsAccents()
    {
        openEmpty();
        QString encoding;
        QString firstName;
        test::ScriptedDialogs dialogs;
        dialogs.driveDialog = [&](QDialog& dialog) {
            auto* wizard = qobject_cast<ImportWizard*>(&dialog);
            wizard->findChild<QLineEdit*>(QStringLiteral("importPath"))
                ->setText(test::testDataPath(QStringLiteral("import/extrait-1252.csv")));
            wizard->next();
            encoding = wizard->findChild<QComboBox*>(QStringLiteral("encodingCombo"))->currentText();
            wizard->next();
            wizard->next();
            firstName = wizard->findChild<QTableWidget*>(QStringLiteral("previewTable"))->item(0, 2)->text();
            return false;
        };
        m_fixture.window().dialogs().setHandler(dialogs.handler());
        m_fixture.window().importVoterFile();
        QCOMPARE(encoding, QStringLiteral("windows-1252"));
        QVERIFY2(firstName.contains(QStringLiteral("FRANÇOIS")), qPrintable(firstName));
        // Cancelled before the import: nothing written.
        QCOMPARE(test::count(*m_fixture.reader(), "SELECT count(*) FROM people"), 0);
    }

    // A separator the user picks is the one the file is read with: a wrong one puts every
    // line in one column, the right one brings the columns back.
    void theSeparatorCanBeChosen()
    {
        openEmpty();
        QString detected;
        int wrongColumns = -1;
        bool wrongShown = false;
        int rightColumns = -1;
        test::ScriptedDialogs dialogs;
        dialogs.driveDialog = [&](QDialog& dialog) {
            auto* wizard = qobject_cast<ImportWizard*>(&dialog);
            wizard->findChild<QLineEdit*>(QStringLiteral("importPath"))
                ->setText(test::testDataPath(QStringLiteral("import/extrait-1252.csv")));
            wizard->next();
            auto* separator = wizard->findChild<QComboBox*>(QStringLiteral("delimiterCombo"));
            detected = separator->currentData().toChar();
            separator->setCurrentIndex(separator->findData(QChar(u'|')));
            // One column with no name in it: the page says so, and Next stays off.
            wrongColumns = int(wizard->plan() ? wizard->plan()->headers.size() : 0);
            wrongShown = wizard->findChild<QLabel*>(QStringLiteral("formatError"))->isVisibleTo(wizard)
                         && !wizard->button(QWizard::NextButton)->isEnabled();
            separator->setCurrentIndex(separator->findData(QChar(u';')));
            rightColumns = int(wizard->plan() ? wizard->plan()->headers.size() : -1);
            return false;
        };
        m_fixture.window().dialogs().setHandler(dialogs.handler());
        m_fixture.window().importVoterFile();
        QCOMPARE(detected, QStringLiteral(";"));
        QCOMPARE(wrongColumns, 0);
        QVERIFY(wrongShown);
        QCOMPARE(rightColumns, 10);
    }

    void rejectedRowsAreShownInRed()
    {
        openEmpty();
        const QString path = m_fixture.dir() + QStringLiteral("/with-a-bad-row.csv");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("NoBureauDeVote;NoElecteurGeneral;NomdeNaissance;Prenoms\n"
                       "1;1;DUPONT;Jean\n"
                       "1;;MARTIN;Paul\n"
                       "1;3;DURAND;Anne\n");
        }
        QColor color;
        QString reason;
        QString report = runWizard(path, {}, [&](ImportWizard& wizard) {
            auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("previewTable"));
            color = table->item(1, 0)->foreground().color();
            reason = table->item(1, 1)->text();
        });
        QCOMPARE(color, QColor(0xc5, 0x22, 0x1f));
        QVERIFY2(reason.contains(QStringLiteral("3")), qPrintable(reason)); // names the line
        QVERIFY(report.contains(QStringLiteral("<span id=rejected>1</span>")));
        QCOMPARE(test::count(*m_fixture.reader(), "SELECT count(*) FROM people"), 2);
    }

    void cancellingTheImportLeavesTheCampaignAsItWas()
    {
        openEmpty();
        const QString path = m_fixture.dir() + QStringLiteral("/large.csv");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray data("NoBureauDeVote;NoElecteurGeneral;NomdeNaissance;Prenoms;Adresse\n");
            for (int i = 1; i <= 60000; ++i)
                data += "1;" + QByteArray::number(i) + ";NOM" + QByteArray::number(i) + ";Jean;" + QByteArray::number(i % 90)
                        + " rue de la Paix\n";
            file.write(data);
        }
        bool wasRunning = false;
        bool closed = false;
        test::ScriptedDialogs dialogs;
        dialogs.driveDialog = [&](QDialog& dialog) {
            auto* wizard = qobject_cast<ImportWizard*>(&dialog);
            wizard->findChild<QLineEdit*>(QStringLiteral("importPath"))->setText(path);
            wizard->next();
            wizard->next();
            wizard->next();
            wizard->next(); // the import starts
            wasRunning = wizard->isRunning();
            wizard->reject(); // Cancel: asks the import to stop, closes when it has
            closed = QTest::qWaitFor([wizard] { return !wizard->isVisible(); }, 20000);
            return false;
        };
        m_fixture.window().dialogs().setHandler(dialogs.handler());
        m_fixture.window().importVoterFile();
        QVERIFY(wasRunning);
        QVERIFY(closed);
        QCOMPARE(test::count(*m_fixture.reader(), "SELECT count(*) FROM people"), 0);
        QCOMPARE(test::count(*m_fixture.reader(), "SELECT count(*) FROM import_batches WHERE finished_at IS NOT NULL"), 0);
    }

    void theMappingCanBeSavedAsAProfile()
    {
        openEmpty();
        test::ScriptedDialogs dialogs;
        dialogs.texts = {QStringLiteral("Extrait de la mairie")};
        dialogs.driveDialog = [](QDialog& dialog) {
            auto* wizard = qobject_cast<ImportWizard*>(&dialog);
            wizard->findChild<QLineEdit*>(QStringLiteral("importPath"))
                ->setText(test::testDataPath(QStringLiteral("import/us-voters.csv")));
            wizard->next();
            wizard->next();
            QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
            return false;
        };
        m_fixture.window().dialogs().setHandler(dialogs.handler());
        m_fixture.window().importVoterFile();
        auto db = m_fixture.reader();
        ProfileStore store(*db);
        bool found = false;
        for (const ImportProfile& profile : store.userProfiles())
            found = found || profile.name == QStringLiteral("Extrait de la mairie");
        QVERIFY(found);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
