#pragma once

// Small statistics shared by the work areas that show survey results (the poll designer's
// results, the dashboards): confidence intervals for proportions.
namespace Statistics {

struct Interval
{
    double low = 0;
    double high = 0;
};

// The Wilson score interval (Wilson 1927; method 3 of Newcombe 1998) for k successes out of n,
// at the normal quantile z (1.96: 95%). Stays within [0, 1] and is sound for small n and for k
// near 0 or n, where the textbook (Wald) interval is not. n = 0 gives [0, 1].
Interval wilson(double k, double n, double z = 1.96);

} // namespace Statistics
