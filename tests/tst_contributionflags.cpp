#include "common/arabictext.h"
#include "common/contributionflags.h"
#include "db/database.h"
#include "db/dialect.h"
#include "fixtures.h"
#include "moderation/portalentry.h"
#include "moderation/similarity.h"
#include "testdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// What the public sends through the website, as the moderators will find it: the normalised text
// and the automatic flags, the same on both databases (the SQL of migration 013 against the C++
// on the shared case tables of resources/moderation/), and the portal's entry points refusing
// what the website must tell the person, with the right code.
class TestContributionFlags : public QObject
{
    Q_OBJECT
private slots:
    void normaliserCases();
    void sqlNormaliserEqualsCpp_data();
    void sqlNormaliserEqualsCpp();
    void flagCases_data() { TestDatabase::addRows(); }
    void flagCases();
    void blockedWordKeys_data() { TestDatabase::addRows(); }
    void blockedWordKeys();
    void submitAcceptsAndRefuses_data() { TestDatabase::addRows(); }
    void submitAcceptsAndRefuses();
    void postModeration_data() { TestDatabase::addRows(); }
    void postModeration();
    void reportsAndAutoHide_data() { TestDatabase::addRows(); }
    void reportsAndAutoHide();
    void duplicateCases_data() { TestDatabase::addRows(); }
    void duplicateCases();
    void duplicateDeepInTheTopic_data() { TestDatabase::addRows(); }
    void duplicateDeepInTheTopic();
    void duplicateOfTheAuthorElsewhere_data() { TestDatabase::addRows(); }
    void duplicateOfTheAuthorElsewhere();
    void duplicateNamesTheMostAlikeThenTheOldest_data() { TestDatabase::addRows(); }
    void duplicateNamesTheMostAlikeThenTheOldest();
    void portalWritesOnlyThroughFunctions_data();
    void portalWritesOnlyThroughFunctions();
};

namespace {

struct Case
{
    QString input;
    QString expected;
    QString note;
    QString fourth; // a fourth column, where a table has one
};

// "\uXXXX", "\t", "\n", "\r" as the case tables write them.
QString decode(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += text.at(i);
            continue;
        }
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('u') && i + 5 < text.size()) {
            out += QChar(char16_t(text.mid(i + 2, 4).toUShort(nullptr, 16)));
            i += 5;
        } else if (next == QLatin1Char('t')) {
            out += QLatin1Char('\t');
            ++i;
        } else if (next == QLatin1Char('n')) {
            out += QLatin1Char('\n');
            ++i;
        } else if (next == QLatin1Char('r')) {
            out += QLatin1Char('\r');
            ++i;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

QList<Case> readCases(const char *name)
{
    QFile file(QStringLiteral(DIWAN_SOURCE_DIR "/resources/moderation/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read" << file.fileName();
        return {};
    }
    QList<Case> cases;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 2) {
            qWarning() << "bad case line" << line;
            continue;
        }
        QString expected = decode(fields.at(1));
        if (expected == QLatin1String("-"))
            expected.clear();
        cases.append({decode(fields.at(0)), expected, fields.value(2), fields.value(3)});
    }
    return cases;
}

QString flagsOf(QSqlDatabase db, const QString &body)
{
    if (Dialect::of(db).isPostgres()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT diwan.contribution_flags(?)"));
        q.addBindValue(body);
        if (!q.exec() || !q.next())
            return QStringLiteral("error: ") + q.lastError().text();
        return q.value(0).toString();
    }
    QStringList keys;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT word_key FROM blocked_words")))
        return QStringLiteral("error: ") + q.lastError().text();
    while (q.next())
        keys << q.value(0).toString();
    return ContributionFlags::join(ContributionFlags::compute(body, keys));
}

QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

