#include "common/arabictext.h"
#include "db/database.h"
#include "elision.h"
#include "fixtures.h"
#include "lostanswerproxy.h"
#include "moderation/bulkresultsdialog.h"
#include "moderation/justificationdialog.h"
#include "moderation/moderationdetail.h"
#include "moderation/moderationlogdialog.h"
#include "moderation/moderationpage.h"
#include "moderation/moderationservice.h"
#include "moderation/queue/contributionqueuemodel.h"
#include "moderation/redactdialog.h"
#include "moderation/rejectdialog.h"
#include "shell/languagemanager.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

// The page shown and its queue read, the first contribution current; null when it is not.
QTableView *openQueue(ModerationPage &page)
{
    page.show();
    page.refresh();
    auto *view = page.findChild<QTableView *>();
    if (!view
        || !QTest::qWaitFor([&] { return !page.isBusy() && view->currentIndex().isValid(); },
                            20000))
        return nullptr;
    return view;
}

// `count` contributions waiting for review in one topic, "`body` 0", "`body` 1", ... submitted a
// day apart from 1 November 2026, oldest first; their ids (0 for one not written).
QList<qint64> pending(QSqlDatabase db, const QString &body, int count)
{
    const qint64 topic = Fixtures::topic(db, {});
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids << (topic ? Fixtures::contribution(db,
                                               {.topicId = topic,
                                                .body = QStringLiteral("%1 %2").arg(body).arg(i),
                                                .state = QStringLiteral("pending"),
                                                .submittedAt = Fixtures::utc(2026, 11, 1 + i)})
                      : 0);
    return ids;
}

// Two moderators signed in: Mona at the page, Omar acting on the same queue through the
// service; both signed out at the end.
struct TwoModerators
{
    Session mona;
    Session omar;
    ~TwoModerators()
    {
        Database::close(mona.connectionName);
        Database::close(omar.connectionName);
    }
};

TwoModerators twoModerators(const TestDatabase &t)
{
    return {t.signInAs(QStringLiteral("mona"), Roles(Role::Moderator)),
            t.signInAs(QStringLiteral("omar"), Roles(Role::Moderator))};
}

} // namespace

// A moderator at the Moderation page: the tabs say how many wait, the oldest is shown whole,
// J moves to the next one and A approves it, the message says what was done; in both languages
// at 1280x800 nothing is cut.
class TestModerationPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keysActOnTheCurrentContribution_data();
    void keysActOnTheCurrentContribution();
    void loserKeepsWhatTheyTyped_data();
    void loserKeepsWhatTheyTyped();
    void searchAndAuthorNarrowTheQueue_data() { TestDatabase::addRows(); }
    void searchAndAuthorNarrowTheQueue();
    void approvalSentAgainAfterLostConnection_data() { TestDatabase::addRows(); }
    void approvalSentAgainAfterLostConnection();
    void picksFollowTheContribution_data() { TestDatabase::addRows(); }
    void picksFollowTheContribution();
    void bulkSaysWhichWereNotDone_data() { TestDatabase::addRows(); }
    void bulkSaysWhichWereNotDone();
    void logOfAContributionAndOfAnyModerator_data() { TestDatabase::addRows(); }
    void logOfAContributionAndOfAnyModerator();
    void blockAndRedactKeepWhatWasTyped_data() { TestDatabase::addRows(); }
    void blockAndRedactKeepWhatWasTyped();
};

void TestModerationPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiwanTest"));
}

void TestModerationPage::keysActOnTheCurrentContribution_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pendingTab");
    QTest::addColumn<QString>("done");
    for (const char *kind : {"sqlite", "postgresql"}) {
        QTest::addRow("%s en", kind)
            << QString::fromLatin1(kind) << QStringLiteral("en")
            << QStringLiteral("Pending review (3)") << QStringLiteral("Done: 1. Not done: 0.");
        QTest::addRow("%s ar", kind)
            << QString::fromLatin1(kind) << QStringLiteral("ar")
            << QStringLiteral(u"\u0628\u0627\u0646\u062a\u0638\u0627\u0631 \u0627\u0644\u0645\u0631"
                              u"\u0627\u062c\u0639\u0629 (3)")
            << QStringLiteral(u"\u0623\u064f\u0646\u062c\u0632: 1. \u0644\u0645 "
                              u"\u064a\u064f\u0646\u062c\u0632: 0.");
    }
}

