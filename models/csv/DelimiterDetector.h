// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <string_view>
#include <vector>

namespace valuator {

/// Finds the field delimiter of a CSV sample: the candidate (`,` `;` tab `|`) that splits the sample's records
/// into the same number of fields (more than one) most consistently. Quote-aware: it parses each candidate with
/// the real CsvReader, so a `;` inside a quoted field does not count. Pure function, any thread.
/// The caller may override the result (CsvDialect is just a value).
class DelimiterDetector {
public:
    static constexpr std::array<char, 4> kCandidates = {',', ';', '\t', '|'};

    /// How one candidate splits the sample.
    struct Candidate {
        char delimiter = ',';
        qsizetype fieldCount = 0; ///< most frequent number of fields per record (ties: the larger)
        double consistency = 0.0; ///< share of records with exactly fieldCount fields
        qsizetype records = 0; ///< records looked at
    };

    struct Detection {
        char delimiter = ','; ///< ',' when no candidate gives more than one field
        /// 0..1: the winner's consistency, halved when another candidate splits the sample just as well
        /// (e.g. `a;1,5` lines), 0 when nothing was found.
        double confidence = 0.0;
        qsizetype fieldCount = 1; ///< the winner's fieldCount
        std::vector<Candidate> candidates; ///< in kCandidates order
    };

    /// `utf8Sample`: the decoded start of the file. Unless `complete` (the sample is the whole file) its last
    /// record may be cut off and is ignored. Looks at up to `maxRecords` records.
    static Detection detect(std::string_view utf8Sample, bool complete, qsizetype maxRecords = 200, char quote = '"');
};

} // namespace valuator
