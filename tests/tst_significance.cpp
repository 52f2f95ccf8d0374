// The two-proportion z-test against worked examples published with their figures (the Wilson
// interval is common/statistics, tested by tst_statistics).
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

void TstSignificance::workedExamples_data()
{
    QTest::addColumn<qint64>("x1");
    QTest::addColumn<qint64>("n1");
    QTest::addColumn<qint64>("x2");
    QTest::addColumn<qint64>("n2");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("tolerance"); // the precision the source printed
    // Stat Trek, "Hypothesis test: difference between proportions", example 1: 38% of 100 women
    // and 51% of 200 men; pooled 0.467, SE 0.061, z = -2.13 (their order), P = 0.0332.
    QTest::newRow("stattrek") << qint64(38) << qint64(100) << qint64(102) << qint64(200) << 2.13
                              << 0.0332 << 0.005;
    // A poll of 300 voters in New York (56%) and 200 in Washington (48%): z = 1.755,
    // two-tailed P = 0.0792.
    QTest::newRow("voters") << qint64(96) << qint64(200) << qint64(168) << qint64(300) << 1.755
                            << 0.0792 << 0.0005;
    // 28 of 254 against 36 of 301: z = -0.344 (their order), P = 0.7307.
    QTest::newRow("not significant")
        << qint64(36) << qint64(301) << qint64(28) << qint64(254) << -0.344 << 0.7307 << 0.0005;
    // University of Northern Iowa (Clayson): 70% and 75% of 200 students each, pooled .725,
    // Z = -1.12, one-tailed sig 0.1314 (two-sided 0.2628).
    QTest::newRow("uni") << qint64(140) << qint64(200) << qint64(150) << qint64(200) << 1.12
                         << 0.2628 << 0.005;
}

void TstSignificance::workedExamples()
{
    QFETCH(qint64, x1);
    QFETCH(qint64, n1);
    QFETCH(qint64, x2);
    QFETCH(qint64, n2);
    QFETCH(double, z);
    QFETCH(double, p);
    QFETCH(double, tolerance);
    const Significance::ZTest t = Significance::twoProportion(x1, n1, x2, n2);
    QVERIFY(t.valid);
    QVERIFY2(qAbs(t.z - z) < tolerance, qPrintable(QString::number(t.z, 'f', 6)));
    QVERIFY2(qAbs(t.pValue - p) < tolerance, qPrintable(QString::number(t.pValue, 'f', 6)));
    QCOMPARE(Significance::isSignificant(t), p < 0.05);
}

void TstSignificance::degenerate()
{
    QVERIFY(!Significance::twoProportion(0, 0, 5, 10).valid);    // an empty period
    QVERIFY(!Significance::twoProportion(10, 10, 20, 20).valid); // everyone both times
    QVERIFY(!Significance::twoProportion(0, 10, 0, 20).valid);   // nobody both times
    QVERIFY(!Significance::twoProportion(11, 10, 0, 20).valid);  // more than asked
    QCOMPARE(Significance::twoSidedP(0.0), 1.0);
    QVERIFY(qAbs(Significance::twoSidedP(1.959964) - 0.05) < 1e-6);
}

QTEST_GUILESS_MAIN(TstSignificance)
#include "tst_significance.moc"
