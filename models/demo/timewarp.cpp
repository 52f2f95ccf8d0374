#include "demo/timewarp.h"

#include "demo/calendar.h"

#include <algorithm>
#include <cmath>

namespace Seeder {

TimeWarp::TimeWarp(qint64 start, qint64 end, const std::function<double(qint64)> &weight)
    : m_start(start)
    , m_end(std::max(end, start + 1))
{
    const qint64 hours = std::max<qint64>(1, (m_end - m_start + hourMs - 1) / hourMs);
    m_cumulative.reserve(size_t(hours) + 1);
    m_cumulative.push_back(0);
    for (qint64 h = 0; h < hours; ++h) {
        const qint64 from = m_start + h * hourMs;
        const double length = double(std::min(hourMs, m_end - from)) / double(hourMs);
        m_cumulative.push_back(m_cumulative.back() + std::max(0.0, weight(from)) * length);
    }
}

qint64 TimeWarp::at(double u) const
{
    const double total = m_cumulative.back();
    if (total <= 0)
        return m_start + qint64(u * double(m_end - m_start));
    const double target = u * total;
    auto it = std::upper_bound(m_cumulative.begin() + 1, m_cumulative.end(), target);
    qint64 h = (it - m_cumulative.begin()) - 1;
    h = std::clamp<qint64>(h, 0, qint64(m_cumulative.size()) - 2);
    const double width = m_cumulative[size_t(h) + 1] - m_cumulative[size_t(h)];
    const double fraction = width > 0 ? (target - m_cumulative[size_t(h)]) / width : 0.5;
    const qint64 from = m_start + h * hourMs;
    const qint64 length = std::min(hourMs, m_end - from);
    return std::min(from + qint64(fraction * double(length)), m_end - 1);
}

double TimeWarp::mean(const std::function<double(double)> &f) const
{
    double sum = 0;
    for (size_t h = 0; h + 1 < m_cumulative.size(); ++h) {
        const double w = m_cumulative[h + 1] - m_cumulative[h];
        const double mid = double(m_start) + (double(h) + 0.5) * double(hourMs);
        sum += w * f(std::max(0.0, (double(m_end) - mid) / double(dayMs)));
    }
    return m_cumulative.back() > 0 ? sum / m_cumulative.back() : 0;
}

double solveDecay(const TimeWarp &warp, double target)
{
    double lo = std::log(1e-3);
    double hi = std::log(1e5);
    for (int i = 0; i < 60; ++i) {
        const double mid = 0.5 * (lo + hi);
        const double tau = std::exp(mid);
        const double fraction = warp.mean([tau](double age) { return std::exp(-age / tau); });
        (fraction < target ? lo : hi) = mid;
    }
    return std::exp(0.5 * (lo + hi));
}

} // namespace Seeder
