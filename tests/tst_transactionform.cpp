// The transaction form as a clerk uses it, over SQLite and PostgreSQL: claim, notes and
// messages, canned responses, decisions, conflicts that keep the clerk's text, leaving, saved
// views and queue filters.
#include "administration/staffadmin.h"
#include "auth/session.h"
#include "common/draftstore.h"
#include "db/database.h"
#include "fixtures.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "testdatabase.h"
#include "transactions/queue/transactionqueuemodel.h"
#include "transactions/savedviews.h"
#include "transactions/transactionform.h"
#include "transactions/transactionservice.h"
#include "transactions/transactionspage.h"

#include <QAction>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using Action = TransactionService::Decision::Action;

// A fresh database of the row's kind: one service, two transactions, two clerks signed in;
// their connections close when the fixture goes.
#define DIWAN_FORM_FIXTURE(f)                                                                      \
    Fixture f;                                                                                     \
    {                                                                                              \
        DIWAN_OPEN_DB(t, true);                                                                    \
        f.db = std::move(t);                                                                       \
    }                                                                                              \
    QVERIFY(setUp(f))

class TestTransactionForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void claimNoteMessageAndDecide_data() { TestDatabase::addRows(); }
    void claimNoteMessageAndDecide();
    void conflictKeepsTheClerksText_data() { TestDatabase::addRows(); }
    void conflictKeepsTheClerksText();
    void leavingReturnsTheClaim_data() { TestDatabase::addRows(); }
    void leavingReturnsTheClaim();
    void supervisorsActOnTheSelection_data() { TestDatabase::addRows(); }
    void supervisorsActOnTheSelection();
    void savedViewsAndFilters_data() { TestDatabase::addRows(); }
    void savedViewsAndFilters();
    void unsentTextOutlivesTheProgram_data() { TestDatabase::addRows(); }
    void unsentTextOutlivesTheProgram();

private:
    struct Fixture
    {
        std::unique_ptr<TestDatabase> db;
        Session clerk;
        Session other;
        qint64 first = 0;  // MOI-2026-0000042: English applicant with phone and e-mail
        qint64 second = 0; // MOI-2026-0000043: no phone, no e-mail
        ~Fixture()
        {
            for (const Session *s : {&clerk, &other})
                if (s->isValid())
                    Database::close(s->connectionName);
        }
    };
    bool setUp(Fixture &f);
    qint64 scalar(Fixture &f, const QString &sql);
};

void TestTransactionForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiwanTest"));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

bool TestTransactionForm::setUp(Fixture &f)
{
    QSqlDatabase db = f.db->db();
    const QString service = QStringLiteral("residence_renewal");
    const bool ok
        = Fixtures::service(db,
                            {.code = service,
                             .nameAr = QStringLiteral("تجديد رخصة الإقامة"),
                             .nameEn = QStringLiteral("Residence permit renewal")})
          && Fixtures::document(db,
                                {.service = service,
                                 .code = QStringLiteral("passport_copy"),
                                 .nameAr = QStringLiteral("صورة جواز السفر"),
                                 .nameEn = QStringLiteral("Passport copy"),
                                 .position = 1})
          && Fixtures::cannedResponse(
              db,
              {.titleAr = QStringLiteral("استلام"),
               .titleEn = QStringLiteral("Received"),
               .bodyAr = QStringLiteral("السيد/ة {name}، طلبكم {reference}"),
               .bodyEn = QStringLiteral(
                   "Dear {name}, your application {reference} will be completed by {due_date}.")});
    if (!ok)
        return false;
    f.first = Fixtures::transaction(
        db,
        {.reference = QStringLiteral("MOI-2026-0000042"),
         .service = service,
         .applicantName = QStringLiteral("Amal Saleh"),
         .phone = QStringLiteral("+974 55512345"),
         .email = QStringLiteral("amal@example.qa"),
         .language = QStringLiteral("en"),
         .details = QStringLiteral("{\"passport_number\":\"A1234567\",\"renewal_years\":\"2\"}"),
         .submittedAt = Fixtures::utc(2026, 11, 20),
         .dueAt = Fixtures::utc(2030, 11, 21)});
    f.second = Fixtures::transaction(db,
                                     {.reference = QStringLiteral("MOI-2026-0000043"),
                                      .service = service,
                                      .applicantName = QStringLiteral("سالم"),
                                      .qid = QStringLiteral("28463400124"),
                                      .submittedAt = Fixtures::utc(2026, 11, 21),
                                      .dueAt = Fixtures::utc(2030, 11, 22)});
    if (!f.first || !f.second)
        return false;
    f.clerk = f.db->signInAs(QStringLiteral("amna"), Role::Clerk, true);
    f.other = f.db->signInAs(QStringLiteral("badr"), Role::Clerk, true);
    return f.clerk.isValid() && f.other.isValid();
}

