#pragma once

#include "util/result.h"

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;

namespace terrain {

// The inline strip at the top of a page that says what went wrong (or right), instead of
// a modal box: the volunteer reads it and carries on. Hidden when there is nothing to say.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    enum class Level { Info, Warning, Error };

    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const Error& error);
    // An error as the workers and models report it (their `failed` signals connect here).
    void showFailure(const QString& message, const QString& detail);
    void showMessage(const QString& text, Level level = Level::Info, const QString& detail = {});
    void clear();
    // A callback for work that reports later (an undo step): shows the error if the banner
    // still exists by then.
    std::function<void(const Error&)> errorHandler();

    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    Level m_level = Level::Info;
};

} // namespace terrain
