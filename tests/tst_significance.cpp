// The two-proportion z-test against worked examples published with their figures.
#include "dashboards/significance.h"

#include <QTest>

class TstSignificance : public QObject
{
    Q_OBJECT
private slots:
    void workedExamples_data();
    void workedExamples();
    void degenerate();
};

QTEST_GUILESS_MAIN(TstSignificance)
#include "tst_significance.moc"
