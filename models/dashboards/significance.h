#pragma once

#include <QtGlobal>

// Whether a share changed between two periods: the two-proportion z-test with the pooled
// standard error, two-sided, as the textbooks give it (the normal approximation; fine for the
// sample sizes a dashboard marks, and the small-sample warning covers the rest).
namespace Significance {

struct ZTest
{
    double p1 = 0;      // x1 / n1
    double p2 = 0;      // x2 / n2
    double pooled = 0;  // (x1 + x2) / (n1 + n2)
    double z = 0;       // (p2 - p1) / SE: positive when the second period's share is higher
    double pValue = 1;  // two-sided
    bool valid = false; // both samples non-empty and the pooled share strictly between 0 and 1
};

// x successes of n in the first period, and in the second.
ZTest twoProportion(qint64 x1, qint64 n1, qint64 x2, qint64 n2);

// The two-sided p-value of a standard normal statistic: 2 (1 - Phi(|z|)).
double twoSidedP(double z);

// Marked on a dashboard: a valid test with p below 0.05.
constexpr double alpha = 0.05;
inline bool isSignificant(const ZTest &t)
{
    return t.valid && t.pValue < alpha;
}

} // namespace Significance