// The website's connection: on PostgreSQL a login of diwan_portal (nothing else), on SQLite the
// test's own.
QSqlDatabase portalConnection(TestDatabase &t)
{
    if (!t.isPostgres())
        return t.db();
    const QString login = t.uniqueLogin(QStringLiteral("portal"));
    QSqlQuery q(t.db());
    if (!q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD 'portal-pass-1' IN ROLE "
                               "diwan_portal")
                    .arg(login)))
        qWarning() << q.lastError().text();
    const QString name = Database::uniqueConnectionName(QStringLiteral("portal"));
    if (const DbError e
        = Database::open(t.profileFor(login), QStringLiteral("portal-pass-1"), name);
        !e.ok())
        qWarning() << e.toString();
    return QSqlDatabase::database(name);
}

QString longText(int characters)
{
    return QString(characters, QChar(0x0628));
}

} // namespace

void TestContributionFlags::normaliserCases()
{
    const QList<Case> cases = readCases("normalize_cases.tsv");
    QVERIFY(cases.size() >= 25);
    for (const Case &c : cases)
        QCOMPARE(ArabicText::normalize(c.input), c.expected);
}

void TestContributionFlags::sqlNormaliserEqualsCpp_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestContributionFlags::sqlNormaliserEqualsCpp()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const QList<Case> cases = readCases("normalize_cases.tsv");
    QVERIFY(!cases.isEmpty());
    for (const Case &c : cases) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT diwan.normalize_text(?)"), {c.input}).toString(),
                 c.expected);
        // The abusive-word key too.
        QCOMPARE(scalar(db, QStringLiteral("SELECT diwan.match_key(?)"), {c.input}).toString(),
                 ContributionFlags::matchKey(c.input));
    }
}

void TestContributionFlags::flagCases()
{
    DIWAN_OPEN_DB(t, true);
    const QList<Case> cases = readCases("flag_cases.tsv");
    QVERIFY(cases.size() >= 30);
    for (const Case &c : cases) {
        const QString flags = flagsOf(t->db(), c.input);
        QVERIFY2(
            flags == c.expected,
            qPrintable(
                QStringLiteral("%1: got \"%2\", expected \"%3\"").arg(c.note, flags, c.expected)));
    }
}

void TestContributionFlags::blockedWordKeys()
{
    DIWAN_OPEN_DB(t, true);
    QSqlQuery q(t->db());
    QVERIFY(q.exec(QStringLiteral("SELECT word, word_key FROM blocked_words ORDER BY word")));
    int words = 0;
    while (q.next()) {
        QCOMPARE(q.value(1).toString(), ContributionFlags::matchKey(q.value(0).toString()));
        ++words;
    }
    QCOMPARE(words, 7);
}

