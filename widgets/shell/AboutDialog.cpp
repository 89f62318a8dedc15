// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/AboutDialog.h"

#include "services/system/LibraryVersions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace valuator {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Car Valuator"));
    auto* title = new QLabel(QStringLiteral("<h2>Car Valuator</h2>"), this);
    auto* blurb = new QLabel(tr("A workbench for used-car valuation: import sales histories, check their quality, "
                                "train and compare models, and explain every price."),
        this);
    blurb->setWordWrap(true);

    auto* versions = new QFormLayout;
    versions->setLabelAlignment(Qt::AlignRight);
    for (const auto& [name, version] : LibraryVersions::current().asList()) {
        auto* value = new QLabel(version, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QStringLiteral("version_") + name.toLower().remove(QLatin1Char(' ')));
        versions->addRow(name + QLatin1Char(':'), value);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(blurb);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Running with:"), this));
    layout->addLayout(versions);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace valuator
