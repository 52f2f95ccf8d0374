#include "administration/staffadmin.h"
#include "auth/session.h"
#include "common/boundedquerymodel.h"
#include "common/presenter.h"
#include "dashboards/chartlegend.h"
#include "dashboards/chartpanel.h"
#include "dashboards/dashboardspage.h"
#include "db/database.h"
#include "demo/seeder.h"
#include "elision.h"
#include "fixtures.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "shell/screenshotter.h"
#include "shell/signindialog.h"
#include "testdatabase.h"
#include "transactions/queue/transactionqueuemodel.h"
#include "transactions/transactionform.h"
#include "transactions/transactionspage.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// What a person sees: the areas their roles open, the language they chose, the sign-in
// messages, the status bar, and every page rendered.
class TestGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void navigationFollowsRoles_data();
    void navigationFollowsRoles();
    void languageSwitchAtRuntime();
    void signInDialogShowsErrorsAndRetries_data() { TestDatabase::addRows(); }
    void signInDialogShowsErrorsAndRetries();
    void reconnectsAfterConnectionLoss();
    void takeNextFromTheTransactionsPage_data() { TestDatabase::addRows(); }
    void takeNextFromTheTransactionsPage();
    void screenshotsOfEveryPage();
    void everyPageFitsAt1280x800();

private:
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiwanTest"));
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
}

void TestGui::navigationFollowsRoles_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::addColumn<int>("roles");
    QTest::addColumn<QStringList>("pages");
    const QStringList all{QStringLiteral("transactions"),
                          QStringLiteral("moderation"),
                          QStringLiteral("topics"),
                          QStringLiteral("polls"),
                          QStringLiteral("dashboards"),
                          QStringLiteral("administration")};
    for (const char *kind : {"sqlite", "postgresql"}) {
        const QString k = QLatin1String(kind);
        QTest::addRow("%s clerk", kind)
            << k << int(Role::Clerk) << QStringList{QStringLiteral("transactions")};
        QTest::addRow("%s moderator", kind)
            << k << int(Role::Moderator)
            << QStringList{QStringLiteral("moderation"), QStringLiteral("topics")};
        QTest::addRow("%s editor", kind)
            << k << int(Role::Editor)
            << QStringList{QStringLiteral("topics"), QStringLiteral("polls")};
        QTest::addRow("%s manager", kind)
            << k << int(Role::Manager)
            << QStringList{QStringLiteral("transactions"), QStringLiteral("dashboards")};
        QTest::addRow("%s admin", kind)
            << k << int(Role::Admin) << QStringList{QStringLiteral("administration")};
        QTest::addRow("%s everything", kind)
            << k << int(Role::Clerk | Role::Moderator | Role::Editor | Role::Manager | Role::Admin)
            << all;
    }
}

void TestGui::navigationFollowsRoles()
{
    QFETCH(int, roles);
    QFETCH(QStringList, pages);
    DIWAN_OPEN_DB(t, true);
    const Session s = t->signInAs(QStringLiteral("nav"), Roles::fromInt(roles));
    QVERIFY(s.isValid());
    MainWindow window(s, QStringLiteral("password-123"));
    QCOMPARE(window.pageKeys(), pages);
    // The navigation list shows exactly those areas, and the status bar names the user.
    auto *nav = window.findChild<QListWidget *>();
    QVERIFY(nav);
    QCOMPARE(nav->count(), pages.size());
    QVERIFY2(window.statusText().contains(s.login), qPrintable(window.statusText()));
    Database::close(s.connectionName);
}

void TestGui::languageSwitchAtRuntime()
{
    QString error;
    auto t = TestDatabase::create(QStringLiteral("sqlite"), true, &error);
    QVERIFY2(t, qPrintable(error));
    const Session s = t->signInAs(QStringLiteral("lang"), Role::Clerk | Role::Admin);
    MainWindow window(s, QStringLiteral("password-123"));
    auto *nav = window.findChild<QListWidget *>();

    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    // The title, and how many transactions wait unclaimed in this clerk's (no) services.
    QCOMPARE(nav->item(0)->text(), QStringLiteral("Transactions (0 unclaimed)"));
    QVERIFY(window.statusText().contains(QStringLiteral("Connected")));

    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    // "Transactions" in Arabic, from translations/diwan_ar.ts.
    QCOMPARE(nav->item(0)->text(), QStringLiteral(u"المعاملات (0 غير مستلمة)"));
    QVERIFY(!window.statusText().contains(QStringLiteral("Connected")));
    // Remembered for the next start.
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ar"));
    Database::close(s.connectionName);
}

