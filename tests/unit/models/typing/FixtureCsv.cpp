// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixtureCsv.h"

#include <QFile>

namespace valuator::test {

FixtureCsv FixtureCsv::read(const QString& path, char delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = file.readAll();
    return parse(std::string(bytes.constData(), size_t(bytes.size())), delimiter);
}

FixtureCsv FixtureCsv::parse(const std::string& text, char delimiter)
{
    FixtureCsv out;
    size_t i = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    qint64 line = 1;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    bool recordStarted = false;
    const auto endRecord = [&] {
        record.push_back(std::move(field));
        field.clear();
        out.records.push_back(std::move(record));
        record.clear();
        recordStarted = false;
    };
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (!recordStarted) {
            out.lines.push_back(line);
            recordStarted = true;
        }
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field.push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                line += c == '\n' ? 1 : 0;
                field.push_back(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == delimiter) {
            record.push_back(std::move(field));
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;
        } else if (c == '\n') {
            ++line;
            endRecord();
        } else {
            field.push_back(c);
        }
    }
    if (recordStarted) {
        endRecord();
    }
    return out;
}

} // namespace valuator::test