void TestContributionFlags::submitAcceptsAndRefuses()
{
    DIWAN_OPEN_DB(t, true);
    using PortalEntry::Refusal;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 open = Fixtures::topic(t->db(), {});
    const qint64 closed = Fixtures::topic(t->db(), {.state = QStringLiteral("closed")});
    const qint64 notYet = Fixtures::topic(t->db(), {.opensAt = now.addDays(1)});
    const qint64 ended = Fixtures::topic(t->db(), {.closesAt = now.addSecs(-60)});
    const qint64 draft = Fixtures::topic(t->db(), {.state = QStringLiteral("draft")});
    QVERIFY(open && closed && notYet && ended && draft);
    const qint64 moderator = Fixtures::staff(t->db(),
                                             {.login = QStringLiteral("m1"),
                                              .nameAr = QStringLiteral("m"),
                                              .nameEn = QStringLiteral("m")});
    QVERIFY(moderator);
    QSqlQuery q(t->db());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO blocked_authors (author_id, blocked_by, reason) "
                                   "VALUES ('troll', %1, 'spam')")
                        .arg(moderator)),
             qPrintable(q.lastError().text()));
    QSqlDatabase portal = portalConnection(*t);
    QVERIFY(portal.isOpen());

    // Accepted: stored as written, with its normalised text and its flags, pending review.
    const QString body = QStringLiteral(u"\u0627\u062a\u0635\u0644 \u0639\u0644\u0649 "
                                        u"\u0665\u0665\u0661\u0662\u0663\u0664\u0665\u0666");
    const PortalEntry::Submitted ok = PortalEntry::submitContribution(
        portal, {open, QStringLiteral("p42"), QStringLiteral("Ali"), body});
    QVERIFY2(ok.error.ok(), qPrintable(ok.error.toString()));
    QCOMPARE(ok.refusal, Refusal::None);
    QVERIFY(ok.id > 0);
    QCOMPARE(ok.state, QStringLiteral("pending"));
    QCOMPARE(ok.flags, QStringLiteral("phone"));
    QCOMPARE(scalar(t->db(),
                    QStringLiteral("SELECT body || '|' || body_norm || '|' || auto_flags || '|' "
                                   "|| state FROM contributions WHERE id = ?"),
                    {ok.id})
                 .toString(),
             body
                 + QStringLiteral(u"|\u0627\u062a\u0635\u0644 \u0639\u0644\u064a 55123456|phone|"
                                  u"pending"));
    // Exactly the longest text is accepted.
    QCOMPARE(PortalEntry::submitContribution(
                 portal, {open, QStringLiteral("p43"), QStringLiteral("Mona"), longText(2000)})
                 .refusal,
             Refusal::None);

    struct Refused
    {
        const char *what;
        PortalEntry::Submission submission;
        Refusal refusal;
        const char *code;
    };
    const QString text = QStringLiteral("text");
    const QList<Refused> refusals = {
        {"closed topic",
         {closed, QStringLiteral("p1"), QStringLiteral("A"), text},
         Refusal::TopicNotOpen,
         "topic_not_open"},
        {"draft topic",
         {draft, QStringLiteral("p1"), QStringLiteral("A"), text},
         Refusal::TopicNotOpen,
         "topic_not_open"},
        {"topic not open yet",
         {notYet, QStringLiteral("p1"), QStringLiteral("A"), text},
         Refusal::TopicNotOpen,
         "topic_not_open"},
        {"topic past its end",
         {ended, QStringLiteral("p1"), QStringLiteral("A"), text},
         Refusal::TopicNotOpen,
         "topic_not_open"},
        {"no such topic",
         {999999, QStringLiteral("p1"), QStringLiteral("A"), text},
         Refusal::TopicNotOpen,
         "topic_not_open"},
        {"blocked author",
         {open, QStringLiteral("troll"), QStringLiteral("T"), text},
         Refusal::AuthorBlocked,
         "author_blocked"},
        {"no author",
         {open, QStringLiteral(" "), QStringLiteral("A"), text},
         Refusal::AuthorMissing,
         "author_missing"},
        {"empty",
         {open, QStringLiteral("p1"), QStringLiteral("A"), QString()},
         Refusal::TextEmpty,
         "text_empty"},
        {"only invisible characters and marks",
         {open,
          QStringLiteral("p1"),
          QStringLiteral("A"),
          QStringLiteral(u" \u200b\u202e \u064b\u0640 ")},
         Refusal::TextEmpty,
         "text_empty"},
        {"one character too long",
         {open, QStringLiteral("p1"), QStringLiteral("A"), longText(2001)},
         Refusal::TextTooLong,
         "text_too_long"},
    };
    for (const Refused &r : refusals) {
        const PortalEntry::Submitted s = PortalEntry::submitContribution(portal, r.submission);
        QVERIFY2(s.error.ok(), qPrintable(QLatin1String(r.what) + s.error.toString()));
        QVERIFY2(s.refusal == r.refusal, r.what);
        QCOMPARE(PortalEntry::code(s.refusal), QLatin1String(r.code));
        QCOMPARE(s.id, 0);
    }
    // Nothing refused was stored.
    QCOMPARE(scalar(t->db(), QStringLiteral("SELECT count(*) FROM contributions")).toInt(), 2);
}

