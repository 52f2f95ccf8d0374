#include "polls/polljson.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The command lines others script against: exit codes and what they print.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void usageErrors_data();
    void usageErrors();
    void versionAndHelp();
    void normalize();
    void migrateSeedAndCreateStaff_data() { TestDatabase::addRows(); }
    void migrateSeedAndCreateStaff();
    void pollImportExport_data() { TestDatabase::addRows(); }
    void pollImportExport();
    void screenshots();
    void screenshotsOfAGivenDatabase();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QString &program,
            const QStringList &args,
            const QByteArray &input = {},
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
            int timeoutMs = 120000);
};

TestCli::Run TestCli::run(const QString &program,
                          const QStringList &args,
                          const QByteArray &input,
                          const QProcessEnvironment &env,
                          int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DIWAN_APP_DIR "/") + program, args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("said"); // the first line a person reads
    QTest::newRow("diwan unknown option")
        << "diwan" << QStringList{"--frobnicate"} << "diwan: Unknown option 'frobnicate'.";
    QTest::newRow("diwan malformed url")
        << "diwan" << QStringList{"--database", "mysql://x/y"}
        << "diwan: malformed database URL: expected sqlite:///path.db or "
           "postgresql://user@host:port/dbname";
    QTest::newRow("diwan bad language")
        << "diwan" << QStringList{"--language", "fr"}
        << "diwan: --language must be ar or en (or both with --screenshots)";
    QTest::newRow("diwan replica of sqlite")
        << "diwan"
        << QStringList{"--database",
                       "sqlite:///tmp/x.db",
                       "--read-replica",
                       "postgresql://u@127.0.0.1:5433/diwan"}
        << "diwan: --read-replica needs a PostgreSQL --database and replica";
    QTest::newRow("diwan malformed replica url")
        << "diwan" << QStringList{"--database", "postgresql://u@h/d", "--read-replica", "x"}
        << "diwan: malformed read replica URL: expected sqlite:///path.db or "
           "postgresql://user@host:port/dbname";
    QTest::newRow("admin no command")
        << "diwan-admin" << QStringList{} << "diwan-admin: no command given";
    QTest::newRow("admin unknown command")
        << "diwan-admin" << QStringList{"explode"} << "diwan-admin: unknown command: explode";
    QTest::newRow("admin unknown option") << "diwan-admin" << QStringList{"migrate", "--frobnicate"}
                                          << "diwan-admin: Unknown option 'frobnicate'.";
    QTest::newRow("admin relative sqlite")
        << "diwan-admin" << QStringList{"migrate", "--database", "sqlite://x.db"}
        << "diwan-admin: malformed database URL: a SQLite URL needs an absolute path: "
           "sqlite:///path/to/file.db";
    QTest::newRow("admin missing database")
        << "diwan-admin" << QStringList{"migrate"} << "diwan-admin: migrate needs --database URL";
    QTest::newRow("poll without subcommand")
        << "diwan-admin" << QStringList{"poll", "--database", "sqlite:///tmp/x.db"}
        << "diwan-admin: poll needs import FILE or export ID";
    QTest::newRow("poll export without id")
        << "diwan-admin" << QStringList{"poll", "export", "--database", "sqlite:///tmp/x.db", "x"}
        << "diwan-admin: poll export needs a poll ID";
    QTest::newRow("poll import without file")
        << "diwan-admin" << QStringList{"poll", "import", "--database", "sqlite:///tmp/x.db"}
        << "diwan-admin: poll needs import FILE or export ID";
    QTest::newRow("simulate without a rate")
        << "diwan-admin"
        << QStringList{"simulate", "--database", "sqlite:///tmp/x.db", "--rate", "fast"}
        << "diwan-admin: --rate needs a number of requests a second";
    QTest::newRow("simulate for no time")
        << "diwan-admin"
        << QStringList{"simulate", "--database", "sqlite:///tmp/x.db", "--duration", "0"}
        << "diwan-admin: --duration needs a number of seconds";
    QTest::newRow("admin unknown role") << "diwan-admin"
                                        << QStringList{"create-staff",
                                                       "--database",
                                                       "sqlite:///tmp/x.db",
                                                       "--login",
                                                       "a",
                                                       "--roles",
                                                       "king",
                                                       "--password-stdin"}
                                        << "diwan-admin: unknown role: king";
}

