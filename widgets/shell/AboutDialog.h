// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace valuator {

/// Help ▸ About: what Car Valuator is and the versions of Qt, XGBoost, SQLite and libcurl it runs with.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace valuator
