// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/DialectPanel.h"

#include "widgets/import/ProposalText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

namespace valuator {
namespace {

const char* const kNeedsDecision = "needsDecision";

template <class T> std::optional<T> choice(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    if (!data.isValid())
        return std::nullopt;
    return static_cast<T>(data.toInt());
}

/// The order of the slash dates the preview settled on without the user, for the Auto entry.
QString detectedDateOrder(const ImportPreview& preview, bool needed)
{
    if (needed)
        return DialectPanel::tr("undecided: choose");
    for (const ColumnProposal& p : preview.settings.proposals)
        if (p.type == InferredType::Date
            && (p.dateFormat == DateFormat::DayMonthYearSlash || p.dateFormat == DateFormat::MonthDayYearSlash))
            return dateFormatName(p.dateFormat);
    return DialectPanel::tr("not needed");
}

} // namespace

DialectPanel::DialectPanel(QWidget* parent)
    : QGroupBox(tr("Dialect (how the file is written)"), parent)
    , m_encoding(addCombo(QStringLiteral("encodingCombo"), tr("Encoding"),
          tr("How the file's bytes become text. Wrong umlauts (Ã¼ for ü) mean a wrong encoding.")))
    , m_delimiter(addCombo(QStringLiteral("delimiterCombo"), tr("Delimiter"),
          tr("The character between fields. European Excel writes ';', others ','.")))
    , m_header(
          addCombo(QStringLiteral("headerCombo"), tr("Header row"), tr("Whether the first row holds column names.")))
    , m_decimal(addCombo(QStringLiteral("decimalCombo"), tr("Decimal separator"),
          tr("How fractions are written: 1,5 (European) or 1.5.")))
    , m_dateOrder(addCombo(QStringLiteral("dateOrderCombo"), tr("Date order"),
          tr("How to read slash dates such as 03/04/2024 when the data cannot tell.")))
    , m_dateOrderFrame(new QFrame(this))
    , m_dateOrderHint(new QLabel(this))
    , m_notes(new QLabel(this))
{
    setObjectName(QStringLiteral("dialectPanel"));
    fillChoices();
    m_dateOrderHint->setObjectName(QStringLiteral("dateOrderHint"));
    m_dateOrderHint->setWordWrap(true);
    m_dateOrderHint->setStyleSheet(QStringLiteral("color:#b3261e;"));
    m_dateOrderHint->setText(tr("Some dates fit both day/month and month/day: choose the order."));
    m_dateOrderHint->hide();
    m_notes->setObjectName(QStringLiteral("dialectNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buildLayout();
    setPreview(nullptr);
}

void DialectPanel::fillChoices()
{
    m_encoding->addItem(tr("Auto"));
    for (TextEncoding e : allTextEncodings())
        m_encoding->addItem(ProposalText::encodingLabel(e), int(e));
    m_delimiter->addItem(tr("Auto"));
    for (char d : {',', ';', '\t', '|'})
        m_delimiter->addItem(ProposalText::delimiterLabel(d), int(d));
    m_header->addItem(tr("Auto"));
    m_header->addItem(tr("Yes: the first row names the columns"), 1);
    m_header->addItem(tr("No: the first row is data"), 0);
    m_decimal->addItem(tr("Auto"));
    m_decimal->addItem(tr("point . (12,500.5)"), int('.'));
    m_decimal->addItem(tr("comma , (12.500,5)"), int(','));
    m_dateOrder->addItem(tr("Auto"));
    m_dateOrder->addItem(tr("Day first (dd/mm/yyyy)"), int(DateFormat::DayMonthYearSlash));
    m_dateOrder->addItem(tr("Month first (mm/dd/yyyy)"), int(DateFormat::MonthDayYearSlash));
}

void DialectPanel::buildLayout()
{
    // Each combo sits in a frame with a 2 px margin; the date order's frame turns red when a column needs that
    // decision (a style sheet on the combo itself would replace its native look).
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const auto addRow = [this, form](const QString& text, QComboBox* combo, QFrame* frame) {
        auto* frameLayout = new QHBoxLayout(frame);
        frameLayout->setContentsMargins(2, 2, 2, 2);
        frameLayout->addWidget(combo);
        auto* label = new QLabel(text, this);
        label->setBuddy(combo);
        form->addRow(label, frame);
    };
    addRow(tr("&Encoding:"), m_encoding, new QFrame(this));
    addRow(tr("&Delimiter:"), m_delimiter, new QFrame(this));
    addRow(tr("&Header row:"), m_header, new QFrame(this));
    addRow(tr("Decimal &separator:"), m_decimal, new QFrame(this));
    m_dateOrderFrame->setObjectName(QStringLiteral("dateOrderFrame"));
    addRow(tr("Date &order:"), m_dateOrder, m_dateOrderFrame);
    form->addRow(QString(), m_dateOrderHint);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(form, 0);
    layout->addSpacing(12);
    layout->addWidget(m_notes, 1);
}

QComboBox* DialectPanel::addCombo(const QString& objectName, const QString& accessibleName, const QString& toolTip)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(22);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        updateDateOrderHighlight();
        emit overridesChanged();
    });
    return combo;
}

