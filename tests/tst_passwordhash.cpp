#include "auth/passwordhash.h"

#include <QTest>

class TestPasswordHash : public QObject
{
    Q_OBJECT
private slots:
    void hashAndVerify();
    void saltsDiffer();
    void rejectsTampering();
    void knownVector();
    void scramVerifierFormat();
};

void TestPasswordHash::hashAndVerify()
{
    const QString h = PasswordHash::hash(QStringLiteral("clerk-demo-2026"));
    QVERIFY(h.startsWith(QStringLiteral("pbkdf2-sha256$")));
    QVERIFY(PasswordHash::iterationsOf(h) >= PasswordHash::minimumIterations);
    QVERIFY(PasswordHash::verify(QStringLiteral("clerk-demo-2026"), h));
    QVERIFY(!PasswordHash::verify(QStringLiteral("clerk-demo-2025"), h));
    QVERIFY(!PasswordHash::verify(QString(), h));
    // Arabic passwords work too.
    const QString arabic = QStringLiteral(u"\u0643\u0644\u0645\u0629\u0633\u0631");
    QVERIFY(PasswordHash::verify(arabic, PasswordHash::hash(arabic, 1000)));
}

void TestPasswordHash::saltsDiffer()
{
    QVERIFY(PasswordHash::hash(QStringLiteral("x"), 1000)
            != PasswordHash::hash(QStringLiteral("x"), 1000));
}

void TestPasswordHash::rejectsTampering()
{
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("plain-text")));
    QVERIFY(
        !PasswordHash::verify(QStringLiteral("x"), QStringLiteral("pbkdf2-sha256$0$AAAA$AAAA")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QString()));
}

void TestPasswordHash::knownVector()
{
    // RFC 7914 section 11: PBKDF2-HMAC-SHA256("passwd", "salt", 1, 64); our first 32 bytes.
    const QString h
        = PasswordHash::hashWithSalt(QStringLiteral("passwd"), QByteArrayLiteral("salt"), 1);
    const QByteArray key = QByteArray::fromBase64(h.section(QLatin1Char('$'), 3).toLatin1());
    QCOMPARE(key.toHex(),
             QByteArrayLiteral("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
}

void TestPasswordHash::scramVerifierFormat()
{
    const QString v = PasswordHash::scramVerifier(QStringLiteral("secret"),
                                                  QByteArrayLiteral("0123456789abcdef"));
    QVERIFY(v.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    QCOMPARE(v.count(QLatin1Char('$')), 2);
    // RFC 7677's example (password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096 iterations):
    // the StoredKey and ServerKey written here are those whose client proof and server
    // signature for the RFC's AuthMessage are the RFC's own "p=dHzbZapW..." and "v=6rriTRBi...".
    QCOMPARE(PasswordHash::scramVerifier(QStringLiteral("pencil"),
                                         QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==")),
             QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"
                            "WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                            "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
