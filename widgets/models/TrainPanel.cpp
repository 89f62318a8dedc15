// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/TrainPanel.h"

#include "widgets/models/ParameterDialog.h"
#include "widgets/quality/VersionCombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace valuator {
namespace {

bool selectData(QComboBox* combo, const QString& name)
{
    const int index = combo->findData(name);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

TrainPanel::TrainPanel(QWidget* parent)
    : QGroupBox(tr("Train a model"), parent)
    , m_versions(new VersionCombo(this))
    , m_learner(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_split(new QComboBox(this))
    , m_folds(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_advanced(new QPushButton(tr("&Advanced…"), this))
    , m_overridesLabel(new QLabel(this))
    , m_train(new QPushButton(tr("&Train"), this))
{
    setObjectName(QStringLiteral("trainPanel"));
    // The combos grow with the panel but do not demand their longest entry's width (German and Swedish are longer).
    for (QComboBox* combo : {static_cast<QComboBox*>(m_versions), m_learner, m_preset, m_split}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }
    m_versions->setObjectName(QStringLiteral("trainVersionCombo"));
    m_learner->setObjectName(QStringLiteral("learnerCombo"));
    m_learner->addItem(tr("XGBoost (gradient-boosted trees)"), QStringLiteral("xgboost"));
    m_learner->addItem(tr("Linear (ridge regression)"), QStringLiteral("linear"));
    m_learner->addItem(tr("Baseline (group medians)"), QStringLiteral("baseline"));
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Fast"), QStringLiteral("fast"));
    m_preset->addItem(tr("Balanced"), QStringLiteral("balanced"));
    m_preset->addItem(tr("Accurate"), QStringLiteral("accurate"));
    m_preset->setCurrentIndex(1);
    m_split->setObjectName(QStringLiteral("splitCombo"));
    m_split->addItem(tr("Time (newest 20 % as test)"), QStringLiteral("time"));
    m_split->addItem(tr("K-fold (random)"), QStringLiteral("kfold"));
    m_split->addItem(tr("Grouped by plate"), QStringLiteral("group"));
    m_split->setToolTip(tr("How rows are held out for validation. Time is the honest default for valuation; "
                           "grouping by plate keeps resales of one car on one side."));
    m_folds->setObjectName(QStringLiteral("foldsSpin"));
    m_folds->setRange(2, 20);
    m_folds->setValue(5);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, 999999);
    m_seed->setValue(42);
    m_advanced->setObjectName(QStringLiteral("advancedButton"));
    m_advanced->setToolTip(tr("Edit every parameter of the learner; values are checked before training."));
    m_overridesLabel->setObjectName(QStringLiteral("overridesLabel"));
    m_train->setObjectName(QStringLiteral("trainButton"));
    m_train->setDefault(true);
    m_train->setToolTip(tr("Validate the learner with the chosen split and train the final model, in the "
                           "background."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildRow());
    connect(m_learner, &QComboBox::currentIndexChanged, this, [this] { setOverrides({}); });
    connect(m_split, &QComboBox::currentIndexChanged, this, &TrainPanel::updateSplitControls);
    connect(m_advanced, &QPushButton::clicked, this, &TrainPanel::openAdvanced);
    connect(m_train, &QPushButton::clicked, this, &TrainPanel::trainRequested);
    updateSplitControls();
    setOverrides({});
}

QWidget* TrainPanel::buildRow()
{
    auto* row = new QWidget(this);
    auto* grid = new QHBoxLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* left = new QFormLayout;
    left->addRow(buddyLabel(tr("Dataset &version:"), m_versions, row), m_versions);
    left->addRow(buddyLabel(tr("&Learner:"), m_learner, row), m_learner);
    left->addRow(buddyLabel(tr("&Preset:"), m_preset, row), m_preset);
    auto* right = new QFormLayout;
    right->addRow(buddyLabel(tr("&Split:"), m_split, row), m_split);
    right->addRow(buddyLabel(tr("&Folds:"), m_folds, row), m_folds);
    right->addRow(buddyLabel(tr("S&eed:"), m_seed, row), m_seed);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_advanced);
    buttons->addWidget(m_overridesLabel);
    buttons->addStretch(1);
    buttons->addWidget(m_train);
    grid->addLayout(left, 3);
    grid->addSpacing(12);
    grid->addLayout(right, 2);
    grid->addSpacing(12);
    grid->addLayout(buttons, 1);
    return row;
}

ParameterDialog* TrainPanel::parameterDialog() const
{
    return m_dialog.data();
}

void TrainPanel::updateSplitControls()
{
    m_folds->setEnabled(m_split->currentData().toString() != QLatin1String("time"));
}

bool TrainPanel::selectLearner(const QString& name)
{
    return selectData(m_learner, name);
}

bool TrainPanel::selectPreset(const QString& name)
{
    return selectData(m_preset, name);
}

bool TrainPanel::selectSplit(const QString& name)
{
    return selectData(m_split, name);
}

void TrainPanel::setOverrides(const QMap<QString, QString>& overrides)
{
    m_overrides = overrides;
    QStringList parts;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        parts << QStringLiteral("%1 = %2").arg(it.key(), it.value());
    m_overridesLabel->setText(
        parts.isEmpty() ? tr("Preset values") : tr("Overrides: %1").arg(parts.join(QStringLiteral(", "))));
    m_overridesLabel->setToolTip(m_overridesLabel->text());
}

TrainingConfig TrainPanel::config() const
{
    TrainingConfig config;
    config.learner.learner = m_learner->currentData().toString();
    config.learner.preset = m_preset->currentData().toString();
    config.learner.overrides = m_overrides;
    config.split.kind = splitKindFromName(m_split->currentData().toString()).value_or(SplitKind::Time);
    config.split.folds = m_folds->value();
    config.split.seed = uint64_t(m_seed->value());
    return config;
}

void TrainPanel::setRunning(bool running)
{
    for (QWidget* w : std::initializer_list<QWidget*> {m_versions, m_learner, m_preset, m_split, m_seed, m_advanced})
        w->setEnabled(!running);
    m_folds->setEnabled(!running && m_split->currentData().toString() != QLatin1String("time"));
    m_train->setEnabled(!running && m_versions->currentVersion());
}

void TrainPanel::openAdvanced()
{
    if (m_dialog)
        m_dialog->close();
    LearnerConfig learner = config().learner;
    m_dialog = new ParameterDialog(learner, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ParameterDialog::overridesAccepted, this, &TrainPanel::setOverrides);
    m_dialog->open();
}

} // namespace valuator
