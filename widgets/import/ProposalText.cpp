// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/ProposalText.h"

#include "models/csv/CsvDialect.h"
#include "models/typing/Units.h"

#include <QStringList>

namespace valuator {

QString ProposalText::describe(const ColumnProposal& p)
{
    QStringList parts;
    switch (p.type) {
    case InferredType::Integer:
        parts << tr("integer");
        break;
    case InferredType::Decimal:
        parts << tr("decimal") << tr("e.g. %1").arg(p.numberFormat.example());
        break;
    case InferredType::Date: {
        QString formats = dateFormatName(p.dateFormat);
        for (DateFormat alternate : dateFormatsIn(p.alternateDateFormats))
            formats += QStringLiteral(" + ") + dateFormatName(alternate);
        parts << tr("date") << formats;
        if (p.dateOrderAmbiguous)
            parts << tr("day/month order undecided");
        break;
    }
    case InferredType::Text:
        parts << (p.looksBoolean ? tr("text (yes/no)") : tr("text"));
        break;
    case InferredType::TextList:
        parts << tr("list");
        break;
    }
    if (p.unit != Unit::None)
        parts << tr("unit %1").arg(Units::symbol(p.unit));
    return parts.join(QStringLiteral(" · "));
}

QString ProposalText::encodingLabel(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return tr("UTF-8");
    case TextEncoding::Utf8Bom:
        return tr("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return tr("UTF-16 little endian");
    case TextEncoding::Utf16BE:
        return tr("UTF-16 big endian");
    case TextEncoding::Windows1252:
        return tr("Windows-1252 (Western Europe)");
    case TextEncoding::Latin1:
        return tr("ISO-8859-1 (Latin-1)");
    }
    return textEncodingName(encoding);
}

QString ProposalText::delimiterLabel(char delimiter)
{
    switch (delimiter) {
    case ',':
        return tr("comma ,");
    case ';':
        return tr("semicolon ;");
    case '\t':
        return tr("tab");
    case '|':
        return tr("pipe |");
    case ' ':
        return tr("space");
    default:
        return CsvDialect::delimiterName(delimiter);
    }
}

} // namespace valuator
