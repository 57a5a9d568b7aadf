// The Sync page against a real terrain-server on loopback: sign in through the page (the
// token goes to the system keychain, not to the settings or the campaign file), an edit
// syncs by itself shortly after, a second laptop signs in and sees it, sign-in survives a
// restart, sign-out forgets the token, and an unreachable server shows "Offline".
#include "uitestsupport.h"

#include "../core/server/synctestkit.h"

#include "people/personservice.h"
#include "storage/statement.h"
#include "ui/campaignsession.h"
#include "ui/credentialstore.h"
#include "ui/people/peoplemodel.h"
#include "ui/people/peoplepage.h"
#include "ui/people/personeditcommand.h"
#include "ui/sync/synccontroller.h"
#include "ui/sync/syncindicator.h"
#include "ui/sync/syncpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace terrain;

namespace {

constexpr int kSyncTimeoutMs = 60000;
const QString kPassword = QStringLiteral("correct horse");

// Waits for a keychain answer (QtKeychain calls back through the event loop).
Result<QString> readSecret(const QString& key)
{
    std::optional<Result<QString>> answer;
    QObject context;
    CredentialStore::read(key, &context, [&answer](Result<QString> r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return makeError(QStringLiteral("test.timeout"), QStringLiteral("the keychain did not answer"));
    return *answer;
}

Status writeSecret(const QString& key, const QString& secret)
{
    std::optional<Status> answer;
    QObject context;
    CredentialStore::write(key, secret, &context, [&answer](Status s) { answer = std::move(s); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return makeError(QStringLiteral("test.timeout"), QStringLiteral("the keychain did not answer"));
    return *answer;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private:
    test::UiFixture m_fixture;
    QString m_keychainProblem;

    SyncPage* page() { return m_fixture.window().syncPage(); }
    SyncController& controller() { return page()->controller(); }
    template <typename T> T* child(const char* name) { return page()->findChild<T*>(QString::fromLatin1(name)); }

    void signIn(const QUrl& server, const QString& user, const QString& password)
    {
        m_fixture.window().showPage(QStringLiteral("syncPage"));
        auto* address = child<QLineEdit>("syncServer");
        address->clear();
        QTest::keyClicks(address, server.toString());
        auto* name = child<QLineEdit>("syncUser");
        name->clear();
        QTest::keyClicks(name, user);
        QTest::keyClicks(child<QLineEdit>("syncPassword"), password);
        QTest::mouseClick(child<QPushButton>("syncSignIn"), Qt::LeftButton);
    }

    QString indicatorText() { return m_fixture.window().syncIndicator()->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.prepare());
        // The CI runs the tests in a private D-Bus session with an unlocked gnome-keyring.
        const QString probe = QStringLiteral("tst_syncpage-probe-%1").arg(QCoreApplication::applicationPid());
        if (Status s = writeSecret(probe, QStringLiteral("x")); !s)
            m_keychainProblem = s.error().toString();
        else
            CredentialStore::remove(probe, this, [](Status) {});
    }

    void cleanup() { m_fixture.closeWindow(); }

    void refusesPlainHttpOffLoopback()
    {
        m_fixture.openWindow();
        signIn(QUrl(QStringLiteral("http://sync.example.org")), QStringLiteral("alice"), kPassword);
        QCOMPARE(controller().state(), SyncController::State::SignedOut);
        QVERIFY(controller().errorMessage().contains(QStringLiteral("https://")));
        QVERIFY(!m_fixture.window().syncIndicator()->isVisible());
    }

    void wrongPasswordIsSaid()
    {
        test::TestServer server;
        server.clock.now = QDateTime::currentMSecsSinceEpoch();
        server.addUser(QStringLiteral("alice"), QStringLiteral("coordinator"));
        m_fixture.openWindow();
        signIn(server.url(), QStringLiteral("alice"), QStringLiteral("wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(controller().state(), SyncController::State::SignedOut, kSyncTimeoutMs);
        QVERIFY(controller().errorMessage().contains(QStringLiteral("Wrong user name or password")));
        QVERIFY(!controller().isSignedIn());
    }

    void twoLaptopsShareAnEdit()
    {
        if (!m_keychainProblem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no system keychain (Secret Service) here: ") + m_keychainProblem));
        test::TestServer server;
        server.clock.now = QDateTime::currentMSecsSinceEpoch();
        server.addUser(QStringLiteral("alice"), QStringLiteral("coordinator"));
        server.addUser(QStringLiteral("bob"), QStringLiteral("coordinator"));

        // Laptop A: the demo campaign; signing in sends all of it.
        MainWindow& windowA = m_fixture.openWindow();
        const QString campaignA = m_fixture.path();
        Q_UNUSED(windowA);
        signIn(server.url(), QStringLiteral("alice"), kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(controller().state(), SyncController::State::Synced, kSyncTimeoutMs);
        QVERIFY2(controller().notice().isEmpty(), qPrintable(controller().notice()));
        QCOMPARE(indicatorText(), QStringLiteral("Synced"));
        QCOMPARE(child<QLabel>("syncPending")->text(), QStringLiteral("0"));
        QVERIFY(child<QLabel>("syncLastSync")->text() != QStringLiteral("never"));
        QVERIFY(child<QLineEdit>("syncPassword")->text().isEmpty());

        // The token is in the keychain under this server and user, and nowhere on disk.
        const QString key = controller().credentialKey();
        QCOMPARE(key, QStringLiteral("alice@") + server.url().toString());
        auto token = readSecret(key);
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().toString()));
        QVERIFY(token->size() >= 16);

        // An edit: the status bar says it waits, and it leaves by itself shortly after.
        controller().setEditDelay(200);
        qint64 personId = 0;
        QString personUuid;
        qint64 peopleA = 0;
        {
            auto reader = m_fixture.reader();
            Statement st = reader->prepare("SELECT id, uuid FROM people ORDER BY id LIMIT 1");
            QVERIFY(st.step());
            personId = st.int64(0);
            personUuid = st.text(1);
            peopleA = test::count(*reader, "SELECT count(*) FROM people");
            QVERIFY(peopleA > 0);
        }
        const QString note = QStringLiteral("Rappeler après 18 h (vu au marché)");
        QSignalSpy finished(&controller(), &SyncController::syncFinished);
        CampaignSession& sessionA = *m_fixture.window().session();
        QVERIFY(
            pushPersonEdit(sessionA, sessionA.people().updateFields(personId, { { QStringLiteral("notes"), note } }),
                QStringLiteral("notes"), [](const Error& e) { QFAIL(qPrintable(e.toString())); }));
        QCOMPARE(controller().state(), SyncController::State::Pending);
        QVERIFY2(indicatorText().startsWith(QStringLiteral("1 change")), qPrintable(indicatorText()));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kSyncTimeoutMs);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(controller().state(), SyncController::State::Synced);
        QCOMPARE(controller().status().pending, qint64(0));

        // "Sync now" works with nothing to do.
        QTest::mouseClick(child<QPushButton>("syncNow"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, kSyncTimeoutMs);
        QCOMPARE(controller().state(), SyncController::State::Synced);
        m_fixture.closeWindow();

        // Every file of the test: the settings files and the campaign (with its WAL).
        const QFileInfoList files = QDir(m_fixture.dir()).entryInfoList(QDir::Files);
        QVERIFY(std::any_of(files.begin(), files.end(), [](const QFileInfo& f) { return f.suffix() == u"ini"; }));
        for (const QFileInfo& file : files)
            QVERIFY2(!fileBytes(file.filePath()).contains(token->toUtf8()), qPrintable(file.fileName()));
        QVERIFY(fileBytes(campaignA).contains("alice@")
            || fileBytes(campaignA + QStringLiteral("-wal")).contains("alice@"));

        // Laptop B: a new, empty campaign file on another computer.
        const QString campaignB = m_fixture.dir() + QStringLiteral("/laptop-b.terrain");
        m_fixture.openWindow(campaignB);
        QCOMPARE(m_fixture.window().peoplePage()->model()->rowCount(), 0);
        signIn(server.url(), QStringLiteral("bob"), kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(controller().state(), SyncController::State::Synced, kSyncTimeoutMs);
        {
            auto readerB = m_fixture.reader();
            Statement b = readerB->prepare("SELECT notes FROM people WHERE uuid = ?");
            b.bind(1, personUuid);
            QVERIFY(b.step());
            QCOMPARE(b.text(0), note);
            QCOMPARE(test::count(*readerB, "SELECT count(*) FROM people"), peopleA);
        }
        // The People page reloaded with what came from the server.
        PeopleModel* people = m_fixture.window().peoplePage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(people->rowCount() > 0, 10000);

        // Signing out forgets the token.
        const QString keyB = controller().credentialKey();
        QVERIFY(readSecret(keyB).value().size() >= 16);
        QTest::mouseClick(child<QPushButton>("syncSignOut"), Qt::LeftButton);
        QCOMPARE(controller().state(), SyncController::State::SignedOut);
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(keyB).value().isEmpty(), 10000);
        QTRY_VERIFY(!m_fixture.window().syncIndicator()->isVisible());
        m_fixture.closeWindow();

        // Laptop A again: the sign-in comes back from the keychain, no password asked.
        m_fixture.openWindow(campaignA);
        QTRY_COMPARE_WITH_TIMEOUT(controller().state(), SyncController::State::Synced, kSyncTimeoutMs);
        QCOMPARE(controller().user(), QStringLiteral("alice"));
        QCOMPARE(child<QLineEdit>("syncServer")->text(), server.url().toString());

        QTest::mouseClick(child<QPushButton>("syncSignOut"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(key).value().isEmpty(), 10000);
    }

    void offlineWhenTheServerIsGone()
    {
        if (!m_keychainProblem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no system keychain (Secret Service) here: ") + m_keychainProblem));
        auto server = std::make_unique<test::TestServer>();
        server->clock.now = QDateTime::currentMSecsSinceEpoch();
        server->addUser(QStringLiteral("carol"), QStringLiteral("coordinator"));
        m_fixture.openWindow();
        signIn(server->url(), QStringLiteral("carol"), kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(controller().state(), SyncController::State::Synced, kSyncTimeoutMs);
        const QString key = controller().credentialKey();

        server.reset(); // the port closes
        controller().setFirstRetryDelay(300);
        CampaignSession& session = *m_fixture.window().session();
        Statement st = session.db().prepare("SELECT id FROM people ORDER BY id LIMIT 1");
        QVERIFY(st.step());
        QVERIFY(pushPersonEdit(session,
            session.people().updateFields(st.int64(0), { { QStringLiteral("notes"), QStringLiteral("x") } }),
            QStringLiteral("notes"), {}));
        QTest::mouseClick(child<QPushButton>("syncNow"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(controller().state(), SyncController::State::Offline, kSyncTimeoutMs);
        QCOMPARE(indicatorText(), QStringLiteral("Offline"));
        QCOMPARE(child<QLabel>("syncPending")->text(), QStringLiteral("1"));
        // It retries by itself (and stays offline: nothing listens there now).
        QSignalSpy finished(&controller(), &SyncController::syncFinished);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 10000);
        QCOMPARE(controller().state(), SyncController::State::Offline);
        QVERIFY(controller().isSignedIn());

        QTest::mouseClick(child<QPushButton>("syncSignOut"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(key).value().isEmpty(), 10000);
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
