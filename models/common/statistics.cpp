#include "common/statistics.h"

#include <algorithm>
#include <cmath>

namespace Statistics {

Interval wilson(double k, double n, double z)
{
    if (n <= 0)
        return {0, 1};
    const double p = k / n;
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return {std::clamp(centre - half, 0.0, 1.0), std::clamp(centre + half, 0.0, 1.0)};
}

} // namespace Statistics