qint64 TestTransactionForm::scalar(Fixture &f, const QString &sql)
{
    QSqlQuery q(f.db->db());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

void TestTransactionForm::claimNoteMessageAndDecide()
{
    DIWAN_FORM_FIXTURE(f);
    TransactionForm form(f.clerk);
    QVERIFY(form.open(f.first));
    // Not claimed yet: nothing can be written or decided.
    QVERIFY(form.composer()->isReadOnly());
    QVERIFY(!form.canDecide(Action::Approve));
    QVERIFY(form.claim());
    QVERIFY(form.detail().heldBy(f.clerk.staffId));
    QCOMPARE(form.detail().state, QStringLiteral("in_review"));
    QVERIFY(!form.composer()->isReadOnly());
    QVERIFY(form.canDecide(Action::Approve));
    QVERIFY(form.canDecide(Action::RequestDocuments));
    QVERIFY(!form.canDecide(Action::ResumeReview));
    QVERIFY(!form.canIssueLetter()); // nothing decided yet
    const int before = form.historyCount();

    // An internal note: history only, nothing to the applicant.
    form.composer()->setPlainText(QStringLiteral("Called the applicant about the passport."));
    QVERIFY(form.addFromComposer());
    QVERIFY(form.composer()->toPlainText().isEmpty());
    QCOMPARE(form.historyCount(), before + 1);
    QCOMPARE(form.historyText(before, 2), QStringLiteral("Internal note"));
    QVERIFY(form.historyText(before, 3).contains(QStringLiteral("about the passport")));
    QCOMPARE(scalar(f, QStringLiteral("SELECT count(*) FROM outbox")), 0);

    // A canned response, switched to a message with the one-key toggle, goes out by SMS and
    // e-mail with its variables filled in.
    const QList<QAction *> keys = form.shortcutActions();
    QAction *toggle = nullptr;
    for (QAction *a : keys)
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_M))
            toggle = a;
    QVERIFY(toggle);
    toggle->trigger();
    QVERIFY(form.isMessageMode());
    form.insertCannedResponse(1);
    const QString text = form.composer()->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("Dear Amal Saleh, your application MOI-2026-0000042")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("21/11/2030")));
    QVERIFY(form.addFromComposer());
    QCOMPARE(scalar(f, QStringLiteral("SELECT count(*) FROM outbox WHERE body LIKE 'Dear Amal%'")),
             2);
    QCOMPARE(form.historyText(before + 1, 2), QStringLiteral("Message to applicant"));
    QCOMPARE(scalar(f,
                    QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = "
                                   "'message' AND visible_to_applicant = %1")
                        .arg(f.db->isPostgres() ? QStringLiteral("true") : QStringLiteral("1"))),
             1);

    // Blank text changes nothing.
    form.composer()->setPlainText(QStringLiteral("   "));
    QVERIFY(!form.addFromComposer());
    QVERIFY(!form.bannerText().isEmpty());
    QCOMPARE(form.composer()->toPlainText(), QStringLiteral("   "));

    // Reject with a reason: the state, the history line, the applicant's message.
    TransactionService::Decision reject;
    reject.action = Action::Reject;
    reject.reasonCode = QStringLiteral("invalid_document");
    reject.reasonText = QStringLiteral("The passport copy has expired.");
    QVERIFY(form.decide(Action::Reject, reject));
    QCOMPARE(form.detail().state, QStringLiteral("rejected"));
    QCOMPARE(form.historyText(form.historyCount() - 1, 2),
             QStringLiteral("In review to Rejected (the applicant was told)"));
    QVERIFY(form.historyText(form.historyCount() - 1, 3).contains(QStringLiteral("expired")));
    QVERIFY(!form.canDecide(Action::Approve));
    QCOMPARE(scalar(f, QStringLiteral("SELECT count(*) FROM outbox WHERE body LIKE '%expired%'")),
             2);
    // Now, and only now, its decision letter can be issued (Ctrl+L), by the clerk who decided.
    QVERIFY(form.canIssueLetter());
    {
        TransactionForm otherForm(f.other);
        QVERIFY(otherForm.open(f.first));
        QVERIFY(!otherForm.canIssueLetter());
    }

    // An applicant with no phone and no e-mail: the message mode is not offered.
    QVERIFY(form.open(f.second));
    QVERIFY(form.claim());
    form.setMessageMode(true);
    QVERIFY(!form.isMessageMode());
}

