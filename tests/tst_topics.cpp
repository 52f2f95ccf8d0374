#include "fixtures.h"
#include "moderation/topicservice.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Topics;

// Issues for discussion as editors write them, on SQLite and PostgreSQL: the form's checks next
// to their field, a draft edited by its author only and at the version read, sent for review by
// its author and approved by another editor (four eyes, refused by the database itself in plain
// SQL on PostgreSQL, and nothing at all for a clerk), what review approved frozen afterwards, the
// lifecycle to archived, and the counters of a topic's contributions.
class TestTopics : public QObject
{
    Q_OBJECT
private slots:
    void validation();
    void lifecycle_data() { TestDatabase::addRows(); }
    void lifecycle();
    void openCloseArchive_data() { TestDatabase::addRows(); }
    void openCloseArchive();
    void counters_data() { TestDatabase::addRows(); }
    void counters();
};

namespace {

QDateTime hour(const QDateTime &at)
{
    return QDateTime(at.date(), QTime(at.time().hour(), 0), QTimeZone::utc());
}

Topic sampleTopic()
{
    Topic t;
    t.titleAr = QStringLiteral(u"ساعات عمل مراكز الخدمة");
    t.titleEn = QStringLiteral("Opening hours of the service centres");
    t.bodyAr = QStringLiteral(u"هل تفضلون تمديد ساعات العمل مساءً؟");
    t.bodyEn = QStringLiteral("Would you like the centres to stay open in the evening?");
    t.opensAt = hour(QDateTime::currentDateTimeUtc().addDays(3));
    t.closesAt = t.opensAt.addDays(30);
    t.moderation = QStringLiteral("post");
    t.reportThreshold = 3;
    return t;
}

QStringList fieldsOf(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.field;
    return out;
}

} // namespace

void TestTopics::validation()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Problem> problems = TopicService::validate(sampleTopic(), now);
    QVERIFY(problems.isEmpty());

    Topic empty;
    problems = TopicService::validate(empty, now);
    QCOMPARE(fieldsOf(problems), QStringList({"title_ar", "body_ar"}));
    QCOMPARE(problems.at(0).message, QStringLiteral("Write the title in Arabic."));
    QCOMPARE(problems.at(1).message, QStringLiteral("Write the text of the topic in Arabic."));

    Topic wrong = sampleTopic();
    wrong.titleEn = QString(201, QLatin1Char('x'));
    wrong.closesAt = wrong.opensAt.addSecs(-3600);
    wrong.reportThreshold = 0;
    problems = TopicService::validate(wrong, now);
    QCOMPARE(fieldsOf(problems), QStringList({"title_en", "closes_at", "report_threshold"}));
    QCOMPARE(problems.at(0).message, QStringLiteral("The title has at most 200 characters."));
    QCOMPARE(problems.at(1).message, QStringLiteral("The topic closes after it opens."));
    QCOMPARE(problems.at(2).message, QStringLiteral("Between 1 and 100 reports."));

    // Only English is not enough: Arabic is required.
    Topic english = sampleTopic();
    english.titleAr = QStringLiteral("   ");
    problems = TopicService::validate(english, now);
    QCOMPARE(fieldsOf(problems), QStringList({"title_ar"}));
}