void TestContributionFlags::postModeration()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {.moderation = QStringLiteral("post")});
    QVERIFY(topic);
    QSqlDatabase portal = portalConnection(*t);
    // Clean text is published at once; a flagged one waits for a moderator.
    const PortalEntry::Submitted clean = PortalEntry::submitContribution(
        portal, {topic, QStringLiteral("p1"), QStringLiteral("A"), QStringLiteral("Good idea")});
    QVERIFY2(clean.error.ok(), qPrintable(clean.error.toString()));
    QCOMPARE(clean.state, QStringLiteral("published"));
    QCOMPARE(clean.flags, QString());
    const PortalEntry::Submitted flagged = PortalEntry::submitContribution(
        portal,
        {topic, QStringLiteral("p2"), QStringLiteral("B"), QStringLiteral("see www.x.qa idiot")});
    QCOMPARE(flagged.state, QStringLiteral("pending"));
    QCOMPARE(flagged.flags, QStringLiteral("abuse,link"));
}

void TestContributionFlags::reportsAndAutoHide()
{
    DIWAN_OPEN_DB(t, true);
    using PortalEntry::Refusal;
    const qint64 topic = Fixtures::topic(t->db(), {.reportThreshold = 2});
    const qint64 published = Fixtures::contribution(t->db(),
                                                    {.topicId = topic,
                                                     .body = QStringLiteral("hello"),
                                                     .submittedAt = Fixtures::utc(2026, 11, 1)});
    const qint64 pending = Fixtures::contribution(t->db(),
                                                  {.topicId = topic,
                                                   .body = QStringLiteral("wait"),
                                                   .state = QStringLiteral("pending"),
                                                   .submittedAt = Fixtures::utc(2026, 11, 1)});
    QVERIFY(topic && published && pending);
    QSqlDatabase portal = portalConnection(*t);

    const PortalEntry::Reported first = PortalEntry::reportContribution(
        portal, published, QStringLiteral("r1"), QStringLiteral("spam"), QStringLiteral("ad"));
    QVERIFY2(first.error.ok(), qPrintable(first.error.toString()));
    QCOMPARE(first.refusal, Refusal::None);
    QVERIFY(first.reportId > 0);
    QCOMPARE(first.autoHidden, false);

    // One report per person and contribution; reasons from the list; only what the public sees.
    QCOMPARE(PortalEntry::reportContribution(
                 portal, published, QStringLiteral("r1"), QStringLiteral("abusive"))
                 .refusal,
             Refusal::AlreadyReported);
    QCOMPARE(PortalEntry::reportContribution(
                 portal, published, QStringLiteral("r2"), QStringLiteral("boring"))
                 .refusal,
             Refusal::BadReason);
    QCOMPARE(PortalEntry::reportContribution(
                 portal, pending, QStringLiteral("r2"), QStringLiteral("spam"))
                 .refusal,
             Refusal::NotFound);
    QCOMPARE(PortalEntry::reportContribution(portal,
                                             published,
                                             QStringLiteral("r2"),
                                             QStringLiteral("spam"),
                                             QString(501, QLatin1Char('x')))
                 .refusal,
             Refusal::TextTooLong);
    QCOMPARE(
        scalar(t->db(), QStringLiteral("SELECT state FROM contributions WHERE id = ?"), {published})
            .toString(),
        QStringLiteral("published"));

    // The second person's report reaches the topic's threshold of 2: hidden, said to be by reports.
    const PortalEntry::Reported second = PortalEntry::reportContribution(
        portal, published, QStringLiteral("r2"), QStringLiteral("abusive"));
    QCOMPARE(second.refusal, Refusal::None);
    QCOMPARE(second.autoHidden, true);
    QCOMPARE(scalar(t->db(),
                    QStringLiteral("SELECT state || ' ' || report_count || ' ' || version || ' ' "
                                   "|| CASE WHEN auto_hidden_at IS NULL THEN 'by hand' ELSE "
                                   "'auto' END FROM contributions WHERE id = ?"),
                    {published})
                 .toString(),
             QStringLiteral("hidden 2 3 auto"));
    QCOMPARE(scalar(t->db(),
                    QStringLiteral("SELECT action || ' ' || coalesce(CAST(staff_id AS text), "
                                   "'nobody') || ' ' || reason_code || ' ' || reason "
                                   "FROM moderation_log WHERE contribution_id = ?"),
                    {published})
                 .toString(),
             QStringLiteral("auto_hide nobody reports 2"));
    // Hidden now: the public cannot see it, so cannot report it either.
    QCOMPARE(PortalEntry::reportContribution(
                 portal, published, QStringLiteral("r3"), QStringLiteral("spam"))
                 .refusal,
             Refusal::NotFound);
    QCOMPARE(scalar(t->db(), QStringLiteral("SELECT count(*) FROM contribution_reports")).toInt(),
             2);
}

