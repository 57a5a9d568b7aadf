#include "ui/dialoghelper.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace terrain {

std::optional<DialogHelper::Answer> DialogHelper::handled(const Request& request)
{
    if (!m_handler)
        return std::nullopt;
    return m_handler(request);
}

void DialogHelper::inform(QWidget* parent, const QString& title, const QString& text)
{
    if (handled({Kind::Information, title, text, {}, nullptr}))
        return;
    QMessageBox::information(parent, title, text);
}

void DialogHelper::warn(QWidget* parent, const QString& title, const QString& text)
{
    if (handled({Kind::Warning, title, text, {}, nullptr}))
        return;
    QMessageBox::warning(parent, title, text);
}

void DialogHelper::about(QWidget* parent, const QString& title, const QString& text)
{
    if (handled({Kind::Information, title, text, {}, nullptr}))
        return;
    QMessageBox::about(parent, title, text);
}

bool DialogHelper::ask(QWidget* parent, const QString& title, const QString& text, const QString& yes)
{
    if (auto answer = handled({Kind::Question, title, text, yes, nullptr}))
        return answer->accepted;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(yes, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<QString> DialogHelper::askText(QWidget* parent, const QString& title, const QString& label,
                                             const QString& initial)
{
    if (auto answer = handled({Kind::Text, title, label, initial, nullptr})) {
        if (!answer->accepted)
            return std::nullopt;
        return answer->text;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

QString DialogHelper::openFileName(QWidget* parent, const QString& title, const QString& folder,
                                   const QString& filter)
{
    if (auto answer = handled({Kind::OpenFile, title, filter, folder, nullptr}))
        return answer->accepted ? answer->text : QString();
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString DialogHelper::saveFileName(QWidget* parent, const QString& title, const QString& path, const QString& filter)
{
    if (auto answer = handled({Kind::SaveFile, title, filter, path, nullptr}))
        return answer->accepted ? answer->text : QString();
    return QFileDialog::getSaveFileName(parent, title, path, filter);
}

int DialogHelper::exec(QDialog& dialog)
{
    if (auto answer = handled({Kind::Dialog, dialog.windowTitle(), {}, {}, &dialog}))
        return answer->accepted ? QDialog::Accepted : QDialog::Rejected;
    return dialog.exec();
}

} // namespace terrain
