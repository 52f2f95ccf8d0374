#include "fixtures.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

// diwan-admin search: what the GUI's searches find, from a script. Exit codes and the lines a
// person or a script reads: area, id, the text with the matched words in brackets.
class TestSearchCli : public QObject
{
    Q_OBJECT
private slots:
    void findsAndMarks_data() { TestDatabase::addRows(); }
    void findsAndMarks();
    void anyTextIsAQuery_data();
    void anyTextIsAQuery();
    void usageAndDatabaseErrors_data();
    void usageAndDatabaseErrors();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run admin(const QStringList &args, const QString &password = {});
};

TestSearchCli::Run TestSearchCli::admin(const QStringList &args, const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DIWAN_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DIWAN_APP_DIR "/diwan-admin"), args);
    if (!p.waitForStarted() || !p.waitForFinished(120000)) {
        p.kill();
        return {};
    }
    QString err = QString::fromUtf8(p.readAllStandardError());
    // Qt's own start-up notes (XDG_RUNTIME_DIR) are not Diwan's.
    QStringList lines = err.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("QStandardPaths")); });
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            lines.join(QLatin1Char('\n'))};
}

namespace {

struct Rows
{
    qint64 fatimaOld = 0;
    qint64 fatimaNew = 0;
    qint64 residence = 0;
    qint64 cards = 0;
};

Rows insertRows(QSqlDatabase db)
{
    Rows r;
    if (!Fixtures::service(db, {.code = QStringLiteral("a")}))
        return r;
    r.fatimaOld = Fixtures::transaction(db,
                                        {.reference = QStringLiteral("MOI-2026-0000042"),
                                         .service = QStringLiteral("a"),
                                         .applicantName = QStringLiteral(u"فاطمة الكواري"),
                                         .submittedAt = Fixtures::utc(2026, 10, 1)});
    r.fatimaNew = Fixtures::transaction(db,
                                        {.reference = QStringLiteral("MOI-2026-0000043"),
                                         .service = QStringLiteral("a"),
                                         .applicantName = QStringLiteral(u"فاطمه كواري"),
                                         .qid = QStringLiteral("29063400777"),
                                         .submittedAt = Fixtures::utc(2026, 11, 1)});
    const qint64 topic = Fixtures::topic(db, {});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.residence = Fixtures::contribution(db,
                                         {.topicId = topic,
                                          .body = QStringLiteral(u"طلب تجديد رخصة الإقامة"),
                                          .submittedAt = now.addDays(-2)});
    // Public text with a terminal escape and a bidi override in it: shown, never obeyed.
    r.cards = Fixtures::contribution(db,
                                     {.topicId = topic,
                                      .body = QStringLiteral(u"البطاقات \x1b[2J\u202Eمتأخرة"),
                                      .submittedAt = now.addDays(-1)});
    return r;
}

} // namespace