void TestTransactionForm::conflictKeepsTheClerksText()
{
    DIWAN_FORM_FIXTURE(f);
    TransactionForm form(f.clerk);
    QVERIFY(form.open(f.first));
    QVERIFY(form.claim());
    form.composer()->setPlainText(QStringLiteral("Half-written note"));

    // The claim expires and another clerk takes the transaction and changes it.
    QSqlQuery q(f.db->db());
    QVERIFY(q.exec(QStringLiteral("UPDATE transactions SET lease_expires_at = "
                                  "'2020-01-01T00:00:00.000Z' WHERE id = %1")
                       .arg(f.first)));
    QSqlDatabase otherDb = QSqlDatabase::database(f.other.connectionName);
    TransactionService::Claim c;
    QVERIFY(TransactionService::claim(otherDb, f.first, f.other.staffId, &c).ok());

    TransactionService::Decision approve;
    approve.action = Action::Approve;
    approve.message = QStringLiteral("Welcome back");
    QVERIFY(!form.decide(Action::Approve, approve));
    // Who changed it and what it is now; nothing of ours written; our text still there.
    QVERIFY2(form.bannerText().contains(f.other.login), qPrintable(form.bannerText()));
    QVERIFY2(form.bannerText().contains(QStringLiteral("In review")),
             qPrintable(form.bannerText()));
    QCOMPARE(form.composer()->toPlainText(), QStringLiteral("Half-written note"));
    QCOMPARE(scalar(f, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(
        scalar(f,
               QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = 'approved'")),
        0);

    // A note is refused the same way, and the text stays.
    QVERIFY(!form.addFromComposer());
    QVERIFY2(form.bannerText().contains(QStringLiteral("no longer hold")),
             qPrintable(form.bannerText()));
    QCOMPARE(form.composer()->toPlainText(), QStringLiteral("Half-written note"));
    QVERIFY(form.reload());
    QVERIFY(!form.detail().heldBy(f.clerk.staffId));
    QCOMPARE(form.composer()->toPlainText(), QStringLiteral("Half-written note"));
    QVERIFY(form.composer()->isReadOnly());
}

void TestTransactionForm::leavingReturnsTheClaim()
{
    DIWAN_FORM_FIXTURE(f);
    MainWindow window(f.clerk, QStringLiteral("password-123"));
    auto *page = qobject_cast<TransactionsPage *>(window.currentPage());
    QVERIFY(page);
    // The navigation counts what waits: two unclaimed, then one once this clerk takes one.
    QCOMPARE(page->badge(), QStringLiteral("2 unclaimed"));
    page->takeNext();
    QVERIFY(page->isFormShown());
    QCOMPARE(page->badge(), QStringLiteral("1 unclaimed"));
    const qint64 taken = page->form()->transactionId();
    QCOMPARE(taken, f.first); // the most urgent
    page->form()->composer()->setPlainText(QStringLiteral("unsent words"));
    // Esc: back to the queue; the claim returns, the text is remembered for this transaction.
    QAction *back = nullptr;
    for (QAction *a : page->shortcutActions())
        if (a->shortcut() == QKeySequence(Qt::Key_Escape))
            back = a;
    QVERIFY(back);
    back->trigger();
    QVERIFY(!page->isFormShown());
    QCOMPARE(scalar(f,
                    QStringLiteral("SELECT count(*) FROM transactions WHERE id = %1 AND "
                                   "assigned_to IS NULL")
                        .arg(taken)),
             1);
    QCOMPARE(scalar(f,
                    QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = "
                                   "'released' AND transaction_id = %1")
                        .arg(taken)),
             1);
    QVERIFY(page->openTransaction(taken));
    QCOMPARE(page->form()->composer()->toPlainText(), QStringLiteral("unsent words"));
    page->showQueue();
}

void TestTransactionForm::savedViewsAndFilters()
{
    DIWAN_FORM_FIXTURE(f);
    MainWindow window(f.clerk, QStringLiteral("password-123"));
    auto *page = qobject_cast<TransactionsPage *>(window.currentPage());
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->queue()->rowCount(), 2, 10000);

    // Submitted between two dates: only the later one.
    QueueFilter filter;
    filter.submittedFrom = QDateTime(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC);
    filter.submittedTo = QDateTime(QDate(2026, 11, 22), QTime(0, 0), Qt::UTC);
    page->applyFilter(filter);
    QTRY_COMPARE_WITH_TIMEOUT(page->queue()->rowCount(), 1, 10000);
    QVERIFY(page->saveView(QStringLiteral("Late November")));
    QVERIFY(page->viewNames().contains(QStringLiteral("Late November")));

    // Back to everything, then the saved view brings the filter back.
    page->applyFilter(QueueFilter{});
    QTRY_COMPARE_WITH_TIMEOUT(page->queue()->rowCount(), 2, 10000);
    QVERIFY(page->loadView(QStringLiteral("Late November")));
    QTRY_COMPARE_WITH_TIMEOUT(page->queue()->rowCount(), 1, 10000);
    QTRY_VERIFY(page->queue()
                    ->data(page->queue()->index(0, 0), TransactionQueueModel::LoadedRole)
                    .toBool());
    QVERIFY(page->queue()
                ->data(page->queue()->index(0, 0))
                .toString()
                .contains(QStringLiteral("0000043")));

    // A blank name is refused, nothing saved; another user never sees this user's views.
    QSqlDatabase clerkDb = QSqlDatabase::database(f.clerk.connectionName);
    QCOMPARE(SavedViews::save(
                 clerkDb, f.clerk.login, QStringLiteral("transactions"), QStringLiteral("  "), {})
                 .kind,
             DbError::Kind::Invalid);
    QSqlDatabase otherDb = QSqlDatabase::database(f.other.connectionName);
    QList<SavedViews::View> views;
    QVERIFY(SavedViews::list(otherDb, f.other.login, QStringLiteral("transactions"), &views).ok());
    QVERIFY(views.isEmpty());
    if (f.db->isPostgres()) {
        // Row security: even asking for the other user's rows by name gives nothing.
        QVERIFY(
            SavedViews::list(otherDb, f.clerk.login, QStringLiteral("transactions"), &views).ok());
        QVERIFY(views.isEmpty());
    }
    // Unknown states in a stored definition are dropped, not trusted.
    QJsonObject bad{{QStringLiteral("states"), QJsonArray{QStringLiteral("x'); DROP TABLE t;--")}}};
    QCOMPARE(SavedViews::queueFilterFromJson(bad, 1).states, QueueFilter().states);

    // Sorted newest first, then oldest first (and a saved view keeps the order).
    QueueFilter newest;
    newest.sort = QueueFilter::Sort::NewestFirst;
    page->applyFilter(newest);
    QTRY_COMPARE_WITH_TIMEOUT(page->queue()->rowCount(), 2, 10000);
    QTRY_VERIFY(page->queue()->rowAt(0));
    QCOMPARE(page->queue()->rowAt(0)->reference, QStringLiteral("MOI-2026-0000043"));
    QVERIFY(page->saveView(QStringLiteral("Newest")));
    QueueFilter oldest;
    oldest.sort = QueueFilter::Sort::OldestFirst;
    page->applyFilter(oldest);
    QTRY_VERIFY(page->queue()->rowAt(0)
                && page->queue()->rowAt(0)->reference == QLatin1String("MOI-2026-0000042"));
    QVERIFY(page->loadView(QStringLiteral("Newest")));
    QCOMPARE(page->currentFilter().sort, QueueFilter::Sort::NewestFirst);
    QTRY_VERIFY(page->queue()->rowAt(0)
                && page->queue()->rowAt(0)->reference == QLatin1String("MOI-2026-0000043"));

    // Mine: nothing until the clerk takes one.
    QueueFilter mine;
    mine.ownership = QueueFilter::Ownership::Mine;
    mine.staffId = f.clerk.staffId;
    page->applyFilter(mine);
    QTRY_COMPARE_WITH_TIMEOUT(page->queue()->rowCount(), 0, 10000);
}

void TestTransactionForm::supervisorsActOnTheSelection()
{
    DIWAN_FORM_FIXTURE(f);
    const auto keys = [](const QList<QAction *> &actions) {
        QStringList list;
        for (const QAction *a : actions)
            list << a->shortcut().toString();
        return list;
    };
    {
        // A clerk has no supervision keys.
        MainWindow window(f.clerk, QStringLiteral("password-123"));
        auto *page = qobject_cast<TransactionsPage *>(window.currentPage());
        QVERIFY(!keys(page->shortcutActions()).contains(QStringLiteral("Ctrl+Shift+G")));
    }
    const Session boss
        = f.db->signInAs(QStringLiteral("jassim"), Role::Clerk | Role::Manager, true);
    QVERIFY(boss.isValid());
    MainWindow window(boss, QStringLiteral("password-123"));
    auto *page = qobject_cast<TransactionsPage *>(window.currentPage());
    QVERIFY(keys(page->shortcutActions()).contains(QStringLiteral("Ctrl+Shift+G")));
    QVERIFY(keys(page->shortcutActions()).contains(QStringLiteral("Ctrl+Shift+T")));
    QTRY_COMPARE_WITH_TIMEOUT(page->queue()->rowCount(), 2, 10000);
    QTRY_VERIFY(page->queue()->rowAt(1));
    // Nothing selected: nothing to act on, and the page says so.
    QVERIFY(page->selectedItems().isEmpty());
    QSignalSpy messages(page, &Page::message);
    page->supervise(Supervision::Action::Reassign);
    QCOMPARE(messages.count(), 1);
    // Both rows selected: both transactions, with the versions the queue read.
    page->queueView()->selectAll();
    const auto items = page->selectedItems();
    QCOMPARE(items.size(), 2);
    QCOMPARE(QSet<qint64>({items.at(0).first, items.at(1).first}),
             QSet<qint64>({f.first, f.second}));
    QCOMPARE(items.at(0).second, 1);
    // With a transaction open, the action is about that one only.
    QVERIFY(page->openTransaction(f.second));
    QCOMPARE(page->selectedItems().size(), 1);
    QCOMPARE(page->selectedItems().first().first, f.second);
    page->showQueue();
    Database::close(boss.connectionName);
}

// What the clerk typed is on disk a moment after the last keystroke, before anything closes (so
// a kill or a power cut loses at most that moment), and a later Diwan offers it back on the same
// transaction; once sent, it is gone from disk.
void TestTransactionForm::unsentTextOutlivesTheProgram()
{
    DIWAN_FORM_FIXTURE(f);
    const DraftStore store(f.clerk.profile.toUrl() + QLatin1Char('\n') + f.clerk.login);
    const QString key = QStringLiteral("transaction-%1").arg(f.first);
    store.remove(key);
    const QString typed = QStringLiteral(u"اتصلت بمقدم الطلب بخصوص الجواز");
    {
        TransactionForm form(f.clerk);
        QVERIFY(form.open(f.first));
        QVERIFY(form.claim());
        form.composer()->setPlainText(typed);
        // Written while the form is still open: nothing has to close for the draft to be kept.
        QTRY_COMPARE_WITH_TIMEOUT(store.load(key), typed, 10000);
    }
    // Another run of Diwan (a new form knows nothing of the old one's memory).
    TransactionForm later(f.clerk);
    QSignalSpy said(&later, &TransactionForm::message);
    QVERIFY(later.open(f.first));
    QCOMPARE(later.composer()->toPlainText(), typed);
    QVERIFY(!said.isEmpty());
    QVERIFY2(said.last().first().toString().startsWith(QStringLiteral("The text you had not sent")),
             qPrintable(said.last().first().toString()));
    // A draft of one account is not offered to another.
    const DraftStore otherStore(f.other.profile.toUrl() + QLatin1Char('\n') + f.other.login);
    QVERIFY(otherStore.load(key).isEmpty());
    // Sent: the draft is gone.
    QVERIFY(later.claim() || later.detail().heldBy(f.clerk.staffId));
    QVERIFY(later.addFromComposer());
    QVERIFY(store.load(key).isEmpty());
}

QTEST_MAIN(TestTransactionForm)
#include "tst_transactionform.moc"
