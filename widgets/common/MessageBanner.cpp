// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/MessageBanner.h"

#include "models/core/Error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace valuator {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& text, const QString& details)
{
    m_kind = kind;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colours = QStringLiteral("background:#e8f0fe;border:1px solid #8ab4f8;");
    switch (kind) {
    case Kind::Info:
        break;
    case Kind::Success:
        colours = QStringLiteral("background:#e6f4ea;border:1px solid #81c995;");
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        colours = QStringLiteral("background:#fef7e0;border:1px solid #fdd663;");
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        colours = QStringLiteral("background:#fce8e6;border:1px solid #f28b82;");
        break;
    }
    setStyleSheet(
        QStringLiteral("#messageBanner{%1 border-radius:4px;} #messageBanner QLabel{color:#202124;}").arg(colours));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    m_text->setToolTip(details);
    show();
}

void MessageBanner::showError(const Error& error)
{
    showMessage(Kind::Error, error.userMessage, error.detail);
}

void MessageBanner::clear()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace valuator
