// The Export dialog driven from the Lists page (a list exported with chosen columns and channel, the
// choices remembered for the next export), from the Segments page, and the File > Export log… view.
#include "testsupport.h"
#include "uitestsupport.h"

#include "exporting/peopleexport.h"
#include "lists/listservice.h"
#include "lists/segmentservice.h"
#include "ui/errorbanner.h"
#include "ui/exporting/exportdialog.h"
#include "ui/exporting/exportlogdialog.h"
#include "ui/lists/listsmodel.h"
#include "ui/lists/listspage.h"
#include "ui/lists/segmentspage.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>

using namespace terrain;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Screenshots for a person to look at, when TERRAIN_SHOTS names a folder.
void shoot(QWidget& widget, const char* name)
{
    const QString folder = qEnvironmentVariable("TERRAIN_SHOTS");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    test::UiFixture m_fixture;
    test::ScriptedDialogs m_dialogs;

    ListsPage* lists() { return m_fixture.window().listsPage(); }

    // A walk list of bureau 1, made by the core on a second connection, shown and selected on the page.
    ListSummary showList()
    {
        auto db = m_fixture.reader();
        Segment segment;
        segment.name = QStringLiteral("Bureau 1");
        segment.filter = SegmentFilter::values(SegmentFilter::Kind::Bureaux, {QStringLiteral("1")});
        WalkListOptions options;
        options.targetDoors = 1000;
        auto made = ListService(*db).createWalkLists(segment, options);
        if (!made)
            qFatal("%s", qPrintable(made.error().toString()));
        m_fixture.window().showPage(QStringLiteral("listsPage"));
        lists()->reload();
        lists()->selectList(made->front().id);
        return made->front();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }

    void init()
    {
        QSettings().remove(QStringLiteral("export"));
        m_fixture.openWindow();
        m_dialogs = test::ScriptedDialogs();
        m_fixture.window().dialogs().setHandler(m_dialogs.handler());
    }

    void cleanup() { m_fixture.closeWindow(); }

    void exportsTheSelectedListAndRemembersTheChoices()
    {
        const ListSummary list = showList();
        QTRY_COMPARE(lists()->currentListId(), list.id);
        const QString path = m_fixture.dir() + QStringLiteral("/liste.csv");

        bool driven = false;
        m_dialogs.driveDialog = [&](QDialog& d) {
            auto* dialog = qobject_cast<ExportDialog*>(&d);
            if (!dialog)
                return false;
            driven = true;
            // A first export starts from the defaults: Excel (France), no channel, the usual columns.
            if (dialog->format() != ExportFormat::ExcelFrance || dialog->channel() != ExportChannel::None
                || dialog->columns() != defaultExportColumns()) {
                qWarning("unexpected initial choices");
                return false;
            }
            if (!dialog->path().endsWith(QStringLiteral("list-%1.csv").arg(list.code))) {
                qWarning("unexpected file name %s", qPrintable(dialog->path()));
                return false;
            }
            // The coordinator picks the columns by ticking them, the door channel and standard CSV.
            auto* columns = dialog->findChild<QListWidget*>(QStringLiteral("exportColumns"));
            for (int i = 0; i < columns->count(); ++i) {
                const auto column = ExportColumn(columns->item(i)->data(Qt::UserRole).toInt());
                const bool wanted = column == ExportColumn::ListCode || column == ExportColumn::LastName
                                    || column == ExportColumn::FirstNames || column == ExportColumn::Address;
                columns->item(i)->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
            }
            auto* format = dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"));
            format->setCurrentIndex(format->findData(int(ExportFormat::StandardCsv)));
            auto* channel = dialog->findChild<QComboBox*>(QStringLiteral("exportChannel"));
            channel->setCurrentIndex(channel->findData(int(ExportChannel::Door)));
            dialog->setPath(path);
            shoot(*dialog, "exportdialog");
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportStart")), Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return !dialog->isRunning(); }, 20000))
                return false;
            return dialog->result() == QDialog::Accepted;
        };
        // The page's shortcut, from the list table.
        QApplication::setActiveWindow(&m_fixture.window());
        QVERIFY(QTest::qWaitForWindowActive(&m_fixture.window()));
        auto* table = lists()->findChild<QTableView*>(QStringLiteral("listsTable"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(driven);

        // The file: the list's people in walk order, with the chosen columns in catalogue order.
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.front(), QByteArray("Last name,First names,Address,List code"));
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines.at(1).endsWith(QByteArray("," + list.code.toUtf8())), lines.at(1).constData());
        auto db = m_fixture.reader();
        const QByteArray members = "SELECT count(*) FROM list_members m JOIN people p ON p.id = m.person_id"
                                   " WHERE m.deleted = 0 AND p.deleted = 0 AND p.dnc_door = 0 AND m.list_id = "
                                   + QByteArray::number(list.id);
        const qint64 doorOk = test::count(*db, members.constData());
        QVERIFY(doorOk > 0);
        QCOMPARE(qint64(lines.size() - 2), doorOk); // a header, then the rows, then the final newline
        QCOMPARE(test::count(*db, "SELECT count(*) FROM export_log WHERE what LIKE 'List %channel: door%'"), 1);
        // The page says how many people went where.
        auto* banner = lists()->findChild<ErrorBanner*>();
        QVERIFY2(banner->text().contains(QString::number(doorOk)), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("liste.csv")));

        // The next export starts from these choices, in the same folder.
        ExportDialog again(*m_fixture.window().session(), m_fixture.window().dialogs(), ExportSource::ofList(list));
        QCOMPARE(again.format(), ExportFormat::StandardCsv);
        QCOMPARE(again.channel(), ExportChannel::Door);
        QCOMPARE(again.columns(), (QList<ExportColumn>{ExportColumn::LastName, ExportColumn::FirstNames,
                                                       ExportColumn::Address, ExportColumn::ListCode}));
        QCOMPARE(QFileInfo(again.path()).absolutePath(), QFileInfo(path).absolutePath());
        // Changing the format changes the file's extension.
        again.setFormat(ExportFormat::Xlsx);
        QVERIFY(again.path().endsWith(QStringLiteral(".xlsx")));
    }

    void nothingSelectedSaysSo()
    {
        m_fixture.window().showPage(QStringLiteral("listsPage"));
        QTest::mouseClick(lists()->findChild<QPushButton*>(QStringLiteral("exportSelection")), Qt::LeftButton);
        QVERIFY(m_dialogs.seen.isEmpty());
        QCOMPARE(lists()->findChild<ErrorBanner*>()->level(), ErrorBanner::Level::Warning);
    }

    void noColumnsIsRefused()
    {
        const ListSummary list = showList();
        ExportDialog dialog(*m_fixture.window().session(), m_fixture.window().dialogs(), ExportSource::ofList(list));
        dialog.setColumns({});
        dialog.setPath(m_fixture.dir() + QStringLiteral("/none.csv"));
        dialog.startExport();
        QVERIFY(!dialog.isRunning());
        QCOMPARE(dialog.banner()->level(), ErrorBanner::Level::Warning);
        QVERIFY(!QFile::exists(m_fixture.dir() + QStringLiteral("/none.csv")));
    }

    void exportsTheSavedSegment()
    {
        m_fixture.window().showPage(QStringLiteral("segmentsPage"));
        SegmentsPage* page = m_fixture.window().segmentsPage();
        auto* exportButton = page->findChild<QPushButton*>(QStringLiteral("exportSelection"));
        // Not saved yet: nothing to export, and the page says so.
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(m_dialogs.seen.isEmpty());
        // Everyone (an empty filter), saved under a name.
        test::typeText(page->findChild<QLineEdit*>(QStringLiteral("segmentName")), QStringLiteral("Tous"));
        QVERIFY(page->saveSegment());
        QTRY_VERIFY(!page->isBusy());
        const QString path = m_fixture.dir() + QStringLiteral("/tous.xlsx");
        m_dialogs.driveDialog = [&](QDialog& d) {
            auto* dialog = qobject_cast<ExportDialog*>(&d);
            if (!dialog)
                return false;
            dialog->setFormat(ExportFormat::Xlsx);
            dialog->setPath(path);
            dialog->startExport();
            return QTest::qWaitFor([&] { return !dialog->isRunning(); }, 20000) && dialog->rowsExported() > 0;
        };
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(readAll(path).startsWith("PK")); // a zip: the workbook
        auto db = m_fixture.reader();
        const qint64 everyone = *SegmentService(*db).count(SegmentFilter());
        QCOMPARE(test::column(*db, "SELECT rows FROM export_log"), QStringList{QString::number(everyone)});
        QVERIFY(test::column(*db, "SELECT what FROM export_log").front().startsWith(QStringLiteral("Segment \"Tous\"")));
    }

    void exportLogShowsEveryExport()
    {
        {
            auto db = m_fixture.reader();
            QVERIFY(logExport(*db, QStringLiteral("Segment \"Centre\""), QStringLiteral("/tmp/a.csv"), 12,
                              QStringLiteral("Marie")));
            QVERIFY(logExport(*db, QStringLiteral("List K7M2QX \"Rue\""), QStringLiteral("/tmp/b.xlsx"), 40,
                              QStringLiteral("Paul")));
        }
        QStringList seen;
        m_dialogs.driveDialog = [&](QDialog& d) {
            auto* log = qobject_cast<ExportLogDialog*>(&d);
            if (!log || !QTest::qWaitFor([&] { return !log->isLoading(); }, 20000))
                return false;
            QTableWidget* table = log->table();
            for (int r = 0; r < table->rowCount(); ++r)
                seen << QStringLiteral("%1|%2|%3|%4")
                            .arg(table->item(r, 1)->text(), table->item(r, 2)->text(), table->item(r, 3)->text(),
                                 table->item(r, 4)->text());
            log->resize(1000, 460);
            shoot(*log, "exportlog");
            return true;
        };
        QAction* action = m_fixture.window().findChild<QAction*>(QStringLiteral("actionExportLog"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        // Newest first.
        QCOMPARE(seen, (QStringList{QStringLiteral("Paul|List K7M2QX \"Rue\"|40|/tmp/b.xlsx"),
                                    QStringLiteral("Marie|Segment \"Centre\"|12|/tmp/a.csv")}));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