void TestCli::usageErrors()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(QString, said);
    const Run r = run(program, args);
    QCOMPARE(r.code, 2);
    // Qt's own start-up notes (XDG_RUNTIME_DIR) may come first; the reason is the first line of
    // Diwan's, then the usage.
    QStringList lines = r.err.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("QStandardPaths")); });
    QCOMPARE(lines.value(0), said);
    QVERIFY2(r.err.contains(QStringLiteral("Usage")) || r.err.contains(QStringLiteral("usage")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::versionAndHelp()
{
    Run r = run(QStringLiteral("diwan"), {QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("diwan ")));
    r = run(QStringLiteral("diwan"), {QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("--screenshots")));
    r = run(QStringLiteral("diwan-admin"), {QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("create-staff")));
}

void TestCli::normalize()
{
    const Run r = run(QStringLiteral("diwan-admin"),
                      {QStringLiteral("normalize"),
                       QStringLiteral(u"\u0641\u064e\u0627\u0637\u0650\u0645\u064e\u0629 "
                                      u"\u0623\u062d\u0645\u062f \u0661\u0662")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(),
             QStringLiteral(u"\u0641\u0627\u0637\u0645\u0647 \u0627\u062d\u0645\u062f 12"));
}

void TestCli::migrateSeedAndCreateStaff()
{
    DIWAN_OPEN_DB(t, false);
    const QString url = t->profile().toUrl();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DIWAN_PASSWORD"), t->password());

    for (int i = 0; i < 2; ++i) { // idempotent
        const Run r = run(QStringLiteral("diwan-admin"),
                          {QStringLiteral("migrate"), QStringLiteral("--database"), url},
                          {},
                          env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("schema version ")), qPrintable(r.out));
    }
    Run r = run(QStringLiteral("diwan-admin"),
                {QStringLiteral("seed"),
                 QStringLiteral("--database"),
                 url,
                 QStringLiteral("--scale"),
                 QStringLiteral("300"),
                 QStringLiteral("--no-accounts")},
                {},
                env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("300 transactions")), qPrintable(r.out));
    // Seeding twice is refused, not doubled.
    r = run(QStringLiteral("diwan-admin"),
            {QStringLiteral("seed"), QStringLiteral("--database"), url},
            {},
            env);
    QCOMPARE(r.code, 1);

    const QString login = t->uniqueLogin(QStringLiteral("cli.clerk"));
    r = run(QStringLiteral("diwan-admin"),
            {QStringLiteral("create-staff"),
             QStringLiteral("--database"),
             url,
             QStringLiteral("--login"),
             login,
             QStringLiteral("--roles"),
             QStringLiteral("clerk,manager"),
             QStringLiteral("--password-stdin")},
            QByteArrayLiteral("a long enough password\n"),
            env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(login), qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("a long enough password")));
    // A bad password (too short) is refused with a message and creates nothing.
    r = run(QStringLiteral("diwan-admin"),
            {QStringLiteral("create-staff"),
             QStringLiteral("--database"),
             url,
             QStringLiteral("--login"),
             t->uniqueLogin(QStringLiteral("cli.other")),
             QStringLiteral("--roles"),
             QStringLiteral("clerk"),
             QStringLiteral("--password-stdin")},
            QByteArrayLiteral("short\n"),
            env);
    QCOMPARE(r.code, 1);
    QVERIFY(!r.err.isEmpty());
}

// diwan-admin poll import / export, as migration work and support staff script them: the report on
// stdout, exit 0 imported, 1 refused with the reason on stderr.
void TestCli::pollImportExport()
{
    DIWAN_OPEN_DB(t, true);
    const Session editor = t->signInAs(QStringLiteral("cli.editor"), Role::Editor);
    QVERIFY(editor.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DIWAN_PASSWORD"), QStringLiteral("password-123"));
    const QString url = t->profileFor(editor.login).toUrl();
    QStringList common{QStringLiteral("--database"), url};
    if (!t->isPostgres())
        common << QStringLiteral("--login") << editor.login;

    Polls::Poll poll;
    poll.titleAr = QStringLiteral(u"\u0627\u0644\u0645\u0643\u062a\u0628\u0627\u062a");
    poll.titleEn = QStringLiteral("Libraries");
    Polls::Question q;
    q.kind = Polls::QuestionKind::Rating;
    q.textAr = QStringLiteral(u"\u0642\u064a\u0651\u0645");
    q.textEn = QStringLiteral("Rate");
    poll.questions = {q, q};
    poll.questions[1].kind = Polls::QuestionKind::YesNo;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("poll.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Polls::PollJson::toJson(poll));
    }
    Run r = run(
        QStringLiteral("diwan-admin"),
        QStringList{
            QStringLiteral("poll"), QStringLiteral("import"), file, QStringLiteral("--dry-run")}
            + common,
        {},
        env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("questions imported: 2\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("dry run: nothing saved")), qPrintable(r.out));

    r = run(QStringLiteral("diwan-admin"),
            QStringList{QStringLiteral("poll"), QStringLiteral("import"), file} + common,
            {},
            env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QRegularExpression saved(QStringLiteral("saved as draft poll (\\d+)"));
    const QRegularExpressionMatch m = saved.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));

    r = run(QStringLiteral("diwan-admin"),
            QStringList{QStringLiteral("poll"), QStringLiteral("export"), m.captured(1)} + common,
            {},
            env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Polls::JsonImport back = Polls::PollJson::fromJson(r.out.toUtf8());
    QVERIFY2(back.poll, qPrintable(back.error));
    QVERIFY(*back.poll == poll);

    const QString peers = QStringLiteral(DIWAN_LIMESURVEY_DIR "/");
    r = run(QStringLiteral("diwan-admin"),
            QStringList{QStringLiteral("poll"),
                        QStringLiteral("import"),
                        peers + QStringLiteral("limesurvey_survey_376789_quotas.lss")}
                + common,
            {},
            env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("not imported: quotas (3): Diwan polls have no quotas")),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("refused: title_ar: The Arabic title is required.")),
             qPrintable(r.err));
    r = run(QStringLiteral("diwan-admin"),
            QStringList{QStringLiteral("poll"),
                        QStringLiteral("import"),
                        peers + QStringLiteral("limesurvey_survey_CorruptedSurvey.lss")}
                + common,
            {},
            env);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err,
             QStringLiteral("diwan-admin: refused: the survey has no Arabic or English "
                            "text (its languages: de)\n"));
    r = run(QStringLiteral("diwan-admin"),
            QStringList{QStringLiteral("poll"), QStringLiteral("export"), QStringLiteral("999999")}
                + common,
            {},
            env);
    QCOMPARE(r.code, 1);
}

