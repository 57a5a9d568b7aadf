#pragma once

// Shared by the GUI tests: a small demo campaign made once per test program and copied
// fresh for each test function, settings in a temporary file, and a real MainWindow on it.
#include "demo/democampaign.h"
#include "storage/database.h"
#include "ui/appsettings.h"
#include "ui/dialoghelper.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace terrain::test {

class UiFixture
{
public:
    static constexpr int kVoters = 400;

    // Builds the template campaign (once per program).
    bool prepare(int voters = kVoters)
    {
        QStandardPaths::setTestModeEnabled(true);
        m_template = m_dir.filePath(QStringLiteral("template.terrain"));
        auto db = Database::open(m_template);
        if (!db)
            return false;
        DemoCampaignOptions options;
        options.voters = voters;
        options.bureaux = 4;
        options.seed = 7;
        return createDemoCampaign(**db, options).ok();
    }

    // A fresh copy of the template and a window on it.
    MainWindow& openWindow(const QString& campaign = {})
    {
        ++m_counter;
        m_path = campaign;
        if (m_path.isEmpty()) {
            m_path = m_dir.filePath(QStringLiteral("campaign-%1.terrain").arg(m_counter));
            QFile::copy(m_template, m_path);
        }
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_counter)));
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->resize(1280, 800);
        m_window->show();
        if (!m_window->openCampaign(m_path, !QFile::exists(m_path)))
            qFatal("cannot open the test campaign");
        return *m_window;
    }

    void closeWindow()
    {
        m_window.reset();
        m_settings.reset();
    }

    MainWindow& window() { return *m_window; }
    AppSettings& settings() { return *m_settings; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // A second connection to the campaign, to check what was really written.
    std::unique_ptr<Database> reader() const
    {
        auto db = Database::open(m_path, Database::OpenMode::OpenExisting);
        return db ? std::move(db.value()) : nullptr;
    }

private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

// Types text as a user would; QTest::keyClicks only knows ASCII, so accented letters go as
// key events carrying their text.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Answers every dialog of the helper: `driveDialog` drives custom dialogs (shown, not modal),
// `texts` answers askText in order, questions get `yes`.
struct ScriptedDialogs
{
    std::function<bool(QDialog&)> driveDialog;
    QStringList texts;
    QString file;
    bool yes = true;
    QList<DialogHelper::Request> seen;

    DialogHelper::Handler handler()
    {
        return [this](const DialogHelper::Request& request) {
            seen << request;
            DialogHelper::Answer answer;
            switch (request.kind) {
            case DialogHelper::Kind::Question:
                answer.accepted = yes;
                break;
            case DialogHelper::Kind::Text:
                answer.accepted = !texts.isEmpty();
                if (answer.accepted)
                    answer.text = texts.takeFirst();
                break;
            case DialogHelper::Kind::OpenFile:
            case DialogHelper::Kind::SaveFile:
                answer.accepted = !file.isEmpty();
                answer.text = file;
                break;
            case DialogHelper::Kind::Dialog:
                request.dialog->show();
                answer.accepted = driveDialog && driveDialog(*request.dialog);
                request.dialog->hide();
                break;
            default:
                answer.accepted = true;
            }
            return answer;
        };
    }
};

} // namespace terrain::test