void TestModerationPage::keysActOnTheCurrentContribution()
{
    QFETCH(QString, language);
    QFETCH(QString, pendingTab);
    QFETCH(QString, done);
    DIWAN_OPEN_DB(t, true);
    LanguageManager::instance().setLanguage(language);
    QSqlDatabase db = t->db();
    const qint64 topic = Fixtures::topic(db, {});
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << Fixtures::contribution(db,
                                      {.topicId = topic,
                                       .body = QStringLiteral("call +974 6623 1190 %1").arg(i),
                                       .state = QStringLiteral("pending"),
                                       .submittedAt = Fixtures::utc(2026, 11, 1 + i)});
    QVERIFY(topic && ids.size() == 3 && ids.last());
    // The first was flagged as much like the third, and for a word mixing scripts.
    QSqlQuery flag(db);
    QVERIFY(flag.prepare(QStringLiteral("UPDATE contributions SET auto_flags = "
                                        "'duplicate,lookalike', duplicate_of = ?, "
                                        "duplicate_score = 0.87 WHERE id = ?")));
    flag.addBindValue(ids.at(2));
    flag.addBindValue(ids.at(0));
    QVERIFY2(flag.exec(), qPrintable(flag.lastError().text()));
    const Session s = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QVERIFY(s.isValid());

    ModerationPage page(s);
    page.resize(1280, 800);
    page.show();
    page.refresh();
    auto *view = page.findChild<QTableView *>();
    auto *tabs = page.findChild<QTabBar *>();
    QVERIFY(view && tabs);
    QVERIFY(
        QTest::qWaitFor([&] { return !page.isBusy() && view->currentIndex().isValid(); }, 20000));
    QCOMPARE(tabs->tabText(0), pendingTab);
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->currentIndex().data(ContributionQueueModel::IdRole).toLongLong(), ids.at(0));
    const QStringList cut = Elision::cutTexts(&page);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));

    // Its flags in words: the duplicate names the contribution it resembles, and how closely.
    const bool en = language == QLatin1String("en");
    QCOMPARE(ModerationPage::flagWords(QStringLiteral("lookalike")),
             en ? QStringLiteral("mixed-script words") : QStringLiteral(u"كلمات بحروف مختلطة"));
    QString detailText;
    for (const QLabel *label : page.detail()->findChildren<QLabel *>())
        detailText += label->text() + QLatin1Char('\n');
    const QString twin = QString::number(ids.at(2));
    // One flag a line, each saying why (the text has no word mixing scripts: the stored flag
    // alone).
    const QString flagLine
        = en ? QStringLiteral("Automatic flags:\n\u200E\u2022 Near-duplicate of #%1 (87%)\n"
                              "\u200E\u2022 Mixed-script words\n")
                   .arg(twin)
             : QStringLiteral(u"تنبيهات تلقائية:\n\u200F\u2022 شبه مكررة للمشاركة #%1 (87%)\n"
                              u"\u200F\u2022 كلمات بحروف مختلطة\n")
                   .arg(twin);
    QVERIFY2(detailText.contains(flagLine), qPrintable(detailText));

    // The keys, as the shortcut sheet lists them.
    const QList<QAction *> actions = page.shortcutActions();
    QCOMPARE(actions.size(), 8);
    QCOMPARE(actions.at(0)->shortcut(), QKeySequence(Qt::Key_A));
    QCOMPARE(actions.at(1)->shortcut(), QKeySequence(Qt::Key_R));
    QCOMPARE(actions.at(2)->shortcut(), QKeySequence(Qt::Key_H));
    QCOMPARE(actions.at(3)->shortcut(), QKeySequence(Qt::Key_J));
    QCOMPARE(actions.at(4)->shortcut(), QKeySequence(Qt::Key_K));
    QCOMPARE(actions.at(5)->shortcut(), QKeySequence(Qt::Key_X));
    QCOMPARE(actions.at(6)->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(actions.at(7)->shortcut(), QKeySequence(Qt::Key_Space));
    QCOMPARE(actions.at(7)->text(),
             en ? QStringLiteral("Show the contribution whole")
                : QStringLiteral(u"عرض المشاركة كاملة"));
    QVERIFY(!actions.at(0)->text().isEmpty());

    // J: the next one; A: approved, and the page says so.
    QSignalSpy messages(&page, &Page::message);
    actions.at(3)->trigger();
    QCOMPARE(view->currentIndex().data(ContributionQueueModel::IdRole).toLongLong(), ids.at(1));
    actions.at(0)->trigger();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().first().toString(), done);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM contributions WHERE state = 'published'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), ids.at(1));
    QVERIFY(!q.next());
    // The Pending tab counts 2 once the page has read it again.
    QVERIFY(
        QTest::qWaitFor([&] { return tabs->tabText(0).contains(QLatin1String("(2)")); }, 20000));
    QCOMPARE(view->model()->rowCount(), 2);

    // Ctrl+Z: the approval is taken back; it waits for review again.
    QVERIFY(page.canUndo());
    actions.at(6)->trigger();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.last().first().toString(), done);
    QVERIFY(!page.canUndo());
    QVERIFY(
        QTest::qWaitFor([&] { return tabs->tabText(0).contains(QLatin1String("(3)")); }, 20000));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contributions WHERE state = 'pending'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);

    // Space, in the queue: the detail pane takes the keyboard, showing the current one whole.
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Space);
    auto *area = qobject_cast<QScrollArea *>(QApplication::focusWidget());
    QVERIFY(area);
    QCOMPARE(area->widget(), page.detail());
    Database::close(s.connectionName);
}