void TestCli::screenshots()
{
    QTemporaryDir home;
    QTemporaryDir out;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DIWAN_PASSWORD"));
    const Run r = run(QStringLiteral("diwan"),
                      {QStringLiteral("--screenshots"),
                       out.path(),
                       QStringLiteral("--language"),
                       QStringLiteral("both")},
                      {},
                      env,
                      300000);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The demo account sees all six areas, an open transaction with its documents, rejection
    // dialog and shortcut sheet, the moderation queue searched, filtered to the open poll
    // answers and on its reported tab, a contribution an abusive word flagged (each flag saying
    // why), a contribution's rejection dialog, the blocked words, a topic in its editor, a poll in
    // the designer and its results, each dashboard (three) and the Opinion breakdown by
    // municipality, two more dialogs; two languages.
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 50);
    for (const char *name : {"ar-transactions.png",
                             "ar-moderation.png",
                             "en-moderation-reject.png",
                             "ar-moderation-flags.png",
                             "ar-topics.png",
                             "en-topics-editor.png",
                             "ar-polls.png",
                             "ar-dashboards.png",
                             "ar-administration.png",
                             "en-transactions.png",
                             "en-signin.png",
                             "ar-shortcuts.png",
                             "ar-transaction.png",
                             "en-transaction-reject.png",
                             "ar-polls-designer.png",
                             "en-polls-designer.png",
                             "ar-polls-results.png",
                             "en-polls-results.png"})
        QVERIFY2(QFileInfo(out.filePath(QLatin1String(name))).size() > 5000, name);
}

// `diwan --database URL --screenshots DIR` with no --user: the demo administrator of a seeded
// database, or a plain sentence saying what is needed; an empty user name is never tried.
void TestCli::screenshotsOfAGivenDatabase()
{
    QTemporaryDir home;
    QTemporaryDir out;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DIWAN_PASSWORD"));
    const auto seeded = [&](const QString &name, bool accounts) {
        const QString url = QStringLiteral("sqlite://") + home.filePath(name);
        if (run(QStringLiteral("diwan-admin"),
                {QStringLiteral("migrate"), QStringLiteral("--database"), url},
                {},
                env)
                .code
            != 0)
            return QString();
        QStringList args{QStringLiteral("seed"),
                         QStringLiteral("--database"),
                         url,
                         QStringLiteral("--scale"),
                         QStringLiteral("200")};
        if (!accounts)
            args << QStringLiteral("--no-accounts");
        const Run r = run(QStringLiteral("diwan-admin"), args, {}, env);
        return r.code == 0 ? url : QString();
    };
    const QString withAccounts = seeded(QStringLiteral("with.db"), true);
    const QString without = seeded(QStringLiteral("without.db"), false);
    QVERIFY(!withAccounts.isEmpty() && !without.isEmpty());

    Run r = run(QStringLiteral("diwan"),
                {QStringLiteral("--database"),
                 withAccounts,
                 QStringLiteral("--screenshots"),
                 out.path(),
                 QStringLiteral("--language"),
                 QStringLiteral("en")},
                {},
                env,
                300000);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(QFileInfo(out.filePath(QStringLiteral("en-administration.png"))).size() > 5000,
             qPrintable(r.out));

    r = run(QStringLiteral("diwan"),
            {QStringLiteral("--database"),
             without,
             QStringLiteral("--screenshots"),
             out.path(),
             QStringLiteral("--language"),
             QStringLiteral("en")},
            {},
            env);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed().section(QLatin1Char('\n'), -1),
             QStringLiteral("diwan: no --user given, and this database has no demo administrator "
                            "(demo) to sign in as: give --user NAME and set DIWAN_PASSWORD."));

    env.insert(QStringLiteral("DIWAN_PASSWORD"), QStringLiteral("whatever"));
    r = run(QStringLiteral("diwan"),
            {QStringLiteral("--database"), without, QStringLiteral("--screenshots"), out.path()},
            {},
            env);
    QCOMPARE(r.code, 2);
    QVERIFY2(
        r.err.split(QLatin1Char('\n'))
            .contains(QStringLiteral("diwan: --screenshots with DIWAN_PASSWORD needs --user NAME")),
        qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
