// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/explain/CarTab.h"

#include "services/explain/ExplainService.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/explain/ExplainPlots.h"
#include "widgets/plots/XyChartView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace valuator {
namespace {

const QString kCurrency = QStringLiteral("EUR");
const QString kEquipment = QStringLiteral("equipment");

QStringList equipmentOf(const QJsonObject& car)
{
    const QJsonValue v = car.value(kEquipment);
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items << item.toString();
        return items;
    }
    return v.toString().split(QStringLiteral("; "), Qt::SkipEmptyParts);
}

QString money(double amount)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(amount, 'f', 0), kCurrency);
}

} // namespace

CarTab::CarTab(MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_banner(banner)
    , m_cars(new QComboBox(this))
    , m_mileage(new QSpinBox(this))
    , m_year(new QSpinBox(this))
    , m_reset(new QPushButton(tr("Reset &what-if"), this))
    , m_equipmentBox(new QWidget(this))
    , m_equipmentLayout(new QVBoxLayout(m_equipmentBox))
    , m_price(new QLabel(this))
    , m_chart(new XyChartView(this))
    , m_sheet(new QTableWidget(0, 3, this))
{
    m_cars->setObjectName(QStringLiteral("carCombo"));
    m_cars->setToolTip(tr("A car of the explained sample (cars are named by their features, never their plate)."));
    m_mileage->setObjectName(QStringLiteral("whatIfMileage"));
    m_mileage->setRange(0, 2000000);
    m_mileage->setSingleStep(5000);
    m_mileage->setSuffix(tr(" km"));
    m_mileage->setGroupSeparatorShown(true);
    m_year->setObjectName(QStringLiteral("whatIfYear"));
    m_year->setRange(1950, 2100);
    m_reset->setObjectName(QStringLiteral("whatIfReset"));
    m_price->setObjectName(QStringLiteral("priceLabel"));
    m_price->setWordWrap(true);
    QFont big = m_price->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_price->setFont(big);
    m_chart->setObjectName(QStringLiteral("waterfallChart"));
    m_chart->setMinimumSize(520, 420);
    m_sheet->setObjectName(QStringLiteral("dealerSheet"));
    m_sheet->setHorizontalHeaderLabels({tr("Dealer line"), tr("Car values"), tr("Amount")});
    m_sheet->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_sheet->verticalHeader()->hide();
    m_sheet->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sheet->setWordWrap(true);

    QWidget* left = buildControls();
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_sheet);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({300, 700, 500});
    left->setMinimumWidth(260);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_cars, &QComboBox::currentIndexChanged, this, &CarTab::chooseCar);
    connect(m_mileage, &QSpinBox::valueChanged, this, &CarTab::applyEdits);
    connect(m_year, &QSpinBox::valueChanged, this, &CarTab::applyEdits);
    connect(m_reset, &QPushButton::clicked, this, [this] { chooseCar(m_cars->currentIndex()); });
    clear(tr("Choose a model to explain."));
}

QWidget* CarTab::buildControls()
{
    auto* whatIf = new QGroupBox(tr("What if…"), this);
    auto* form = new QFormLayout(whatIf);
    form->addRow(tr("Mi&leage:"), m_mileage);
    form->addRow(tr("Model &year:"), m_year);
    auto* scroll = new QScrollArea(whatIf);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_equipmentBox);
    form->addRow(tr("Equipment:"), scroll);
    form->addRow(m_reset);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    auto* carLabel = new QLabel(tr("C&ar:"), left);
    carLabel->setBuddy(m_cars);
    leftLayout->addWidget(carLabel);
    leftLayout->addWidget(m_cars);
    leftLayout->addWidget(m_price);
    leftLayout->addWidget(whatIf, 1);
    return left;
}

void CarTab::clear(const QString& text)
{
    m_outcome.reset();
    m_valid = false;
    {
        const QSignalBlocker block(m_cars);
        m_cars->clear();
    }
    buildEquipment({});
    m_price->setText(text);
    m_chart->clear(text);
    m_sheet->setRowCount(0);
    setEnabled(false);
}

void CarTab::setOutcome(std::shared_ptr<const ExplainOutcome> outcome)
{
    clear({});
    m_outcome = std::move(outcome);
    if (!m_outcome || m_outcome->cars.isEmpty()) {
        m_price->setText(tr("No car was explained."));
        return;
    }
    setEnabled(true);
    buildEquipment(m_outcome->model.spec.equipmentTokens());
    {
        const QSignalBlocker block(m_cars);
        for (const QJsonObject& car : m_outcome->cars)
            m_cars->addItem(ExplainJob::carLabel(car));
    }
    chooseCar(0);
}