void TestModerationPage::loserKeepsWhatTheyTyped_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("looking");
    QTest::addColumn<QString>("lost");
    for (const char *kind : {"sqlite", "postgresql"}) {
        QTest::addRow("%s en", kind)
            << QString::fromLatin1(kind) << QStringLiteral("en")
            << QStringLiteral("is looking at this contribution")
            << QStringLiteral("acted on this contribution first: Approved");
        QTest::addRow("%s ar", kind) << QString::fromLatin1(kind) << QStringLiteral("ar")
                                     << QStringLiteral(u"يطّلع على هذه "
                                                       u"المشاركة")
                                     << QStringLiteral(u"قبلك");
    }
}

// Saad looks at the first contribution, then approves it while Mona, who read it before, rejects
// it: she sees who is looking (in the queue and the detail pane), is told who acted first and
// what, and the reject dialog offers her reason and words again. Nothing is cut, the reject
// dialog included.
void TestModerationPage::loserKeepsWhatTheyTyped()
{
    QFETCH(QString, language);
    QFETCH(QString, looking);
    QFETCH(QString, lost);
    DIWAN_OPEN_DB(t, true);
    LanguageManager::instance().setLanguage(language);
    QSqlDatabase db = t->db();
    const qint64 topic = Fixtures::topic(db, {});
    const qint64 id = Fixtures::contribution(db,
                                             {.topicId = topic,
                                              .body = QStringLiteral("buy cheap watches"),
                                              .state = QStringLiteral("pending"),
                                              .submittedAt = Fixtures::utc(2026, 11, 1)});
    QVERIFY(topic && id);
    const Session mona = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    const Session saad = t->signInAs(QStringLiteral("saad"), Roles(Role::Moderator));
    QSqlDatabase saadDb = QSqlDatabase::database(saad.connectionName);
    ModerationService::Claim holder;
    QVERIFY(ModerationService::lookAt(saadDb, saad.staffId, id, &holder).ok());

    ModerationPage page(mona);
    page.resize(1280, 800);
    QTableView *view = openQueue(page);
    QVERIFY(view);
    const QString lookingAt
        = view->model()->index(0, int(ContributionQueueModel::Column::LookingAt)).data().toString();
    QVERIFY2(lookingAt.contains(QLatin1String("saad")), qPrintable(lookingAt));
    QVERIFY2(page.detail()->text().contains(looking), qPrintable(page.detail()->text()));
    const QStringList cut = Elision::cutTexts(&page);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));

    // Saad approves what Mona is about to reject.
    QVERIFY(ModerationService::act(
                saadDb, saad.staffId, {id, 1, ModerationService::Action::Approve, {}, {}})
                .error.ok());
    const QString words = QStringLiteral("selling watches is not a contribution");
    QStringList dialogCut;
    QTimer::singleShot(0, &page, [&] {
        auto *dialog = qobject_cast<RejectDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->resize(dialog->sizeHint());
        dialogCut = Elision::cutTexts(dialog);
        dialog->setReason(QStringLiteral("other"), words);
        dialog->accept();
    });
    QSignalSpy messages(&page, &Page::message);
    page.shortcutActions().at(1)->trigger();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().first().toString().contains(lost),
             qPrintable(messages.first().first().toString()));
    QVERIFY2(dialogCut.isEmpty(), qPrintable(dialogCut.join(QLatin1Char('\n'))));
    QVERIFY(!page.canUndo());

    // R again: the dialog still holds her reason and words.
    QString code;
    QString text;
    QTimer::singleShot(0, &page, [&] {
        auto *dialog = qobject_cast<RejectDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        code = dialog->reasonCode();
        text = dialog->reasonText();
        dialog->reject();
    });
    page.shortcutActions().at(1)->trigger();
    QCOMPARE(code, QStringLiteral("other"));
    QCOMPARE(text, words);
    Database::close(mona.connectionName);
    Database::close(saad.connectionName);
}