void TestContributionFlags::duplicateCases()
{
    DIWAN_OPEN_DB(t, true);
    const QList<Case> cases = readCases("duplicate_cases.tsv");
    QVERIFY(cases.size() >= 10);
    QSqlDatabase portal = portalConnection(*t);
    QVERIFY(portal.isOpen());
    int k = 0;
    for (const Case &c : cases) {
        const bool duplicate = c.note == QLatin1String("duplicate");
        const QString why = c.fourth;
        const float cpp = Similarity::trigramSimilarity(ArabicText::normalize(c.input),
                                                        ArabicText::normalize(c.expected));
        QVERIFY2((cpp >= Similarity::DuplicateThreshold) == duplicate, qPrintable(why));
        if (t->isPostgres()) {
            // pg_trgm measures the same.
            const float sql = scalar(t->db(),
                                     QStringLiteral("SELECT public.similarity("
                                                    "diwan.normalize_text(?), "
                                                    "diwan.normalize_text(?))"),
                                     {c.input, c.expected})
                                  .toFloat();
            QVERIFY2(qAbs(sql - cpp) < 1e-5f,
                     qPrintable(QStringLiteral("%1: SQL %2, C++ %3").arg(why).arg(sql).arg(cpp)));
        }
        // Through the website's entry point: a fresh topic, two people.
        const qint64 topic = Fixtures::topic(t->db(), {.moderation = QStringLiteral("post")});
        QVERIFY(topic);
        const QString first = QStringLiteral("a%1").arg(++k);
        const PortalEntry::Submitted earlier
            = PortalEntry::submitContribution(portal, {topic, first, QStringLiteral("A"), c.input});
        QVERIFY2(earlier.error.ok(), qPrintable(earlier.error.toString()));
        QCOMPARE(earlier.flags, QString());
        const PortalEntry::Submitted later = PortalEntry::submitContribution(
            portal, {topic, first + QLatin1Char('b'), QStringLiteral("B"), c.expected});
        QVERIFY2(later.error.ok(), qPrintable(later.error.toString()));
        QVERIFY2(later.flags.split(QLatin1Char(',')).contains(QLatin1String("duplicate"))
                     == duplicate,
                 qPrintable(why + QStringLiteral(": flags ") + later.flags));
        QCOMPARE(later.state, duplicate ? QStringLiteral("pending") : QStringLiteral("published"));
        // The flag says which contribution it resembles.
        QSqlDatabase db = t->db();
        Similarity::Match match;
        QVERIFY(Similarity::flaggedDuplicate(db, later.id, &match).ok());
        QCOMPARE(match.id, duplicate ? earlier.id : 0);
        if (duplicate)
            QVERIFY2(qAbs(match.score - cpp) < 1e-5f, qPrintable(why));
    }
}

