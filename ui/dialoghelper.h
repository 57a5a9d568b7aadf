#pragma once

#include <QString>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace terrain {

// Every question, message box, file chooser and modal dialog of the app goes through here,
// so that tests can answer them (setHandler) instead of blocking on a modal loop.
class DialogHelper final
{
public:
    enum class Kind { Information, Warning, Question, Text, OpenFile, SaveFile, Dialog };

    struct Request
    {
        Kind kind = Kind::Information;
        QString title;
        QString text;
        QString value;            // initial text, starting folder, or file name filter
        QDialog* dialog = nullptr; // Kind::Dialog: the dialog to drive
    };

    struct Answer
    {
        bool accepted = false;
        QString text; // the text typed or the file chosen
    };

    using Handler = std::function<Answer(const Request&)>;

    DialogHelper() = default;

    // Tests: every request is answered by `handler` instead of a real dialog.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    bool hasHandler() const { return static_cast<bool>(m_handler); }

    void inform(QWidget* parent, const QString& title, const QString& text);
    void warn(QWidget* parent, const QString& title, const QString& text);
    // A yes/no question; `yes` names the action ("Merge"), the other button is Cancel.
    bool ask(QWidget* parent, const QString& title, const QString& text, const QString& yes);
    std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                   const QString& initial = {});
    // Empty when the user cancelled.
    QString openFileName(QWidget* parent, const QString& title, const QString& folder, const QString& filter);
    QString saveFileName(QWidget* parent, const QString& title, const QString& path, const QString& filter);
    // Runs a modal dialog (a wizard, the settings); returns QDialog::DialogCode.
    int exec(QDialog& dialog);

    // The About box.
    void about(QWidget* parent, const QString& title, const QString& text);

private:
    std::optional<Answer> handled(const Request& request);

    Handler m_handler;
};

} // namespace terrain