// The search box (Enter) and the detail pane's "This author's contributions" narrow the queue;
// clearing the search brings the others back.
void TestModerationPage::searchAndAuthorNarrowTheQueue()
{
    DIWAN_OPEN_DB(t, true);
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QSqlDatabase db = t->db();
    const qint64 topic = Fixtures::topic(db, {});
    QVERIFY(topic);
    const QList<std::pair<const char *, const char *>> items{
        {"water prices are high", "p1"},
        {"road safety near schools", "p2"},
        {"water quality in the north", "p3"},
        {"more buses please", "p3"},
        {"\u0637\u0644\u0628 \u062a\u062c\u062f\u064a\u062f "
         "\u0627\u0644\u0625\u0642\u0627\u0645\u0629",
         "p4"}};
    int day = 1;
    for (const auto &[body, author] : items)
        QVERIFY(Fixtures::contribution(db,
                                       {.topicId = topic,
                                        .authorId = QLatin1String(author),
                                        .body = QString::fromUtf8(body),
                                        .state = QStringLiteral("pending"),
                                        .submittedAt = Fixtures::utc(2026, 11, day++)}));
    const Session s = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    ModerationPage page(s);
    page.resize(1280, 800);
    page.show();
    page.refresh();
    auto *view = page.findChild<QTableView *>();
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(view && search);
    const auto rows = [&](int n) {
        return QTest::qWaitFor([&] { return !page.isBusy() && view->model()->rowCount() == n; },
                               20000);
    };
    QVERIFY(rows(5));
    search->setText(QStringLiteral("water"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(rows(2));
    // What the search found is marked in the detail (and the rows' delegate has the terms).
    QCOMPARE(page.searchTerms(), QStringList({QStringLiteral("water")}));
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(QTest::qWaitFor([&] { return !page.detail()->marked().isEmpty(); }, 20000));
    // (The text is isolated: its first character is the isolate mark.)
    QCOMPARE(page.detail()->marked(), (QList<std::pair<int, int>>{{1, 5}}));
    // An Arabic word as a clerk types it finds and marks the word with its article and hamza.
    search->setText(QStringLiteral(u"\u0627\u0642\u0627\u0645\u0647"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(rows(1));
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(QTest::qWaitFor([&] { return !page.detail()->marked().isEmpty(); }, 20000));
    QCOMPARE(page.detail()->marked(), (QList<std::pair<int, int>>{{11, 7}}));
    search->clear();
    QVERIFY(rows(5));
    QCOMPARE(page.searchTerms(), QStringList());
    // The third one's author wrote two.
    view->setCurrentIndex(view->model()->index(2, 0));
    QVERIFY(QTest::qWaitFor(
        [&] { return page.detail()->text().contains(QLatin1String("water quality")); }, 20000));
    QPushButton *theirs = nullptr;
    for (QPushButton *b : page.detail()->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("This author's contributions"))
            theirs = b;
    QVERIFY(theirs);
    theirs->click();
    QVERIFY(rows(2));
    Database::close(s.connectionName);
}

// A (approve) whose answer is lost (PostgreSQL: the server committed it, then the connection was
// cut; SQLite: the connection was closed before it was sent): the page says it was not done, and
// A again once the connection is back says done, the contribution approved once.
void TestModerationPage::approvalSentAgainAfterLostConnection()
{
    DIWAN_OPEN_DB(t, true);
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QSqlDatabase db = t->db();
    const qint64 id = Fixtures::contribution(db,
                                             {.topicId = Fixtures::topic(db, {}),
                                              .body = QStringLiteral("lost answer"),
                                              .state = QStringLiteral("pending"),
                                              .submittedAt = Fixtures::utc(2026, 11, 1)});
    QVERIFY(id > 0);
    LostAnswerProxy relay; // PostgreSQL: between the moderator and the server
    const Session s
        = t->signInThrough(relay, t->signInAs(QStringLiteral("lostmona"), Role::Moderator));
    QVERIFY(s.isValid());
    ModerationPage page(s);
    QTableView *view = openQueue(page);
    QVERIFY(view);
    QSignalSpy messages(&page, &Page::message);
    t->loseNextAnswer(relay, s);
    page.shortcutActions().at(0)->trigger();
    QCOMPARE(relay.answersLost(), t->isPostgres() ? 1 : 0);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().first().toString().startsWith(QLatin1String("Done: 0. Not done: 1.")),
             qPrintable(messages.first().first().toString()));
    // Back: A again, on the contribution still shown.
    QVERIFY(Database::reconnect(s.connectionName).ok());
    page.shortcutActions().at(0)->trigger();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.last().first().toString(), QStringLiteral("Done: 1. Not done: 0."));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT state || ' ' || version || ' ' || (SELECT count(*) FROM "
                                  "moderation_log l WHERE l.contribution_id = c.id AND l.action = "
                                  "'approve') FROM contributions c WHERE id = %1")
                       .arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("published 2 1"));
    Database::close(s.connectionName);
}

// Another moderator's action moves the rows under a moderator's picks: the picks and the one
// being read stay on their contributions, and H hides exactly what was picked. When the one
// being read leaves the tab, the page says so.
void TestModerationPage::picksFollowTheContribution()
{
    DIWAN_OPEN_DB(t, true);
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QSqlDatabase db = t->db();
    const QList<qint64> ids = pending(db, QStringLiteral("contribution"), 5);
    QVERIFY(ids.size() == 5 && !ids.contains(0));
    const TwoModerators signedIn = twoModerators(*t);
    const Session &mona = signedIn.mona;
    const Session &omar = signedIn.omar;
    QVERIFY(mona.isValid() && omar.isValid());
    ModerationPage page(mona);
    page.resize(1280, 800);
    QTableView *view = openQueue(page);
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 5);
    const auto idAt = [&](int row) {
        return view->model()->index(row, 0).data(ContributionQueueModel::IdRole).toLongLong();
    };
    const auto selectedIds = [&] {
        QList<qint64> picked;
        for (const QModelIndex &index : view->selectionModel()->selectedRows())
            picked << index.data(ContributionQueueModel::IdRole).toLongLong();
        std::sort(picked.begin(), picked.end());
        return picked;
    };
    // Mona reads the fourth (J J J) and picks the third too (K, X, J).
    const QList<QAction *> keys = page.shortcutActions();
    QAction *next = keys.at(3), *previous = keys.at(4), *pick = keys.at(5), *hide = keys.at(2);
    next->trigger();
    next->trigger();
    next->trigger();
    previous->trigger();
    pick->trigger();
    next->trigger();
    pick->trigger();
    QCOMPARE(idAt(view->currentIndex().row()), ids.at(3));
    QCOMPARE(selectedIds(), (QList<qint64>{ids.at(2), ids.at(3)}));

    // Omar approves the first: every row after it moves up one.
    QSqlDatabase odb = QSqlDatabase::database(omar.connectionName);
    const ModerationService::Outcome first = ModerationService::act(
        odb, omar.staffId, {ids.at(0), 1, ModerationService::Action::Approve, {}, {}});
    QVERIFY2(first.error.ok(), qPrintable(first.error.toString()));
    page.refresh();
    QVERIFY(QTest::qWaitFor(
        [&] { return !page.isBusy() && view->model()->rowCount() == 4 && idAt(0) == ids.at(1); },
        20000));
    QCOMPARE(idAt(view->currentIndex().row()), ids.at(3));
    QCOMPARE(view->currentIndex().row(), 2);
    QCOMPARE(selectedIds(), (QList<qint64>{ids.at(2), ids.at(3)}));

    // H hides the two Mona picked, not the two now where they were.
    hide->trigger();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM contributions WHERE state = 'hidden' ORDER BY "
                                  "id")));
    QList<qint64> hidden;
    while (q.next())
        hidden << q.value(0).toLongLong();
    QCOMPARE(hidden, (QList<qint64>{ids.at(2), ids.at(3)}));

    // Mona reads the last one left; Omar approves it: she is told, and reads the one in its place.
    QVERIFY(
        QTest::qWaitFor([&] { return !page.isBusy() && view->model()->rowCount() == 2; }, 20000));
    next->trigger();
    QCOMPARE(idAt(view->currentIndex().row()), ids.at(4));
    QSignalSpy messages(&page, &Page::message);
    const ModerationService::Outcome second = ModerationService::act(
        odb, omar.staffId, {ids.at(4), 1, ModerationService::Action::Approve, {}, {}});
    QVERIFY2(second.error.ok(), qPrintable(second.error.toString()));
    page.refresh();
    QVERIFY(
        QTest::qWaitFor([&] { return !page.isBusy() && view->model()->rowCount() == 1; }, 20000));
    QVERIFY(QTest::qWaitFor([&] { return !messages.isEmpty(); }, 5000));
    QCOMPARE(messages.last().first().toString(),
             QStringLiteral("Contribution #%1 is no longer in this tab: someone acted on it. The "
                            "one now in its place is shown.")
                 .arg(ids.at(4)));
    QCOMPARE(idAt(view->currentIndex().row()), ids.at(1));

    // Another tab is another list: nothing "left" it, its first row is shown and picked; an
    // empty tab shows nothing.
    messages.clear();
    auto *tabs = page.findChild<QTabBar *>();
    tabs->setCurrentIndex(int(ContributionTab::Published));
    QVERIFY(QTest::qWaitFor(
        [&] { return !page.isBusy() && view->model()->rowCount() == 2 && idAt(0) == ids.at(0); },
        20000));
    QVERIFY(QTest::qWaitFor([&] { return view->currentIndex().isValid(); }, 5000));
    QCOMPARE(idAt(view->currentIndex().row()), ids.at(0));
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    tabs->setCurrentIndex(int(ContributionTab::Rejected));
    QVERIFY(
        QTest::qWaitFor([&] { return !page.isBusy() && view->model()->rowCount() == 0; }, 20000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return page.detail()->text() == QLatin1String("Select a contribution to see it whole.");
        },
        5000));
    QVERIFY2(messages.isEmpty(), qPrintable(messages.value(0).value(0).toString()));
}

