#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>
#include <vector>

namespace Seeder {

// splitmix64's finaliser.
inline quint64 mix64(quint64 z)
{
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// One independent random stream per (seed, table, row): a row's values are a pure function of its
// index, so a later pass (events, attachments, answers) can regenerate the row it hangs off
// instead of keeping millions of rows in memory. The numbers are part of the seeded data:
// changing a stream or the order of draws changes every row after it.
enum Stream : quint64 {
    TransactionStream = 1,
    ApplicantStream,
    AttachmentStream,
    ContributionStream,
    ReportStream,
    AuthorStream,
    ResponseStream,
    QueueStream,
};

// splitmix64.
class Rng
{
public:
    Rng(quint64 seed, Stream stream, quint64 index)
        : m_state(mix64(mix64(seed ^ (quint64(stream) << 56)) + index))
    {}

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(qsizetype n) { return n <= 0 ? 0 : int((next() >> 16) % quint64(n)); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(list.size())); }

private:
    quint64 m_state;
};

// Picks an index with probability proportional to its weight.
class Weighted
{
public:
    Weighted() = default;
    explicit Weighted(const QList<double> &weights);
    int pick(Rng &rng) const;

private:
    std::vector<double> m_cumulative;
};

// The same for a short array of weights, without building a table.
int pickFrom(Rng &rng, const double *weights, int n);

} // namespace Seeder