// Several earlier contributions near enough: the flag names the most alike, and of equally alike
// ones the oldest (PostgreSQL compares the candidates most promising first and stops early,
// migration 022: the same answer as comparing them all, as the C++ does).
void TestContributionFlags::duplicateNamesTheMostAlikeThenTheOldest()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {.moderation = QStringLiteral("post")});
    QVERIFY(topic);
    QSqlDatabase portal = portalConnection(*t);
    const QString base
        = QStringLiteral(u"نرجو تمديد ساعات عمل مركز الخدمة في الريان حتى المساء يوميا");
    const auto submit = [&](const QString &author, const QString &body) {
        const PortalEntry::Submitted s
            = PortalEntry::submitContribution(portal, {topic, author, QStringLiteral("A"), body});
        if (!s.error.ok())
            qWarning() << s.error.toString();
        return s.id;
    };
    const qint64 same = submit(QStringLiteral("d1"), base);
    const qint64 longer = submit(QStringLiteral("d2"), base + QStringLiteral(u" وفي العطل"));
    const qint64 sameAgain = submit(QStringLiteral("d3"), base + QStringLiteral("!!"));
    QVERIFY(same && longer && sameAgain);
    // Punctuation apart, the same words as the first and the third; less like the second.
    const qint64 id = submit(QStringLiteral("d4"), base + QStringLiteral("?"));
    QVERIFY(id);
    QSqlDatabase db = t->db();
    Similarity::Match match;
    QVERIFY(Similarity::flaggedDuplicate(db, id, &match).ok());
    QCOMPARE(match.id, same);
    QCOMPARE(match.score, 1.0f);
}

void TestContributionFlags::duplicateDeepInTheTopic()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    QVERIFY(topic);
    const QString text = QStringLiteral(u"نرجو تمديد ساعات عمل مركز الخدمة في الريان حتى المساء");
    const qint64 first = Fixtures::contribution(t->db(),
                                                {.topicId = topic,
                                                 .authorId = QStringLiteral("early"),
                                                 .body = text,
                                                 .submittedAt = Fixtures::utc(2026, 1, 1)});
    QVERIFY(first);
    // More than the look-back of others since.
    for (int i = 0; i < Similarity::TopicLookBack + 5; ++i)
        QVERIFY(Fixtures::contribution(t->db(),
                                       {.topicId = topic,
                                        .authorId = QStringLiteral("p%1").arg(i),
                                        .body = QStringLiteral("comment number %1").arg(i),
                                        .submittedAt = Fixtures::utc(2026, 2, 1)}));
    QSqlDatabase portal = portalConnection(*t);
    // The same text, however deep: found, and pointed at.
    const PortalEntry::Submitted copy = PortalEntry::submitContribution(
        portal, {topic, QStringLiteral("late"), QStringLiteral("L"), text + QStringLiteral(" ")});
    QVERIFY2(copy.error.ok(), qPrintable(copy.error.toString()));
    QCOMPARE(copy.flags, QStringLiteral("duplicate"));
    QSqlDatabase db = t->db();
    Similarity::Match match;
    QVERIFY(Similarity::flaggedDuplicate(db, copy.id, &match).ok());
    QCOMPARE(match.id, first);
    QCOMPARE(match.score, 1.0f);
    // Nearly the same: the first is beyond the look-back, the copy just submitted within it and
    // the most alike.
    const PortalEntry::Submitted near = PortalEntry::submitContribution(
        portal,
        {topic, QStringLiteral("other"), QStringLiteral("O"), text + QStringLiteral(u" من فضلكم")});
    QVERIFY2(near.error.ok(), qPrintable(near.error.toString()));
    QCOMPARE(near.flags, QStringLiteral("duplicate"));
    QVERIFY(Similarity::flaggedDuplicate(db, near.id, &match).ok());
    QCOMPARE(match.id, copy.id);
}