// A bulk approval of three, one of which another moderator rejected first: the moderator is
// told, contribution by contribution, which two were approved and why the third was not (who
// acted first, and what), the one not done listed first.
void TestModerationPage::bulkSaysWhichWereNotDone()
{
    DIWAN_OPEN_DB(t, true);
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QSqlDatabase db = t->db();
    const QList<qint64> ids = pending(db, QStringLiteral("bulk"), 3);
    QVERIFY(ids.size() == 3 && !ids.contains(0));
    const TwoModerators signedIn = twoModerators(*t);
    const Session &mona = signedIn.mona;
    const Session &omar = signedIn.omar;
    QVERIFY(mona.isValid() && omar.isValid());
    ModerationPage page(mona);
    page.resize(1280, 800);
    QTableView *view = openQueue(page);
    QVERIFY(view);
    const QList<QAction *> keys = page.shortcutActions();
    QAction *approve = keys.at(0), *next = keys.at(3), *pick = keys.at(5);
    pick->trigger(); // X on the first, J, X, J, X: all three picked
    next->trigger();
    pick->trigger();
    next->trigger();
    pick->trigger();
    QCOMPARE(view->selectionModel()->selectedRows().size(), 3);

    QSqlDatabase odb = QSqlDatabase::database(omar.connectionName);
    const ModerationService::Outcome first = ModerationService::act(
        odb,
        omar.staffId,
        {ids.at(1), 1, ModerationService::Action::Reject, QStringLiteral("spam"), {}});
    QVERIFY2(first.error.ok(), qPrintable(first.error.toString()));
    QSignalSpy messages(&page, &Page::message);
    approve->trigger();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().first().toString().startsWith(QLatin1String("Done: 2. Not done: 1.")),
             qPrintable(messages.first().first().toString()));
    auto *results = page.findChild<BulkResultsDialog *>();
    QVERIFY(results);
    QVERIFY(results->isVisible());
    const QList<BulkResultsDialog::Item> &items = results->items();
    QCOMPARE(items.size(), 3);
    // The one not done first, with who acted and what.
    QCOMPARE(items.at(0).id, ids.at(1));
    QVERIFY(!items.at(0).done);
    QCOMPARE(results->line(0).at(1)->text(), QStringLiteral(u"\u2068bulk 1\u2069")); // isolated
    const QString why = results->line(0).at(2)->text();
    QVERIFY2(why.contains(QLatin1String("Clerk omar")) && why.contains(QLatin1String("Rejected")),
             qPrintable(why));
    QCOMPARE(results->line(1).at(2)->text(), QStringLiteral("Done"));
    QCOMPARE(results->line(2).at(2)->text(), QStringLiteral("Done"));
    QCOMPARE((QList<qint64>{items.at(1).id, items.at(2).id}),
             (QList<qint64>{ids.at(0), ids.at(2)}));
    const QStringList cut = Elision::cutTexts(results);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT state FROM contributions ORDER BY id")));
    QStringList states;
    while (q.next())
        states << q.value(0).toString();
    QCOMPARE(states,
             (QStringList{QStringLiteral("published"),
                          QStringLiteral("rejected"),
                          QStringLiteral("published")}));
}

