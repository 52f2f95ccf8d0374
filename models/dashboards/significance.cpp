#include "dashboards/significance.h"

#include <QtGlobal>

#include <cmath>

namespace Significance {

double twoSidedP(double z)
{
    return std::erfc(std::fabs(z) / std::sqrt(2.0));
}

ZTest twoProportion(qint64 x1, qint64 n1, qint64 x2, qint64 n2)
{
    ZTest t;
    if (n1 <= 0 || n2 <= 0 || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2)
        return t;
    t.p1 = double(x1) / double(n1);
    t.p2 = double(x2) / double(n2);
    t.pooled = double(x1 + x2) / double(n1 + n2);
    const double se
        = std::sqrt(t.pooled * (1.0 - t.pooled) * (1.0 / double(n1) + 1.0 / double(n2)));
    if (!(se > 0))
        return t;
    t.z = (t.p2 - t.p1) / se;
    t.pValue = twoSidedP(t.z);
    t.valid = true;
    return t;
}

} // namespace Significance