void CarTab::buildEquipment(const QStringList& tokens)
{
    qDeleteAll(m_equipment);
    m_equipment.clear();
    for (const QString& token : tokens) {
        auto* box = new QCheckBox(token, m_equipmentBox);
        box->setObjectName(QStringLiteral("equipment:") + token);
        connect(box, &QCheckBox::toggled, this, &CarTab::applyEdits);
        m_equipmentLayout->addWidget(box);
        m_equipment << box;
    }
}

void CarTab::chooseCar(int index)
{
    if (!m_outcome || index < 0 || index >= m_outcome->cars.size())
        return;
    m_original = m_outcome->cars.at(index);
    m_car = m_original;
    syncControls();
    explainCurrent();
}

void CarTab::syncControls()
{
    const QSignalBlocker a(m_mileage);
    const QSignalBlocker b(m_year);
    m_mileage->setValue(int(m_car.value(QStringLiteral("mileage_km")).toDouble()));
    m_year->setValue(int(m_car.value(QStringLiteral("model_year")).toDouble()));
    const QStringList items = equipmentOf(m_car);
    for (QCheckBox* box : m_equipment) {
        const QSignalBlocker c(box);
        box->setChecked(items.contains(box->text()));
    }
}

void CarTab::applyEdits()
{
    if (!m_outcome)
        return;
    m_car = m_original;
    m_car.insert(QStringLiteral("mileage_km"), m_mileage->value());
    if (m_year->value() != int(m_original.value(QStringLiteral("model_year")).toDouble())) {
        m_car.insert(QStringLiteral("model_year"), m_year->value());
        m_car.remove(QStringLiteral("first_registration")); // else the registration date would fix the age
    }
    QStringList items;
    for (const QString& item : equipmentOf(m_original)) // keep items the model has no toggle for
        if (!m_outcome->model.spec.equipmentTokens().contains(item))
            items << item;
    for (QCheckBox* box : m_equipment)
        if (box->isChecked())
            items << box->text();
    m_car.insert(kEquipment, QJsonArray::fromStringList(items));
    explainCurrent();
}

void CarTab::explainCurrent()
{
    auto explained = ExplainService::explainCar(m_outcome->model, m_car);
    if (!explained) {
        m_valid = false;
        m_banner->showError(explained.error());
        return;
    }
    m_valid = true;
    m_explanation = std::move(*explained);
    m_waterfall = Waterfall::build(m_explanation);
    m_price->setText(tr("Price: %1\n(base value %2)").arg(money(m_explanation.price), money(m_explanation.basePrice)));
    ExplainPlots::showWaterfall(*m_chart, m_waterfall, kCurrency);
    showSheet();
    emit carExplained();
}

void CarTab::showSheet()
{
    const QList<DealerLine>& lines = m_explanation.dealerLines;
    m_sheet->setRowCount(int(lines.size()) + 1);
    for (int i = 0; i < lines.size(); ++i) {
        const DealerLine& line = lines.at(i);
        m_sheet->setItem(i, 0, new QTableWidgetItem(line.label));
        // "Other equipment" lists every absent item: shorten it, the tooltip keeps the whole text.
        auto* values = new QTableWidgetItem(
            line.carValues.size() > 90 ? line.carValues.left(88) + QStringLiteral("…") : line.carValues);
        values->setToolTip(line.carValues);
        m_sheet->setItem(i, 1, values);
        auto* amount = new QTableWidgetItem(money(line.amount));
        amount->setData(Qt::UserRole, line.amount);
        amount->setData(Qt::UserRole + 1, line.key);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_sheet->setItem(i, 2, amount);
    }
    const int last = int(lines.size());
    QFont bold = m_sheet->font();
    bold.setBold(true);
    auto* label = new QTableWidgetItem(tr("Price"));
    label->setFont(bold);
    auto* total = new QTableWidgetItem(money(m_explanation.price));
    total->setFont(bold);
    total->setData(Qt::UserRole, m_explanation.price);
    total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_sheet->setItem(last, 0, label);
    m_sheet->setItem(last, 1, new QTableWidgetItem());
    m_sheet->setItem(last, 2, total);
    m_sheet->resizeColumnToContents(0);
    m_sheet->resizeColumnToContents(2);
    m_sheet->resizeRowsToContents();
}

} // namespace valuator