// The moderation log: one contribution's history in order, who did what and why; one moderator's
// actions newest first, and another moderator's on choosing them.
void TestModerationPage::logOfAContributionAndOfAnyModerator()
{
    DIWAN_OPEN_DB(t, true);
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QSqlDatabase db = t->db();
    const QList<qint64> ids = pending(db, QStringLiteral("logged"), 3);
    QVERIFY(ids.size() == 3 && !ids.contains(0));
    const TwoModerators signedIn = twoModerators(*t);
    const Session &mona = signedIn.mona;
    const Session &omar = signedIn.omar;
    QSqlDatabase mdb = QSqlDatabase::database(mona.connectionName);
    QSqlDatabase odb = QSqlDatabase::database(omar.connectionName);
    using ModerationService::Action;
    QVERIFY(ModerationService::act(mdb, mona.staffId, {ids.at(0), 1, Action::Approve, {}, {}})
                .error.ok());
    QVERIFY(ModerationService::act(
                odb, omar.staffId, {ids.at(0), 2, Action::Hide, {}, QStringLiteral("off topic")})
                .error.ok());
    QVERIFY(ModerationService::act(mdb, mona.staffId, {ids.at(1), 1, Action::Approve, {}, {}})
                .error.ok());
    QVERIFY(ModerationService::act(
                odb, omar.staffId, {ids.at(2), 1, Action::Reject, QStringLiteral("spam"), {}})
                .error.ok());
    const auto column = [](const ModerationLogDialog &d, int c) {
        QStringList out;
        const auto *list = d.findChild<QTreeWidget *>();
        for (int i = 0; list && i < list->topLevelItemCount(); ++i)
            out << list->topLevelItem(i)->text(c);
        return out;
    };
    ModerationLogDialog history(mdb, ModerationLogDialog::Scope::Contribution, ids.at(0));
    QVERIFY2(history.lastError().ok(), qPrintable(history.lastError().toString()));
    QCOMPARE(column(history, 2),
             (QStringList{QStringLiteral("Approved"), QStringLiteral("Hidden")}));
    QCOMPARE(column(history, 1),
             (QStringList{QStringLiteral(u"\u2068Clerk mona\u2069"),
                          QStringLiteral(u"\u2068Clerk omar\u2069")}));
    QCOMPARE(column(history, 3).last(), QStringLiteral(u"\u2068off topic\u2069"));

    ModerationLogDialog log(mdb, ModerationLogDialog::Scope::Moderator, mona.staffId);
    QVERIFY2(log.lastError().ok(), qPrintable(log.lastError().toString()));
    QCOMPARE(column(log, 2), (QStringList{QStringLiteral("Approved"), QStringLiteral("Approved")}));
    QCOMPARE(column(log, 4),
             (QStringList{QStringLiteral(u"\u2068logged 1\u2069"),
                          QStringLiteral(u"\u2068logged 0\u2069")})); // newest first
    auto *who = log.findChild<QComboBox *>();
    QVERIFY(who);
    QCOMPARE(who->currentText(), QStringLiteral("Clerk mona"));
    who->setCurrentIndex(who->findText(QStringLiteral("Clerk omar")));
    QCOMPARE(column(log, 2), (QStringList{QStringLiteral("Rejected"), QStringLiteral("Hidden")}));
    QCOMPARE(log.rows(), 2);
}

