// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/AppIcon.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace valuator {
namespace {

QPixmap paintIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 64.0, size / 64.0);

    QLinearGradient background(0, 0, 0, 64);
    background.setColorAt(0, QColor(0x1a, 0x73, 0xe8));
    background.setColorAt(1, QColor(0x0b, 0x3d, 0x91));
    p.setPen(Qt::NoPen);
    p.setBrush(background);
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);

    // Car: body, cabin, wheels.
    p.setBrush(Qt::white);
    QPainterPath body;
    body.addRoundedRect(QRectF(8, 30, 48, 14), 5, 5);
    QPainterPath cabin;
    cabin.moveTo(18, 31);
    cabin.lineTo(24, 20);
    cabin.lineTo(41, 20);
    cabin.lineTo(48, 31);
    cabin.closeSubpath();
    p.drawPath(body.united(cabin));
    p.setBrush(QColor(0x0b, 0x3d, 0x91));
    p.drawEllipse(QPointF(20, 44), 6, 6);
    p.drawEllipse(QPointF(44, 44), 6, 6);
    p.setBrush(QColor(0xfb, 0xbc, 0x04));
    p.drawEllipse(QPointF(20, 44), 2.5, 2.5);
    p.drawEllipse(QPointF(44, 44), 2.5, 2.5);
    // Price tag accent.
    p.drawRoundedRect(QRectF(40, 8, 16, 9), 2, 2);
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(paintIcon(size));
    return icon;
}

} // namespace valuator
