#include "common/statistics.h"

#include <QTest>

#include <cmath>

// The Wilson score interval against the worked examples of Newcombe (1998), "Two-sided
// confidence intervals for the single proportion: comparison of seven methods", Statistics in
// Medicine 17, 857-872, Table II, method 3 (score method without continuity correction), 95%.
class TestStatistics : public QObject
{
    Q_OBJECT
private slots:
    void wilsonNewcombe_data();
    void wilsonNewcombe();
    void wilsonEdges();
};

void TestStatistics::wilsonNewcombe_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("81/263") << 81 << 263 << 0.2553 << 0.3662;
    QTest::newRow("15/148") << 15 << 148 << 0.0624 << 0.1605;
    QTest::newRow("0/20") << 0 << 20 << 0.0000 << 0.1611;
    QTest::newRow("1/29") << 1 << 29 << 0.0061 << 0.1718;
}

void TestStatistics::wilsonNewcombe()
{
    QFETCH(int, k);
    QFETCH(int, n);
    QFETCH(double, low);
    QFETCH(double, high);
    const Statistics::Interval i = Statistics::wilson(k, n);
    // The paper gives four decimals.
    QCOMPARE(std::round(i.low * 10000) / 10000, low);
    QCOMPARE(std::round(i.high * 10000) / 10000, high);
}

void TestStatistics::wilsonEdges()
{
    // All successes mirrors none; no answers at all says nothing.
    const Statistics::Interval all = Statistics::wilson(20, 20);
    QCOMPARE(std::round(all.low * 10000) / 10000, 0.8389);
    QCOMPARE(all.high, 1.0);
    const Statistics::Interval none = Statistics::wilson(0, 0);
    QCOMPARE(none.low, 0.0);
    QCOMPARE(none.high, 1.0);
    // A 99% interval (z = 2.576) is wider than the 95% one.
    const Statistics::Interval wide = Statistics::wilson(81, 263, 2.576);
    QVERIFY(wide.low < 0.2553 && wide.high > 0.3662);
}

QTEST_MAIN(TestStatistics)
#include "tst_statistics.moc"