void TestGui::signInDialogShowsErrorsAndRetries()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const QString login = t->uniqueLogin(QStringLiteral("dlg"));
    QVERIFY(StaffAdmin::createStaff(
                db, {login, QString(), QString(), Role::Clerk, QStringLiteral("password-123")})
                .ok());

    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    SignInDialog dialog;
    dialog.setDatabaseUrl(t->profileFor(login).toUrl());
    dialog.setUser(login);
    dialog.setPassword(QStringLiteral("not the password"));
    dialog.show();
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    QCOMPARE(dialog.message(),
             QStringLiteral("The user name or password is not correct. Check them and try again."));
    QVERIFY(dialog.isVisible());
    // The same in Arabic, as the clerk reads it.
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    QCOMPARE(dialog.message(),
             QStringLiteral(u"اسم المستخدم أو كلمة المرور غير صحيحة. تحقق منهما وحاول مرة أخرى."));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // A malformed address is caught before any connection is tried.
    dialog.setDatabaseUrl(QStringLiteral("postgresql://nohost"));
    dialog.submit();
    QVERIFY(!dialog.isBusy());
    QVERIFY2(dialog.message().startsWith(QStringLiteral("The database address is not valid: ")),
             qPrintable(dialog.message()));

    // Corrected: signs in.
    dialog.setDatabaseUrl(t->profileFor(login).toUrl());
    dialog.setPassword(QStringLiteral("password-123"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);
    QCOMPARE(dialog.session().login, login);
    QCOMPARE(dialog.session().roles, Roles(Role::Clerk));
    // What the sign-in remembers (the database and the user) never includes a password, wrong or
    // right.
    QSettings settings;
    settings.sync();
    QFile stored(settings.fileName());
    QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray remembered = stored.readAll();
    QVERIFY(remembered.contains(login.toUtf8()));
    QVERIFY(!remembered.contains("password-123"));
    QVERIFY(!remembered.contains("not the password"));
    Database::close(dialog.session().connectionName);
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
}

void TestGui::reconnectsAfterConnectionLoss()
{
    if (!TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            QFAIL("DIWAN_REQUIRE_POSTGRES is set but DIWAN_TEST_PG_URL is not");
        QSKIP("no PostgreSQL");
    }
    QString error;
    auto t = TestDatabase::create(QStringLiteral("postgresql"), true, &error);
    QVERIFY2(t, qPrintable(error));
    const Session s = t->signInAs(QStringLiteral("reconnect"), Role::Clerk);
    QVERIFY(s.isValid());
    MainWindow window(s, QStringLiteral("password-123"));
    QSignalSpy states(&window, &MainWindow::connectionStateChanged);
    // The server drops the session (an administrator, a failover, a network blip).
    QSqlQuery q(t->db());
    QVERIFY(
        q.exec(QStringLiteral(
                   "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
                   .arg(s.login)));
    window.checkConnection();
    // It noticed, said so, and came back by itself.
    QVERIFY(states.count() >= 1);
    QCOMPARE(states.first().first().value<MainWindow::ConnectionState>(),
             MainWindow::ConnectionState::Reconnecting);
    QTRY_COMPARE_WITH_TIMEOUT(
        window.connectionState(), MainWindow::ConnectionState::Connected, 15000);
    QSqlQuery alive(QSqlDatabase::database(s.connectionName));
    QVERIFY(alive.exec(QStringLiteral("SELECT count(*) FROM transactions")));
    Database::close(s.connectionName);
}

void TestGui::takeNextFromTheTransactionsPage()
{
    DIWAN_OPEN_DB(t, true);
    QVERIFY(Fixtures::service(t->db(),
                              {.code = QStringLiteral("a"),
                               .nameAr = QStringLiteral("a"),
                               .nameEn = QStringLiteral("Service A")}));
    QVERIFY(Fixtures::transaction(
        t->db(),
        {.reference = QStringLiteral("MOI-2026-0000001"), .service = QStringLiteral("a")}));
    const Session s = t->signInAs(QStringLiteral("taker"), Role::Clerk);
    QVERIFY(Fixtures::staffServices(t->db(), s.staffId));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    MainWindow window(s, QStringLiteral("password-123"));
    auto *page = qobject_cast<TransactionsPage *>(window.currentPage());
    QVERIFY(page);
    QSignalSpy messages(page, &Page::message);
    page->takeNext();
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.first().first().toString().contains(QStringLiteral("MOI-2026-0000001")),
             qPrintable(messages.first().first().toString()));
    // It opens in the form, claimed; back in the queue (keeping the claim) the search is there.
    QVERIFY(page->isFormShown());
    QCOMPARE(page->form()->detail().reference, QStringLiteral("MOI-2026-0000001"));
    QVERIFY(page->form()->detail().heldBy(s.staffId));
    page->showQueue(false);
    // The queue now shows the clerk's own: that one transaction.
    QTRY_COMPARE_WITH_TIMEOUT(page->queue()->rowCount(), 1, 10000);
    QTRY_VERIFY(page->queue()
                    ->data(page->queue()->index(0, 0), TransactionQueueModel::LoadedRole)
                    .toBool());
    QVERIFY(page->queue()
                ->data(page->queue()->index(0, 0))
                .toString()
                .contains(QStringLiteral("MOI-2026-0000001")));
    // Search: by reference; and the portal's hint when nothing matches.
    page->search(QStringLiteral("moi-2026-1"));
    QCOMPARE(page->searchResultCount(), 1);
    QVERIFY(page->searchHint().isEmpty());
    page->search(QStringLiteral("nobody by this name"));
    QCOMPARE(page->searchResultCount(), 0);
    QVERIFY2(page->searchHint().contains(QStringLiteral("use more precise words")),
             qPrintable(page->searchHint()));
    // Nothing left: said so, nothing changed.
    page->takeNext();
    QCOMPARE(messages.count(), 2);
    QVERIFY(messages.last().first().toString().startsWith(QStringLiteral("Nothing to take")));
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
    Database::close(s.connectionName);
}

