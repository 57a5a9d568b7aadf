#include "ui/errorbanner.h"

#include <QPointer>

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace terrain {

ErrorBanner::ErrorBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton(this);
    m_close->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::clear);
    hide();
}

void ErrorBanner::showError(const Error& error)
{
    showMessage(error.message.isEmpty() ? error.detail : error.message, Level::Error, error.detail);
}

void ErrorBanner::showFailure(const QString& message, const QString& detail)
{
    showMessage(message, Level::Error, detail);
}

void ErrorBanner::showMessage(const QString& text, Level level, const QString& detail)
{
    m_level = level;
    m_text->setText(text);
    // The technical detail is for whoever helps the volunteer: a tooltip, not in the way.
    m_text->setToolTip(detail);
    const char* icon = level == Level::Error ? ":/icons/error.svg"
                       : level == Level::Warning ? ":/icons/warning.svg"
                                                 : ":/icons/info.svg";
    m_icon->setPixmap(QIcon(QString::fromLatin1(icon)).pixmap(20, 20));
    const char* colors = level == Level::Error ? "background: #fce8e6; border: 1px solid #d93025;"
                         : level == Level::Warning ? "background: #fef7e0; border: 1px solid #f4b400;"
                                                   : "background: #e8f0fe; border: 1px solid #1a73e8;";
    setStyleSheet(QStringLiteral("#errorBanner { %1 border-radius: 4px; } #errorBanner QLabel { border: none; }")
                      .arg(QString::fromLatin1(colors)));
    show();
}

std::function<void(const Error&)> ErrorBanner::errorHandler()
{
    return [banner = QPointer<ErrorBanner>(this)](const Error& error) {
        if (banner)
            banner->showError(error);
    };
}

void ErrorBanner::clear()
{
    m_text->clear();
    hide();
}

QString ErrorBanner::text() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

} // namespace terrain
