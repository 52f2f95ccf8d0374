#include "simulation/simulationreport.h"

#include <QStringList>
#include <QTextStream>

namespace Simulation {

qint64 Report::Kind::refusedTotal() const
{
    qint64 total = 0;
    for (qint64 n : refused)
        total += n;
    return total;
}

qint64 Report::sent() const
{
    qint64 total = 0;
    for (const Kind &k : kinds)
        total += k.sent;
    return total;
}

qint64 Report::errors() const
{
    qint64 total = 0;
    for (const Kind &k : kinds)
        total += k.errors;
    return total;
}

QString Report::toText() const
{
    QString text;
    QTextStream out(&text);
    out << "simulated " << requests << " requests in "
        << QString::number(milliseconds / 1000.0, 'f', 1) << " s (seed " << seed << ", " << rate
        << "/s; " << sent() - requests << " sent twice with their key)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("request"), -13)
               .arg(QStringLiteral("sent"), 6)
               .arg(QStringLiteral("done"), 6)
               .arg(QStringLiteral("repeated"), 8)
               .arg(QStringLiteral("refused"), 7)
               .arg(QStringLiteral("errors"), 6);
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        const Kind &k = it.value();
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(it.key(), -13)
                   .arg(k.sent, 6)
                   .arg(k.done, 6)
                   .arg(k.repeated, 8)
                   .arg(k.refusedTotal(), 7)
                   .arg(k.errors, 6);
        QStringList codes;
        for (auto c = k.refused.cbegin(); c != k.refused.cend(); ++c)
            codes << QStringLiteral("%1 %2").arg(c.key()).arg(c.value());
        if (!codes.isEmpty())
            out << "  refused: " << codes.join(QLatin1String(", "));
        out << '\n';
    }
    return text;
}

} // namespace Simulation