ImportOverrides DialectPanel::overrides() const
{
    ImportOverrides o;
    o.encoding = choice<TextEncoding>(m_encoding);
    if (auto d = choice<int>(m_delimiter))
        o.delimiter = char(*d);
    if (auto h = choice<int>(m_header))
        o.hasHeader = *h != 0;
    if (auto d = choice<int>(m_decimal))
        o.decimal = char(*d);
    o.dateOrder = choice<DateFormat>(m_dateOrder);
    return o;
}

void DialectPanel::resetToAuto()
{
    for (QComboBox* combo : {m_encoding, m_delimiter, m_header, m_decimal, m_dateOrder}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    updateDateOrderHighlight();
}

void DialectPanel::setAutoText(QComboBox* combo, const QString& detected)
{
    // Only an Auto entry that is in use shows what was detected: with an override the preview shows the choice.
    if (combo->currentIndex() == 0 || detected.isEmpty())
        combo->setItemText(0, detected.isEmpty() ? tr("Auto") : tr("Auto (%1)").arg(detected));
}

void DialectPanel::setPreview(const ImportPreview* preview)
{
    m_dateOrderNeeded = false;
    if (preview) {
        for (const auto& [column, issue] : preview->issues)
            m_dateOrderNeeded |= issue.kind == ColumnIssue::Kind::AmbiguousDateOrder;
        m_dateOrderNeeded &= !preview->settings.dateOrder.has_value();
        setAutoText(m_encoding, textEncodingName(preview->sniff.encoding));
        setAutoText(m_delimiter, CsvDialect::delimiterName(preview->sniff.delimiter));
        setAutoText(m_header, preview->header.hasHeader ? tr("yes") : tr("no"));
        setAutoText(m_decimal, QString(QLatin1Char(preview->numberFormat.format.decimal)));
        setAutoText(m_dateOrder, detectedDateOrder(*preview, m_dateOrderNeeded));
    } else {
        for (QComboBox* combo : {m_encoding, m_delimiter, m_header, m_decimal, m_dateOrder})
            setAutoText(combo, {});
    }
    showNotes(preview);
    updateDateOrderHighlight();
}

void DialectPanel::showNotes(const ImportPreview* preview)
{
    if (!preview) {
        m_notes->setText(tr("<i>Choose or drop a CSV file: the dialect is detected from its first MiB and shown "
                            "here.</i>"));
        return;
    }
    const QLocale locale;
    QStringList lines;
    const CsvSniffResult& sniff = preview->sniff;
    const int records = int(sniff.sampleRecords.size());
    const QString bytes = locale.formattedDataSize(sniff.sampleBytes);
    lines << (sniff.sampleIsWholeFile
            ? tr("<b>Sample:</b> read the whole file (%1); %n record(s) analysed.", nullptr, records)
            : tr("<b>Sample:</b> read the first %1; %n record(s) analysed.", nullptr, records))
                 .arg(bytes);
    QString encoding = ProposalText::encodingLabel(sniff.encoding).toHtmlEscaped();
    if (sniff.asciiOnly)
        encoding += tr(": the sample is plain ASCII, so any encoding reads it");
    lines << tr("<b>Encoding:</b> %1.").arg(encoding);
    lines << tr("<b>Header:</b> %1").arg(preview->header.reason.toHtmlEscaped());
    QString numbers = preview->numberFormat.reason.toHtmlEscaped();
    if (preview->numberFormat.ambiguous)
        numbers += QLatin1Char(' ') + tr("<span style='color:#b3261e'>Please confirm the decimal separator.</span>");
    lines << tr("<b>Numbers:</b> %1").arg(numbers);
    for (const QString& warning : preview->warnings)
        lines << tr("<span style='color:#a15c00'><b>Note:</b> %1</span>").arg(warning.toHtmlEscaped());
    m_notes->setText(lines.join(QStringLiteral("<br>")));
}

void DialectPanel::updateDateOrderHighlight()
{
    const bool highlight = m_dateOrderNeeded && m_dateOrder->currentIndex() == 0;
    m_dateOrder->setProperty(kNeedsDecision, highlight);
    m_dateOrderFrame->setStyleSheet(highlight
            ? QStringLiteral("#dateOrderFrame{border:2px solid #d93025;border-radius:4px;background:#fce8e6;}")
            : QStringLiteral("#dateOrderFrame{border:2px solid transparent;}"));
    m_dateOrderHint->setVisible(highlight);
}

} // namespace valuator
