#include "db/connectionprofile.h"

#include <QTest>

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void roundTrip();
    void libpqOptions();
};

void TestConnectionProfile::valid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("path");
    QTest::newRow("sqlite") << "sqlite:///home/clerk/diwan.db" << false << "" << 5432 << ""
                            << ""
                            << "/home/clerk/diwan.db";
    QTest::newRow("pg full")
        << "postgresql://amal@db.moi.example:6432/diwan?sslmode=verify-full&sslrootcert=/etc/ca.pem"
        << true << "db.moi.example" << 6432 << "amal"
        << "diwan"
        << "";
    QTest::newRow("pg default port")
        << "postgres://x@127.0.0.1/diwan" << true << "127.0.0.1" << 5432 << "x"
        << "diwan"
        << "";
}

void TestConnectionProfile::valid()
{
    QFETCH(QString, url);
    QFETCH(bool, postgres);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, path);
    QString error;
    const auto p = ConnectionProfile::fromUrl(url, &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->isPostgres(), postgres);
    QCOMPARE(p->host, host);
    QCOMPARE(p->port, port);
    QCOMPARE(p->user, user);
    QCOMPARE(p->database, database);
    QCOMPARE(p->path, path);
}

void TestConnectionProfile::invalid_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << "";
    QTest::newRow("relative sqlite") << "sqlite://diwan.db";
    QTest::newRow("mysql") << "mysql://u@h/db";
    QTest::newRow("no database") << "postgresql://u@host";
    QTest::newRow("password in url") << "postgresql://u:secret@host/db";
    QTest::newRow("unknown option") << "postgresql://u@host/db?hack=1";
    QTest::newRow("bad port") << "postgresql://u@host:99999/db";
    QTest::newRow("garbage") << "not a url at all";
}

void TestConnectionProfile::invalid()
{
    QFETCH(QString, url);
    QString error;
    QVERIFY(!ConnectionProfile::fromUrl(url, &error));
    QVERIFY(!error.isEmpty());
}

void TestConnectionProfile::roundTrip()
{
    const QString url
        = QStringLiteral("postgresql://amal@db.moi.example:6432/diwan?sslmode=verify-full");
    const auto p = ConnectionProfile::fromUrl(url);
    QVERIFY(p);
    const auto again = ConnectionProfile::fromUrl(p->toUrl());
    QVERIFY(again);
    QCOMPARE(*again, *p);
    QCOMPARE(p->displayName(), QStringLiteral("diwan @ db.moi.example:6432"));
}

void TestConnectionProfile::libpqOptions()
{
    const auto p
        = ConnectionProfile::fromUrl(QStringLiteral("postgresql://u@h/db?sslmode=require"));
    QVERIFY(p);
    const QString o = p->connectOptions();
    QVERIFY(o.contains(QStringLiteral("sslmode='require'")));
    QVERIFY(o.contains(QStringLiteral("application_name='diwan'")));
    QVERIFY(o.contains(QStringLiteral("connect_timeout='10'")));
    QVERIFY(o.contains(QStringLiteral("keepalives='1'")));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