void TestContributionFlags::duplicateOfTheAuthorElsewhere()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 one = Fixtures::topic(t->db(), {});
    const qint64 two = Fixtures::topic(t->db(), {});
    QVERIFY(one && two);
    QSqlDatabase portal = portalConnection(*t);
    const QString text = QStringLiteral(u"زوروا متجرنا للحصول على أفضل العروض والخصومات اليوم");
    const PortalEntry::Submitted first = PortalEntry::submitContribution(
        portal, {one, QStringLiteral("spammer"), QStringLiteral("S"), text});
    QVERIFY2(first.error.ok(), qPrintable(first.error.toString()));
    // The same author in another topic: a duplicate of their own.
    const PortalEntry::Submitted again = PortalEntry::submitContribution(
        portal, {two, QStringLiteral("spammer"), QStringLiteral("S"), text + QStringLiteral("!")});
    QCOMPARE(again.flags, QStringLiteral("duplicate"));
    // Someone else saying it in the other topic (where nobody said it yet) is not.
    const QString other = QStringLiteral(u"أتمنى توفير مواقف سيارات أكثر قرب مراكز الخدمة");
    const PortalEntry::Submitted third = PortalEntry::submitContribution(
        portal, {one, QStringLiteral("citizen"), QStringLiteral("C"), other});
    QCOMPARE(third.flags, QString());
    const PortalEntry::Submitted fourth = PortalEntry::submitContribution(
        portal, {two, QStringLiteral("neighbour"), QStringLiteral("N"), other});
    QCOMPARE(fourth.flags, QString());

    // The detail pane's list: the same author's copy first, then nothing unrelated.
    QSqlDatabase db = t->db();
    QList<Similarity::Similar> similar;
    QVERIFY(Similarity::similarTo(db, again.id, 5, &similar).ok());
    QCOMPARE(similar.size(), 1);
    QCOMPARE(similar.at(0).id, first.id);
    QVERIFY(similar.at(0).sameAuthor);
    QVERIFY(!similar.at(0).sameTopic);
    QCOMPARE(similar.at(0).body, text);
}

void TestContributionFlags::portalWritesOnlyThroughFunctions_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestContributionFlags::portalWritesOnlyThroughFunctions()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const qint64 published = Fixtures::contribution(t->db(),
                                                    {.topicId = topic,
                                                     .body = QStringLiteral("hello"),
                                                     .submittedAt = Fixtures::utc(2026, 11, 1)});
    QVERIFY(topic && published);
    QSqlDatabase portal = portalConnection(*t);
    QSqlQuery q(portal);
    // Plain SQL: refused, saying so.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO diwan.contributions (topic_id, author_id, "
                                   "author_name, body, body_norm) VALUES (%1, 'p', 'P', 'x', 'x')")
                        .arg(topic)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO diwan.contribution_reports (contribution_id, "
                                   "reason, reporter_id) VALUES (%1, 'spam', 'r')")
                        .arg(published)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("UPDATE diwan.contributions SET state = 'hidden'")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // The function: accepted, and a refusal with the website's own code.
    QVERIFY2(q.exec(QStringLiteral("SELECT contribution_id FROM diwan.submit_contribution(%1, "
                                   "'p', 'P', 'hello')")
                        .arg(topic)),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next() && q.value(0).toLongLong() > published);
    QVERIFY(
        !q.exec(QStringLiteral("SELECT diwan.submit_contribution(%1, 'p', 'P', '  ')").arg(topic)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("DW103"));
    QVERIFY(q.exec(QStringLiteral("SELECT report_id FROM diwan.report_contribution(%1, 'r', "
                                  "'spam', NULL)")
                       .arg(published)));
    QVERIFY(!q.exec(
        QStringLiteral("SELECT diwan.report_contribution(%1, 'r', 'spam', NULL)").arg(published)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("DW112"));

    // Staff do not submit as the website: a clerk and an editor have no EXECUTE on either, and a
    // moderator neither.
    for (const auto &[name, role] : {std::pair{"clerk", Role::Clerk},
                                     std::pair{"editor", Role::Editor},
                                     std::pair{"moderator", Role::Moderator}}) {
        const Session s = t->signInAs(QLatin1String(name), Roles(role));
        QSqlDatabase staff = QSqlDatabase::database(s.connectionName);
        QVERIFY2(staff.isOpen(), name);
        QSqlQuery sq(staff);
        QVERIFY(!sq.exec(
            QStringLiteral("SELECT diwan.submit_contribution(%1, 'p', 'P', 'hi')").arg(topic)));
        QCOMPARE(sq.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!sq.exec(QStringLiteral("SELECT diwan.report_contribution(%1, 'x', 'spam', NULL)")
                             .arg(published)));
        QCOMPARE(sq.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
}

QTEST_GUILESS_MAIN(TestContributionFlags)
#include "tst_contributionflags.moc"