void TestGui::screenshotsOfEveryPage()
{
    QString error;
    auto t = TestDatabase::create(QStringLiteral("sqlite"), true, &error);
    QVERIFY2(t, qPrintable(error));
    const Session s
        = t->signInAs(QStringLiteral("shots"),
                      Role::Clerk | Role::Moderator | Role::Editor | Role::Manager | Role::Admin);
    MainWindow window(s, QStringLiteral("password-123"));
    QTemporaryDir dir;
    const QStringList files = Screenshotter::renderAll(
        window, dir.path(), {QStringLiteral("ar"), QStringLiteral("en")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Six pages, three dashboards and the Opinion breakdown by municipality (its map-like
    // grid), the moderation queue searched, filtered to the open poll answers and on its
    // reported tab, and four dialogs (sign-in, shortcuts, a contribution's rejection, the blocked
    // words), in two languages (no topic or poll here: no editor).
    QCOMPARE(files.size(), 34);
    for (const QString &f : files) {
        const QImage image(f);
        QVERIFY2(!image.isNull() && image.width() > 300, qPrintable(f));
    }
    QVERIFY(files.contains(dir.filePath(QStringLiteral("ar-transactions.png"))));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("en-moderation-poll-answers.png"))));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("en-signin.png"))));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("ar-moderation-reject.png"))));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("en-moderation-search.png"))));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("ar-moderation-reported.png"))));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("ar-moderation-blocked-words.png"))));
    Database::close(s.connectionName);
}