void TestSearchCli::findsAndMarks()
{
    DIWAN_OPEN_DB(t, true);
    const Rows rows = insertRows(t->db());
    QVERIFY(rows.fatimaOld && rows.fatimaNew && rows.residence && rows.cards);
    const QStringList database{QStringLiteral("--database"), t->profile().toUrl()};
    auto search = [&](const QStringList &args) {
        return admin(database + args, t->password());
    };

    // Newest first, as the transactions page lists them; the words that matched in brackets.
    Run r = search({QStringLiteral("search"), QStringLiteral(u"الكوارى")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out,
             QStringLiteral(u"transaction\t%1\tMOI-2026-0000043 فاطمه [كواري]\n"
                            u"transaction\t%2\tMOI-2026-0000042 فاطمة [الكواري]\n")
                 .arg(rows.fatimaNew)
                 .arg(rows.fatimaOld));
    // A reference and a QID are marked as such.
    r = search({QStringLiteral("search"), QStringLiteral("moi-2026-42")});
    QCOMPARE(
        r.out,
        QStringLiteral(u"transaction\t%1\t[MOI-2026-0000042] فاطمة الكواري\n").arg(rows.fatimaOld));
    r = search({QStringLiteral("search"), QStringLiteral(u"٢٩٠٦٣٤٠٠٧٧٧")});
    QCOMPARE(r.out,
             QStringLiteral(u"transaction\t%1\tMOI-2026-0000043 فاطمه كواري QID [29063400777]\n")
                 .arg(rows.fatimaNew));
    // A word with its article and teh marbuta, typed without either; in contributions only.
    r = search({QStringLiteral("search"),
                QStringLiteral("--in"),
                QStringLiteral("contributions"),
                QStringLiteral(u"اقامه")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out,
             QStringLiteral(u"contribution\t%1\tطلب تجديد رخصة [الإقامة]\n").arg(rows.residence));
    // Controls in public text are shown by name, not sent to the terminal.
    r = search({QStringLiteral("search"), QStringLiteral(u"بطاقة")});
    QCOMPARE(
        r.out,
        QStringLiteral(u"contribution\t%1\t[البطاقات] [U+001B][2J[RLO]متأخرة\n").arg(rows.cards));
    // Both areas, transactions first; --limit per area.
    QVERIFY(Fixtures::contribution(t->db(),
                                   {.topicId = Fixtures::topic(t->db(), {}),
                                    .body = QStringLiteral(u"شكرا كواري"),
                                    .submittedAt = QDateTime::currentDateTimeUtc()}));
    r = search({QStringLiteral("search"),
                QStringLiteral("--limit"),
                QStringLiteral("1"),
                QStringLiteral(u"كواري")});
    QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
    QVERIFY2(r.out.startsWith(QStringLiteral("transaction\t%1\t").arg(rows.fatimaNew)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral(u"\tشكرا [كواري]\n")), qPrintable(r.out));
    // Nothing: the website's hint, then the closest names as the transactions page offers them.
    r = search({QStringLiteral("search"), QStringLiteral(u"فاطمة الكوارث")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral(
                 "nothing found. If you don't find what you are looking for, use more precise "
                 "words.\n")),
             qPrintable(r.out));
    r = search({QStringLiteral("search"),
                QStringLiteral("--in"),
                QStringLiteral("contributions"),
                QStringLiteral(u"طاقة")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out,
             QStringLiteral("nothing found. If you don't find what you are looking for, use more "
                            "precise words.\n"));
    QVERIFY(r.err.trimmed().isEmpty());
}

void TestSearchCli::anyTextIsAQuery_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::addColumn<QStringList>("text");
    const QList<QPair<const char *, QStringList>> texts{
        {"percent", {QStringLiteral("%")}},
        {"like wildcards", {QStringLiteral("%_%")}},
        {"quotes", {QStringLiteral("\"'\"")}},
        {"sql", {QStringLiteral("' OR 1=1; DROP TABLE transactions; --")}},
        {"fts syntax", {QStringLiteral("\"a\" NEAR(b c) OR d* ^e body:f")}},
        {"tsquery syntax", {QStringLiteral("a & !b | c:* <-> d")}},
        {"backslashes", {QStringLiteral("\\\\ \\' \\%")}},
        {"control characters", {QStringLiteral("a\x01\x1b[31m\x7f b")}},
        {"after --, a dash first", {QStringLiteral("--"), QStringLiteral("-1")}},
        {"empty", {QString()}},
    };
    for (const char *kind : {"sqlite", "postgresql"}) {
        for (const auto &[name, text] : texts)
            QTest::addRow("%s %s", kind, name) << QString::fromLatin1(kind) << text;
    }
}

// Searched for, never interpreted: each finds nothing here (and certainly not everything), and
// says so with exit status 0; no database error, no row changed.
void TestSearchCli::anyTextIsAQuery()
{
    QFETCH(QStringList, text);
    DIWAN_OPEN_DB(t, true);
    const Rows rows = insertRows(t->db());
    QVERIFY(rows.cards);
    const Run r = admin(
        QStringList{QStringLiteral("search"), QStringLiteral("--database"), t->profile().toUrl()}
            + text,
        t->password());
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("nothing found.")), qPrintable(r.out));
    QVERIFY2(r.err.trimmed().isEmpty(), qPrintable(r.err));
    QSqlQuery q(t->db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM transactions")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestSearchCli::usageAndDatabaseErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("said");
    const QString url = QStringLiteral("sqlite:///nonexistent-folder/diwan.db");
    QTest::newRow("no text") << QStringList{"search", "--database", url} << 2
                             << "diwan-admin: search needs the TEXT to search for";
    QTest::newRow("no database") << QStringList{"search", "x"} << 2
                                 << "diwan-admin: search needs --database URL";
    QTest::newRow("bad area") << QStringList{"search", "--database", url, "--in", "polls", "x"} << 2
                              << "diwan-admin: --in needs transactions, contributions or all, "
                                 "not polls";
    QTest::newRow("bad limit") << QStringList{"search", "--database", url, "--limit", "0", "x"} << 2
                               << "diwan-admin: --limit needs a number from 1 to 10000";
    QTest::newRow("a dash first without --") << QStringList{"search", "--database", url, "-1"} << 2
                                             << "diwan-admin: Unknown option '1'.";
    QTest::newRow("database error") << QStringList{"search", "--database", url, "x"} << 1 << "";
}

void TestSearchCli::usageAndDatabaseErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, said);
    const Run r = admin(args);
    QCOMPARE(r.code, code);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(said.isEmpty() ? QStringLiteral("diwan-admin: ") : said),
             qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
