// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QMimeData;
class QPushButton;

namespace valuator {

/// The visible target for dropping a CSV file on the Import page, with the "Choose CSV file…" button and the
/// name and size of the file being previewed. The page itself accepts the drop (anywhere on it); this frame
/// only shows the hint and lights up while a file is dragged over the page.
class ImportDropZone : public QFrame {
    Q_OBJECT
public:
    explicit ImportDropZone(QWidget* parent = nullptr);

    QPushButton* chooseButton() const { return m_choose; }
    /// Shows `path` (name, size, folder) as the current file; empty = none yet.
    void setFile(const QString& path);
    /// Highlights the zone while a usable file is dragged over the page.
    void setDragActive(bool active);

    /// The first local file among the dropped URLs, or empty when there is none.
    static QString localFileFrom(const QMimeData* mime);

private:
    QLabel* m_hint;
    QLabel* m_file;
    QPushButton* m_choose;
};

} // namespace valuator
