#include "demo/random.h"

#include <algorithm>

namespace Seeder {

Weighted::Weighted(const QList<double> &weights)
{
    double sum = 0;
    for (double w : weights) {
        sum += std::max(0.0, w);
        m_cumulative.push_back(sum);
    }
}

int Weighted::pick(Rng &rng) const
{
    if (m_cumulative.empty())
        return 0;
    const double t = rng.uniform() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), t);
    return int(std::min<qsizetype>(it - m_cumulative.begin(), qsizetype(m_cumulative.size()) - 1));
}

int pickFrom(Rng &rng, const double *weights, int n)
{
    double sum = 0;
    for (int k = 0; k < n; ++k)
        sum += weights[k];
    double t = rng.uniform() * sum;
    for (int k = 0; k < n; ++k) {
        if (t < weights[k])
            return k;
        t -= weights[k];
    }
    return n - 1;
}

} // namespace Seeder