// At the window's own 1280 x 800, in both languages, on demo data: no button, combo box, one-line
// label or column header is cut short on any page, no list needs a horizontal scroll bar, and the
// queue has most of the Transactions page.
void TestGui::everyPageFitsAt1280x800()
{
    QString error;
    auto t = TestDatabase::create(QStringLiteral("sqlite"), true, &error);
    QVERIFY2(t, qPrintable(error));
    QSqlDatabase db = t->db();
    Seeder::Options options;
    options.transactions = 400;
    options.createAccounts = false;
    QVERIFY(Seeder::seed(db, options).ok());
    const Session s
        = t->signInAs(QStringLiteral("fits"),
                      Role::Clerk | Role::Moderator | Role::Editor | Role::Manager | Role::Admin,
                      true);
    MainWindow window(s, QStringLiteral("password-123"));
    window.show();
    QCOMPARE(window.size(), QSize(1280, 800));
    for (const QString &language : {QStringLiteral("ar"), QStringLiteral("en")}) {
        LanguageManager::instance().setLanguage(language);
        for (const QString &key : window.pageKeys()) {
            QVERIFY(window.showPage(key));
            QTRY_VERIFY_WITH_TIMEOUT(!window.currentPage()->isBusy(), 20000);
            QCoreApplication::processEvents();
            QCOMPARE(window.size(), QSize(1280, 800));
            const QStringList cut = Elision::cutTexts(&window);
            QVERIFY2(cut.isEmpty(),
                     qPrintable(language + QLatin1Char('/') + key + QLatin1String(": ")
                                + cut.join(QLatin1String("; "))));
        }
        // Mirrored as a whole: the navigation stands at the reading start of the window.
        auto *nav = window.findChild<QListWidget *>();
        QVERIFY(nav);
        const int navX = nav->mapTo(&window, QPoint()).x();
        if (language == QLatin1String("ar"))
            QVERIFY2(navX > window.width() / 2, "the navigation is not on the right in Arabic");
        else
            QVERIFY2(navX < window.width() / 2, "the navigation is not on the left in English");
        QVERIFY(window.showPage(QStringLiteral("transactions")));
        auto *page = qobject_cast<TransactionsPage *>(window.currentPage());
        QVERIFY(page);
        QTableView *queue = page->queueView();
        const QStringList cells = Elision::cutCells(queue);
        QVERIFY2(cells.isEmpty(),
                 qPrintable(language + QLatin1String(": ") + cells.join(QLatin1String("; "))));
        // The "Due" cell changes with the clock: every countdown it can show under ten days, early
        // or late, fits (in Arabic each number takes one of several plural forms).
        QStringList countdowns;
        const Presenter &p = Presenter::current();
        for (const int sign : {-1, 1}) {
            for (int days = 1; days < 10; ++days)
                for (int hours = 0; hours < 24; ++hours)
                    countdowns << p.countdown(sign * (days * 86400 + hours * 3600));
            for (int hours = 0; hours < 24; ++hours)
                for (int minutes = 0; minutes < 60; ++minutes)
                    countdowns << p.countdown(sign * (hours * 3600 + minutes * 60 + 30));
        }
        const QStringList cutCountdowns
            = Elision::cutInColumn(queue, int(TransactionQueueModel::Column::Due), countdowns);
        QVERIFY2(cutCountdowns.isEmpty(),
                 qPrintable(language + QLatin1String(": ")
                            + cutCountdowns.mid(0, 5).join(QLatin1String("; "))));
        QVERIFY2(queue->height() > window.height() / 2,
                 qPrintable(QStringLiteral("the queue is %1 px high").arg(queue->height())));
        // Numbers line up by their units in both directions: drawn against the right edge.
        int numberColumns = 0;
        for (QTableView *view : page->findChildren<QTableView *>()) {
            auto *model = qobject_cast<BoundedQueryModel *>(view->model());
            if (!model || model->rowCount() == 0)
                continue;
            for (int c = 0; c < model->columnCount(); ++c) {
                const QVariant a = model->index(0, c).data(Qt::TextAlignmentRole);
                if (!a.isValid())
                    continue;
                ++numberColumns;
                const Qt::Alignment drawn
                    = QStyle::visualAlignment(view->layoutDirection(), a.value<Qt::Alignment>());
                QVERIFY2(drawn & Qt::AlignRight,
                         qPrintable(language + QLatin1String(": column ")
                                    + model->headerData(c, Qt::Horizontal).toString()));
            }
        }
        QCOMPARE(numberColumns, 5);
        // The chart's legend reads in the page's direction: the line sample after the name.
        QVERIFY(window.showPage(QStringLiteral("dashboards")));
        auto *dashboards = qobject_cast<DashboardsPage *>(window.currentPage());
        QVERIFY(dashboards);
        dashboards->waitForLoaded();
        QWidget *legend = dashboards->panel(QStringLiteral("opinion-trend"))->legend();
        QVERIFY(legend);
        const QList<QLabel *> parts = legend->findChildren<QLabel *>();
        QVERIFY(parts.size() >= 4);
        const QLabel *swatch = parts.at(0)->pixmap().isNull() ? parts.at(1) : parts.at(0);
        const QLabel *name = parts.at(0)->pixmap().isNull() ? parts.at(0) : parts.at(1);
        const int swatchX = swatch->mapTo(&window, QPoint()).x();
        const int nameX = name->mapTo(&window, QPoint()).x();
        if (language == QLatin1String("ar"))
            QVERIFY2(swatchX > nameX, "the legend's line sample is left of its name in Arabic");
        else
            QVERIFY2(swatchX < nameX, "the legend's line sample is right of its name in English");
    }
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
    Database::close(s.connectionName);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