void TestTopics::lifecycle()
{
    DIWAN_OPEN_DB(t, true);
    const Session author = t->signInAs(QStringLiteral("author"), Role::Editor);
    const Session reviewer = t->signInAs(QStringLiteral("reviewer"), Role::Editor);
    const Session clerk = t->signInAs(QStringLiteral("clerk"), Role::Clerk);
    QVERIFY(author.isValid() && reviewer.isValid() && clerk.isValid());
    QSqlDatabase a = QSqlDatabase::database(author.connectionName);
    QSqlDatabase b = QSqlDatabase::database(reviewer.connectionName);

    Topic topic = sampleTopic();
    qint64 id = 0;
    int version = 0;
    DbError e = TopicService::save(a, author.login, topic, &id, &version);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    Topic stored;
    QVERIFY(TopicService::load(a, id, &stored).ok());
    QCOMPARE(stored.state, QStringLiteral("draft"));
    QCOMPARE(stored.createdBy, author.staffId);
    QCOMPARE(stored.titleAr, topic.titleAr);
    QCOMPARE(stored.opensAt, topic.opensAt);
    QCOMPARE(stored.moderation, QStringLiteral("post"));
    QCOMPARE(stored.version, version);

    // The author edits the draft; a stale version and another editor are refused.
    topic = stored;
    topic.pinned = true;
    topic.bodyAr += QStringLiteral(u" شاركونا آراءكم.");
    int v2 = 0;
    e = TopicService::save(a, author.login, topic, &id, &v2);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(v2, version + 1);
    qint64 ignored = 0;
    int ignoredVersion = 0;
    e = TopicService::save(a, author.login, topic, &ignored, &ignoredVersion); // version 1 again
    QCOMPARE(e.kind, DbError::Kind::Conflict);
    QCOMPARE(e.message,
             QStringLiteral("Someone else changed this topic since you opened it. Open it again "
                            "to see their changes; what you typed is still in the form."));
    topic.version = v2;
    e = TopicService::save(b, reviewer.login, topic, &ignored, &ignoredVersion);
    QCOMPARE(e.kind, DbError::Kind::Forbidden);
    QCOMPARE(e.message, QStringLiteral("Only its author changes a draft."));
    Topic noArabic = topic;
    noArabic.bodyAr.clear();
    e = TopicService::save(a, author.login, noArabic, &ignored, &ignoredVersion);
    QCOMPARE(e.kind, DbError::Kind::Invalid);
    QCOMPARE(e.detail, QStringLiteral("body_ar"));

    // Review: sent by the author, approved by someone else.
    e = TopicService::move(b, reviewer.login, Step::Submit, id, v2);
    QCOMPARE(e.kind, DbError::Kind::Forbidden);
    int v3 = 0;
    e = TopicService::move(a, author.login, Step::Submit, id, v2, &v3);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(v3, v2 + 1);
    topic.version = v3;
    e = TopicService::save(a, author.login, topic, &ignored, &ignoredVersion);
    QCOMPARE(e.kind, DbError::Kind::Invalid); // in review: not edited
    e = TopicService::move(a, author.login, Step::Approve, id, v3);
    QCOMPARE(e.kind, DbError::Kind::Forbidden);
    QCOMPARE(e.message,
             QStringLiteral("Four eyes: a topic is approved by another editor than its author."));
    if (t->isPostgres()) {
        // The database itself refuses the author and the clerk, in plain SQL.
        QSqlQuery q(a);
        QVERIFY(!q.exec(QStringLiteral("SELECT diwan.approve_topic(%1, %2)").arg(id).arg(v3)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(q.lastError().text().contains(QLatin1String("four eyes")));
        QVERIFY(!q.exec(
            QStringLiteral("UPDATE diwan.topics SET state = 'scheduled' WHERE id = %1").arg(id)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QSqlQuery c(QSqlDatabase::database(clerk.connectionName));
        QVERIFY(!c.exec(QStringLiteral("SELECT diwan.approve_topic(%1, %2)").arg(id).arg(v3)));
        QCOMPARE(c.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!c.exec(QStringLiteral("SELECT diwan.save_topic(NULL, 0, 'x', '', 'y', '', NULL, "
                                       "NULL, false, 'pre', 3)")));
        QCOMPARE(c.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!c.exec(QStringLiteral("SELECT diwan.advance_topics()")));
        QCOMPARE(c.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
    int v4 = 0;
    e = TopicService::move(b, reviewer.login, Step::Approve, id, v3, &v4);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(TopicService::load(a, id, &stored).ok());
    QCOMPARE(stored.state, QStringLiteral("scheduled"));
    QCOMPARE(stored.reviewedBy, reviewer.staffId);
    QCOMPARE(stored.version, v4);
    QVERIFY(stored.pinned);

    // Approved: the text stays as reviewed; the window and the settings may change.
    Topic later = stored;
    later.closesAt = later.closesAt.addDays(7);
    later.reportThreshold = 5;
    later.pinned = false;
    int v5 = 0;
    e = TopicService::save(b, reviewer.login, later, &ignored, &v5);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(TopicService::load(a, id, &stored).ok());
    QCOMPARE(stored.reportThreshold, 5);
    QCOMPARE(stored.closesAt, later.closesAt);
    QVERIFY(!stored.pinned);
    Topic retitled = stored;
    retitled.titleAr = QStringLiteral(u"عنوان آخر");
    e = TopicService::save(a, author.login, retitled, &ignored, &ignoredVersion);
    QCOMPARE(e.kind, DbError::Kind::Invalid);
    QCOMPARE(e.message,
             QStringLiteral("The title, the text and the opening time of an approved topic are "
                            "not changed."));
    // A scheduled topic is not closed before it opens.
    e = TopicService::move(b, reviewer.login, Step::Close, id, stored.version);
    QCOMPARE(e.kind, DbError::Kind::Invalid);
}

void TestTopics::openCloseArchive()
{
    DIWAN_OPEN_DB(t, true);
    const Session author = t->signInAs(QStringLiteral("author"), Role::Editor);
    const Session reviewer = t->signInAs(QStringLiteral("reviewer"), Role::Editor);
    QSqlDatabase a = QSqlDatabase::database(author.connectionName);
    QSqlDatabase b = QSqlDatabase::database(reviewer.connectionName);

    // Its opening time has come: approval opens it at once.
    Topic topic = sampleTopic();
    topic.opensAt = hour(QDateTime::currentDateTimeUtc().addDays(-1));
    qint64 id = 0;
    int v = 0;
    QVERIFY(TopicService::save(a, author.login, topic, &id, &v).ok());
    QVERIFY(TopicService::move(a, author.login, Step::Submit, id, v, &v).ok());
    // Sent back by the reviewer (saying why: the author reads it), sent again, approved.
    QCOMPARE(
        TopicService::move(b, reviewer.login, Step::Return, id, v, &v, QStringLiteral("  ")).kind,
        DbError::Kind::Invalid);
    const QString why = QStringLiteral(u"العنوان يحتاج إلى توضيح");
    QVERIFY(TopicService::move(b, reviewer.login, Step::Return, id, v, &v, why).ok());
    Topic stored;
    QVERIFY(TopicService::load(a, id, &stored).ok());
    QCOMPARE(stored.state, QStringLiteral("draft"));
    QCOMPARE(stored.returnReason, why);
    if (t->isPostgres()) {
        // In the audit trail too.
        QSqlQuery audit(t->db());
        audit.prepare(QStringLiteral("SELECT count(*) FROM diwan_audit.event WHERE table_name = "
                                     "'topics' AND row_id = ? AND new_row ->> 'return_reason' = ? "
                                     "AND old_row ->> 'return_reason' IS NULL"));
        audit.addBindValue(QString::number(id));
        audit.addBindValue(why);
        QVERIFY(audit.exec() && audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);
    }
    QVERIFY(TopicService::move(a, author.login, Step::Submit, id, v, &v).ok());
    DbError e = TopicService::move(b, reviewer.login, Step::Approve, id, v, &v);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(TopicService::load(a, id, &stored).ok());
    QCOMPARE(stored.state, QStringLiteral("open"));

    // The clock: nothing due, nothing moves.
    int moved = -1;
    QVERIFY(TopicService::advance(b, &moved).ok());
    QCOMPARE(moved, 0);

    // Closed now by any editor, then archived; an archived topic takes no step.
    e = TopicService::move(b, reviewer.login, Step::Archive, id, v);
    QCOMPARE(e.kind, DbError::Kind::Invalid);
    QVERIFY(TopicService::move(a, author.login, Step::Close, id, v, &v).ok());
    QVERIFY(TopicService::load(a, id, &stored).ok());
    QCOMPARE(stored.state, QStringLiteral("closed"));
    QVERIFY(stored.closesAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(TopicService::move(b, reviewer.login, Step::Archive, id, v, &v).ok());
    QVERIFY(TopicService::load(a, id, &stored).ok());
    QCOMPARE(stored.state, QStringLiteral("archived"));
    e = TopicService::save(a, author.login, stored, &id, &v);
    QCOMPARE(e.kind, DbError::Kind::Invalid);
}

void TestTopics::counters()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const qint64 other = Fixtures::topic(t->db(), {});
    QVERIFY(topic && other);
    const QStringList states = {QStringLiteral("pending"),
                                QStringLiteral("pending"),
                                QStringLiteral("published"),
                                QStringLiteral("hidden"),
                                QStringLiteral("rejected")};
    QList<qint64> ids;
    for (const QString &state : states) {
        ids << Fixtures::contribution(t->db(),
                                      {.topicId = topic,
                                       .body = QStringLiteral("text ") + state,
                                       .state = state,
                                       .submittedAt = Fixtures::utc(2026, 11, 1)});
        QVERIFY(ids.last());
    }
    QVERIFY(Fixtures::contribution(t->db(),
                                   {.topicId = other,
                                    .body = QStringLiteral("x"),
                                    .submittedAt = Fixtures::utc(2026, 11, 1)}));
    QSqlQuery q(t->db());
    // Two open reports on the published one, one on the hidden one, one on the rejected one.
    const QList<std::pair<int, int>> reports = {{2, 2}, {3, 1}, {4, 1}};
    for (const auto &[index, count] : reports)
        QVERIFY2(q.exec(QStringLiteral("UPDATE contributions SET report_count = %1 WHERE id = %2")
                            .arg(count)
                            .arg(ids.at(index))),
                 qPrintable(q.lastError().text()));

    // A moderator and an editor who does not moderate see the same counts (on PostgreSQL through
    // diwan.topic_counts, for active staff only: diwan_editor may not read contributions).
    const QList<std::pair<QString, Role>> readers = {{QStringLiteral("counting"), Role::Moderator},
                                                     {QStringLiteral("editoronly"), Role::Editor}};
    for (const auto &[login, role] : readers) {
        const Session reader = t->signInAs(login, role);
        QVERIFY(reader.isValid());
        QSqlDatabase db = QSqlDatabase::database(reader.connectionName);
        Counters c;
        const DbError error = TopicService::counters(db, topic, &c);
        QVERIFY2(error.ok(), qPrintable(error.toString()));
        QCOMPARE(c.pending, 2);
        QCOMPARE(c.published, 1);
        QCOMPARE(c.hidden, 1);
        QCOMPARE(c.rejected, 1);
        QCOMPARE(c.reports, 3);

        // The list says the same, newest first.
        QSqlQuery list(db);
        QVERIFY(list.prepare(TopicService::listSql(Dialect::of(db))));
        list.addBindValue(10);
        QVERIFY2(list.exec(), qPrintable(list.lastError().text()));
        QVERIFY(list.next());
        QCOMPARE(list.value(0).toLongLong(), other);
        QCOMPARE(list.value(8).toLongLong(), 0);
        QCOMPARE(list.value(9).toLongLong(), 1);
        QVERIFY(list.next());
        QCOMPARE(list.value(0).toLongLong(), topic);
        QCOMPARE(list.value(8).toLongLong(), 2);
        QCOMPARE(list.value(9).toLongLong(), 1);
        QCOMPARE(list.value(10).toLongLong(), 1);
        QCOMPARE(list.value(11).toLongLong(), 3);
        QVERIFY(!list.next());
        if (t->isPostgres() && role == Role::Editor) {
            // The contributions themselves stay closed to the editor.
            QSqlQuery direct(db);
            QVERIFY(!direct.exec(QStringLiteral("SELECT count(*) FROM contributions")));
        }
    }
}

QTEST_GUILESS_MAIN(TestTopics)
#include "tst_topics.moc"
