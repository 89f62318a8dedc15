// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/ImportDropZone.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace valuator {
namespace {

const QString kIdleStyle
    = QStringLiteral("#importDropZone{border:2px dashed palette(mid);border-radius:6px;background:palette(base);}");
const QString kActiveStyle
    = QStringLiteral("#importDropZone{border:2px dashed #1a73e8;border-radius:6px;background:#e8f0fe;}");

} // namespace

ImportDropZone::ImportDropZone(QWidget* parent)
    : QFrame(parent)
    , m_hint(new QLabel(this))
    , m_file(new QLabel(this))
    , m_choose(new QPushButton(tr("&Choose CSV file…"), this))
{
    setObjectName(QStringLiteral("importDropZone"));
    setAccessibleName(tr("Drop zone for CSV files"));
    setStyleSheet(kIdleStyle);
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_FileIcon).pixmap(size, size));
    m_hint->setText(tr("<b>Drop a CSV file here</b> (dealership exports in any dialect: Excel, semicolons, "
                       "decimal commas, Windows-1252…)"));
    m_hint->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("importFileLabel"));
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_choose->setAccessibleName(tr("Choose CSV file"));
    m_choose->setToolTip(tr("Pick a CSV file to preview and import."));

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_hint);
    text->addWidget(m_file);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(icon, 0, Qt::AlignVCenter);
    layout->addLayout(text, 1);
    layout->addWidget(m_choose, 0, Qt::AlignVCenter);
    setFile({});
}

void ImportDropZone::setFile(const QString& path)
{
    if (path.isEmpty()) {
        m_file->setText(tr("No file chosen yet."));
        return;
    }
    const QFileInfo info(path);
    m_file->setText(tr("Previewing <b>%1</b> (%2) in %3")
                        .arg(info.fileName().toHtmlEscaped(), QLocale().formattedDataSize(info.size()),
                            info.absolutePath().toHtmlEscaped()));
}

void ImportDropZone::setDragActive(bool active)
{
    setStyleSheet(active ? kActiveStyle : kIdleStyle);
}

QString ImportDropZone::localFileFrom(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    return {};
}

} // namespace valuator
