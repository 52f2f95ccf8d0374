#include "db/database.h"
#include "fixtures.h"
#include "lostanswerproxy.h"
#include "moderation/topiceditor.h"
#include "moderation/topicspage.h"
#include "polls/polldesignerpage.h"
#include "polls/polleditor.h"
#include "polls/pollservice.h"
#include "polls/polltemplates.h"
#include "shell/languagemanager.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

// Issue 15: what an editor creates (a topic, a poll draft, a copy of a poll, a new version of a
// poll) and every step of a topic carries the editor's action key. The answer to the first send
// is lost after its commit (PostgreSQL: a relay drops the answer to the COMMIT and cuts the
// connection; SQLite: the connection is closed before the send); the editor is told it was not
// done, saves again once the connection is back, and finds one row, the one on screen.

using Fixtures::scalar;

class TestCreatedOnce : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void topicSavedAgainAfterLostAnswer_data() { TestDatabase::addRows(); }
    void topicSavedAgainAfterLostAnswer();
    void pollSavedAgainAfterLostAnswer_data() { TestDatabase::addRows(); }
    void pollSavedAgainAfterLostAnswer();
};

void TestCreatedOnce::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiwanTest"));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestCreatedOnce::topicSavedAgainAfterLostAnswer()
{
    DIWAN_OPEN_DB(t, true);
    LostAnswerProxy relay;
    const Session s
        = t->signInThrough(relay, t->signInAs(QStringLiteral("topicwriter"), Role::Editor));
    QVERIFY(s.isValid());
    QSqlDatabase admin = t->db();
    TopicsPage page(s);
    page.newTopic();
    Topics::Topic topic;
    topic.titleAr = QStringLiteral(u"مواقف السيارات");
    topic.bodyAr = QStringLiteral(u"هل تكفي مواقف السيارات؟");
    page.editor()->setTopic(topic, {}, true);

    t->loseNextAnswer(relay, s);
    QVERIFY(!page.save());
    QCOMPARE(relay.answersLost(), t->isPostgres() ? 1 : 0);
    QVERIFY(Database::reconnect(s.connectionName).ok());
    QVERIFY(page.save());
    const QString count
        = QStringLiteral("SELECT count(*) FROM topics WHERE title_ar = '%1'").arg(topic.titleAr);
    QCOMPARE(scalar(admin, count), QStringLiteral("1"));
    const qint64 id = page.editor()->topic().id;
    QCOMPARE(
        QString::number(id),
        scalar(admin,
               QStringLiteral("SELECT id FROM topics WHERE title_ar = '%1'").arg(topic.titleAr)));
    // On PostgreSQL the second send learns the first was stored and saves the form over it once
    // more (the form may have changed since the answer was lost): one version more per repeat.
    const int again = t->isPostgres() ? 1 : 0;
    QCOMPARE(page.editor()->topic().version, 1 + again);

    // An edit and a step of the lifecycle, their answers lost too: each done once.
    Topics::Topic edited = page.editor()->topic();
    edited.titleEn = QStringLiteral("Parking");
    page.editor()->setTopic(edited, {}, true);
    t->loseNextAnswer(relay, s);
    QVERIFY(!page.save());
    QVERIFY(Database::reconnect(s.connectionName).ok());
    // The editor goes on typing before sending again: the topic stored is what the form says
    // now, over what the first send stored (version 2), not the first send's text alone.
    edited.titleEn = QStringLiteral("Car parks");
    page.editor()->setTopic(edited, {}, true);
    QVERIFY(page.save());
    QCOMPARE(page.editor()->topic().titleEn, QStringLiteral("Car parks"));
    QCOMPARE(page.editor()->topic().version, 2 + 2 * again);
    t->loseNextAnswer(relay, s);
    QVERIFY(!page.step(Topics::Step::Submit));
    QVERIFY(Database::reconnect(s.connectionName).ok());
    QVERIFY(page.step(Topics::Step::Submit));
    QCOMPARE(relay.answersLost(), t->isPostgres() ? 3 : 0);
    QCOMPARE(page.editor()->topic().state, QStringLiteral("in_review"));
    QCOMPARE(scalar(admin,
                    QStringLiteral("SELECT state || ' ' || version || ' ' || title_en FROM topics "
                                   "WHERE id = %1")
                        .arg(id)),
             QStringLiteral("in_review %1 Car parks").arg(3 + 2 * again));
    QCOMPARE(scalar(admin, count), QStringLiteral("1"));
}

void TestCreatedOnce::pollSavedAgainAfterLostAnswer()
{
    DIWAN_OPEN_DB(t, true);
    LostAnswerProxy relay;
    const Session s
        = t->signInThrough(relay, t->signInAs(QStringLiteral("pollwriter"), Role::Editor));
    QVERIFY(s.isValid());
    QSqlDatabase admin = t->db();
    const QString polls
        = QStringLiteral("SELECT count(*) FROM polls WHERE created_by = %1").arg(s.staffId);
    PollDesignerPage page(s);

    // A new draft.
    QVERIFY(page.newFromTemplate(0));
    t->loseNextAnswer(relay, s);
    QVERIFY(!page.save());
    QVERIFY(Database::reconnect(s.connectionName).ok());
    // The title changed before the second send: the draft holds the new title, and only once.
    Polls::Poll retitled = page.editor()->poll();
    retitled.titleAr = QStringLiteral(u"رضا الجمهور عن المواقف");
    page.editor()->restore(retitled);
    QVERIFY(page.save());
    QCOMPARE(scalar(admin, polls), QStringLiteral("1"));
    const qint64 draft = page.editor()->pollId();
    const int saved = t->isPostgres() ? 2 : 1; // the first send's version 1, then the form again
    QCOMPARE(scalar(admin,
                    QStringLiteral("SELECT id || ' ' || version || ' ' || title_ar FROM polls "
                                   "WHERE created_by = %1")
                        .arg(s.staffId)),
             QStringLiteral("%1 %2 %3").arg(draft).arg(saved).arg(retitled.titleAr));
    QCOMPARE(page.editor()->version(), saved);

    // Its copy.
    page.duplicate();
    t->loseNextAnswer(relay, s);
    QVERIFY(!page.save());
    QVERIFY(Database::reconnect(s.connectionName).ok());
    QVERIFY(page.save());
    QCOMPARE(scalar(admin, polls), QStringLiteral("2"));
    const qint64 copy = page.editor()->pollId();
    QVERIFY(copy > draft);
    QCOMPARE(
        scalar(admin,
               QStringLiteral("SELECT max(id) FROM polls WHERE created_by = %1").arg(s.staffId)),
        QString::number(copy));

    // A new version of an open poll.
    qint64 open = 0;
    QCOMPARE(Fixtures::openPoll(admin, s, Polls::pollTemplates().at(0).poll, &open), QString());
    QVERIFY(page.openPoll(open));
    t->loseNextAnswer(relay, s);
    QVERIFY(!page.newVersion());
    QVERIFY(Database::reconnect(s.connectionName).ok());
    QVERIFY(page.newVersion());
    QCOMPARE(relay.answersLost(), t->isPostgres() ? 3 : 0);
    const QString versions
        = QStringLiteral("SELECT count(*) || ' ' || max(id) FROM polls WHERE previous_id = %1")
              .arg(open);
    QCOMPARE(scalar(admin, versions), QStringLiteral("1 %1").arg(page.editor()->pollId()));
    QCOMPARE(page.editor()->state(), QStringLiteral("draft"));
}

QTEST_MAIN(TestCreatedOnce)
#include "tst_createdonce.moc"
