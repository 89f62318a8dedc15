// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace valuator {

struct Error;

/// An inline message strip at the top of a page or window (errors, warnings, confirmations). Services never
/// show UI; widgets put an Error's userMessage here instead of a modal box. Hidden while empty.
class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text, const QString& details = {});
    void showError(const Error& error);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

private:
    Kind m_kind = Kind::Info;
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
};

} // namespace valuator
