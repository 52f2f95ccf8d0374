#pragma once

#include <QtGlobal>

#include <functional>
#include <vector>

namespace Seeder {

// Maps u in [0, 1) to a moment in [start, end) so that moments fall where the weight is: rows
// numbered in time order get non-decreasing timestamps, dense where the weight is high. The
// weight is sampled once an hour.
class TimeWarp
{
public:
    TimeWarp(qint64 start, qint64 end, const std::function<double(qint64)> &weight);

    qint64 at(double u) const;
    // The weighted mean of f(age in days at the end of the window) over the window.
    double mean(const std::function<double(double)> &f) const;

private:
    qint64 m_start;
    qint64 m_end;
    std::vector<double> m_cumulative;
};

// tau (days) such that rows open with probability exp(-age / tau) make up `target` of all rows.
double solveDecay(const TimeWarp &warp, double target);

} // namespace Seeder
