// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/learners/RidgeLearner.h"

#include "models/learners/RidgeModel.h"

#include <Eigen/Dense>
#include <cmath>

namespace valuator {

namespace {

constexpr int64_t kBlockRows = 1024;

/// The features and terms of the encoding, with centres and scales from the training rows (pass 1).
void learnEncoding(const FeatureMatrix& x, std::vector<RidgeFeature>& features, std::vector<RidgeTerm>& terms)
{
    const double n = double(x.rows);
    for (int c = 0; c < x.columns; ++c) {
        const FeatureKind kind = x.kinds[size_t(c)];
        features.push_back({x.names.value(c), kind, 0});
        if (kind == FeatureKind::Categorical) {
            int levels = c < int(x.categoryCounts.size()) ? x.categoryCounts[size_t(c)] : 0;
            std::vector<int64_t> counts(size_t(std::max(levels, 0)), 0);
            for (int64_t r = 0; r < x.rows; ++r) {
                const float v = x.at(r, c);
                if (v >= 0 && v == std::floor(v) && v < float(1 << 24)) {
                    if (size_t(v) >= counts.size())
                        counts.resize(size_t(v) + 1, 0); // no categoryCounts: learn the codes seen
                    ++counts[size_t(v)];
                }
            }
            for (size_t k = 0; k < counts.size(); ++k)
                if (counts[k] > 0 && counts[k] < x.rows)
                    terms.push_back({c, RidgeTerm::Kind::Level, int(k), double(counts[k]) / n, 1.0});
            continue;
        }
        int64_t present = 0;
        double sum = 0;
        for (int64_t r = 0; r < x.rows; ++r)
            if (const float v = x.at(r, c); !std::isnan(v)) {
                ++present;
                sum += v;
            }
        if (present == 0)
            continue; // nothing to learn from an all-missing column
        const double mean = sum / double(present);
        double squares = 0;
        for (int64_t r = 0; r < x.rows; ++r)
            if (const float v = x.at(r, c); !std::isnan(v))
                squares += (v - mean) * (v - mean);
        const double sd = std::sqrt(squares / n); // imputed rows add zero deviation
        features.back().impute = mean;
        if (sd > 1e-12 * std::max(1.0, std::abs(mean)))
            terms.push_back({c, RidgeTerm::Kind::Value, -1, mean, sd});
        if (present < x.rows)
            terms.push_back({c, RidgeTerm::Kind::Missing, -1, double(x.rows - present) / n, 1.0});
    }
}

double standardised(const RidgeTerm& t, const RidgeFeature& f, float x)
{
    double e = 0;
    switch (t.kind) {
    case RidgeTerm::Kind::Value:
        e = std::isnan(x) ? f.impute : double(x);
        break;
    case RidgeTerm::Kind::Missing:
        e = std::isnan(x) ? 1.0 : 0.0;
        break;
    case RidgeTerm::Kind::Level:
        e = double(x) == double(t.level) ? 1.0 : 0.0;
        break;
    }
    return (e - t.center) / t.scale;
}

} // namespace

QJsonObject RidgeLearner::parameters() const
{
    return QJsonObject {{QStringLiteral("lambda"), m_lambda}};
}

Result<std::unique_ptr<TrainedModel>> RidgeLearner::fit(const FeatureMatrix& x, std::span<const float> y,
    const FeatureMatrix*, std::span<const float>, const FitOptions& options) const
{
    if (x.rows < 2 || y.size() != size_t(x.rows) || x.kinds.size() != size_t(x.columns)
        || x.values.size() != size_t(x.rows) * size_t(x.columns)
        || !std::all_of(y.begin(), y.end(), [](float v) { return std::isfinite(v); }))
        return fail(ErrorCode::InvalidArgument, tr("Training needs at least two rows, each with a finite target."),
            QStringLiteral("rows %1, targets %2").arg(x.rows).arg(y.size()));
    std::vector<RidgeFeature> features;
    std::vector<RidgeTerm> terms;
    learnEncoding(x, features, terms);
    const int64_t p = int64_t(terms.size());
    double meanY = 0;
    for (float v : y)
        meanY += v;
    meanY /= double(x.rows);

    // Pass 2: G = Z'Z (lower triangle) and c = Z'(y - mean), block by block.
    Eigen::MatrixXd gram = Eigen::MatrixXd::Zero(p, p);
    Eigen::VectorXd zy = Eigen::VectorXd::Zero(p);
    double yy = 0;
    Eigen::MatrixXd block(kBlockRows, p);
    Eigen::VectorXd yBlock(kBlockRows);
    for (int64_t start = 0; start < x.rows; start += kBlockRows) {
        const int64_t rows = std::min(kBlockRows, x.rows - start);
        for (int64_t i = 0; i < rows; ++i) {
            const auto row = x.row(start + i);
            for (int64_t j = 0; j < p; ++j) {
                const RidgeTerm& t = terms[size_t(j)];
                block(i, j) = standardised(t, features[size_t(t.feature)], row[size_t(t.feature)]);
            }
            yBlock(i) = double(y[size_t(start + i)]) - meanY;
            yy += yBlock(i) * yBlock(i);
        }
        gram.selfadjointView<Eigen::Lower>().rankUpdate(block.topRows(rows).transpose());
        zy.noalias() += block.topRows(rows).transpose() * yBlock.head(rows);
        if (!reportProgress(options.progress, start + rows, x.rows))
            return fail(Error::cancelled());
    }
    gram.triangularView<Eigen::StrictlyUpper>() = gram.transpose();

    const Eigen::MatrixXd penalised = gram + m_lambda * Eigen::MatrixXd::Identity(p, p);
    const Eigen::LDLT<Eigen::MatrixXd> ldlt(penalised);
    if (ldlt.info() != Eigen::Success || (p > 0 && !ldlt.isPositive()))
        return fail(ErrorCode::InvalidArgument, tr("The linear model could not be solved; try a larger lambda."),
            QStringLiteral("LDLT failed for p = %1, lambda = %2").arg(p).arg(m_lambda));
    const Eigen::VectorXd b = ldlt.solve(zy);

    // Sampling covariance of b for a fixed design: sigma^2 A^-1 G A^-1 with A = G + lambda I.
    RidgeFitStats stats {m_lambda, x.rows, 0, 0};
    const Eigen::MatrixXd aInvG = ldlt.solve(gram);
    stats.effectiveDof = aInvG.trace();
    const double rss = std::max(0.0, yy - 2 * b.dot(zy) + b.dot(gram * b));
    const double dofLeft = double(x.rows) - 1 - stats.effectiveDof;
    stats.sigma = dofLeft > 0 ? std::sqrt(rss / dofLeft) : std::numeric_limits<double>::quiet_NaN();
    const Eigen::MatrixXd covariance = stats.sigma * stats.sigma * ldlt.solve(aInvG.transpose());
    for (int64_t j = 0; j < p; ++j) {
        RidgeTerm& t = terms[size_t(j)];
        t.beta = b(j) / t.scale;
        t.stdError = std::sqrt(std::max(0.0, covariance(j, j)));
    }
    return std::unique_ptr<TrainedModel>(
        std::make_unique<RidgeModel>(std::move(features), std::move(terms), meanY, stats));
}

} // namespace valuator