// A redaction and a block that lose to another moderator keep what the moderator chose and
// typed: the dialogs offer the passage, the reason and the justification again.
void TestModerationPage::blockAndRedactKeepWhatWasTyped()
{
    DIWAN_OPEN_DB(t, true);
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QSqlDatabase db = t->db();
    const QList<qint64> ids = pending(db, QStringLiteral("call me on 55123456, item"), 1);
    QVERIFY(ids.size() == 1 && ids.first());
    const TwoModerators signedIn = twoModerators(*t);
    const Session &mona = signedIn.mona;
    const Session &omar = signedIn.omar;
    ModerationPage page(mona);
    page.resize(1280, 800);
    QTableView *view = openQueue(page);
    QVERIFY(view);
    QSqlDatabase odb = QSqlDatabase::database(omar.connectionName);
    int version = 1;
    // Omar acts first each time (he redacts a word of "call me on 55123456, item 0": "0", then
    // "item", which keeps it pending): Mona's version is out of date.
    const auto omarRedacts = [&](int from, int length) {
        const ModerationService::Outcome o = ModerationService::act(
            odb,
            omar.staffId,
            {ids.first(), version, ModerationService::Action::Redact, {}, {}, from, length});
        if (o.error.ok())
            version = o.version;
        return o.error.ok();
    };
    const auto answer = [&](auto &&fill) {
        QTimer::singleShot(0, &page, [fill] { fill(QApplication::activeModalWidget()); });
    };
    QSignalSpy messages(&page, &Page::message);

    QVERIFY(omarRedacts(26, 1));
    answer([](QWidget *w) {
        auto *dialog = qobject_cast<RedactDialog *>(w);
        QVERIFY(dialog);
        dialog->select(11, 8); // 55123456
        dialog->setReason(QStringLiteral("a phone number"));
        dialog->accept();
    });
    const auto press = [&](const QString &label) {
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == label && b->isEnabled()) {
                b->click();
                return true;
            }
        return false;
    };
    QVERIFY(press(QStringLiteral("Redact")));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.last().first().toString().startsWith(QLatin1String("Done: 0. Not done: 1.")),
             qPrintable(messages.last().first().toString()));
    QVERIFY(QTest::qWaitFor([&] { return !page.isBusy(); }, 20000));
    int from = -1, length = -1;
    QString reason;
    answer([&](QWidget *w) {
        auto *dialog = qobject_cast<RedactDialog *>(w);
        QVERIFY(dialog);
        from = dialog->from();
        length = dialog->length();
        reason = dialog->reason();
        dialog->reject();
    });
    QVERIFY(press(QStringLiteral("Redact")));
    QCOMPARE(from, 11);
    QCOMPARE(length, 8);
    QCOMPARE(reason, QStringLiteral("a phone number"));

    QVERIFY(omarRedacts(21, 4));
    answer([](QWidget *w) {
        auto *dialog = qobject_cast<JustificationDialog *>(w);
        QVERIFY(dialog);
        dialog->setJustification(QStringLiteral("spam from this account all week"));
        dialog->accept();
    });
    QVERIFY(press(QStringLiteral("Block author")));
    QVERIFY2(messages.last().first().toString().startsWith(QLatin1String("Done: 0. Not done: 1.")),
             qPrintable(messages.last().first().toString()));
    QVERIFY(QTest::qWaitFor([&] { return !page.isBusy(); }, 20000));
    QString kept;
    answer([&](QWidget *w) {
        auto *dialog = qobject_cast<JustificationDialog *>(w);
        QVERIFY(dialog);
        kept = dialog->justification();
        dialog->reject();
    });
    QVERIFY(press(QStringLiteral("Block author")));
    QCOMPARE(kept, QStringLiteral("spam from this account all week"));
}

QTEST_MAIN(TestModerationPage)
#include "tst_moderationpage.moc"
