#include "db/database.h"
#include "db/dialect.h"
#include "fixtures.h"
#include "moderation/blockedwordsdialog.h"
#include "moderation/moderationservice.h"
#include "moderation/portalentry.h"
#include "testdatabase.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

// The moderators keep the list of abusive words (issue 12, migration 032), as a moderator
// notices it: a word added with tatweel and diacritics flags what the website sends afterwards,
// spaced out or with letters repeated too, and no longer once removed; what is refused (empty,
// too short, listed already, not listed) changes nothing and says why; each change is in the
// audit trail with who made it; on PostgreSQL nobody but a moderator, and only through the
// functions, changes the list. The dialog does the same by keyboard and mouse.
class TestBlockedWords : public QObject
{
    Q_OBJECT
private slots:
    void addedWordFlagsWhatComesNext_data() { TestDatabase::addRows(); }
    void addedWordFlagsWhatComesNext();
    void refusalsChangeNothing_data() { TestDatabase::addRows(); }
    void refusalsChangeNothing();
    void onlyModeratorsThroughTheFunctions_data();
    void onlyModeratorsThroughTheFunctions();
    void dialogAddsAndRemoves_data() { TestDatabase::addRows(); }
    void dialogAddsAndRemoves();
};

namespace {

const QString Word = QStringLiteral(u"خَنـــزير"); // fatha and tatweel: matched as خنزير
const QString Key = QStringLiteral(u"خنزير");

QString text(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return QStringLiteral("error: ") + q.lastError().text();
    return q.value(0).toString();
}

// The list as a moderator reads it: "word=key by who", in its order.
QStringList listOf(QSqlDatabase db)
{
    QList<ModerationService::BlockedWord> words;
    if (DbError e = ModerationService::blockedWords(db, &words); !e.ok())
        return {e.toString()};
    QStringList rows;
    for (const auto &w : std::as_const(words))
        rows << w.word + QLatin1Char('=') + w.key + QLatin1String(" by ")
                    + (w.addedByEn.isEmpty() ? QStringLiteral("-") : w.addedByEn);
    return rows;
}

// The audit trail of the list: "ACTION word login", oldest first.
QStringList auditOf(const TestDatabase &t)
{
    return TestDatabase::resultRows(
        t.db(),
        t.isPostgres()
            ? QStringLiteral("SELECT action, coalesce(new_row, old_row) ->> 'word', db_user "
                             "FROM diwan_audit.event WHERE table_name = 'blocked_words' "
                             "ORDER BY id")
            : QStringLiteral("SELECT action, json_extract(coalesce(new_row, old_row), '$.word'), "
                             "db_user FROM audit_event WHERE table_name = 'blocked_words' "
                             "ORDER BY id"));
}

// The flags of a contribution the website sends now (each from another author, each text unlike
// the others: no duplicate flag).
QString flagsOfNew(QSqlDatabase portal, qint64 topic, const QString &body)
{
    static int author = 0;
    const PortalEntry::Submitted s = PortalEntry::submitContribution(
        portal, {topic, QStringLiteral("p%1").arg(++author), QStringLiteral(u"سالم"), body});
    if (s.refusal != PortalEntry::Refusal::None || !s.error.ok())
        return QStringLiteral("refused: ") + s.error.toString();
    return s.flags;
}

const QStringList StartingList{QStringLiteral(u"تافه=تافه by -"),
                               QStringLiteral(u"حقير=حقير by -"),
                               QStringLiteral(u"حمار=حمار by -"),
                               QStringLiteral(u"غبي=غبي by -"),
                               QStringLiteral(u"idiot=idiot by -"),
                               QStringLiteral(u"moron=moron by -"),
                               QStringLiteral(u"stupid=stupid by -")};

} // namespace

void TestBlockedWords::addedWordFlagsWhatComesNext()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    QVERIFY(topic);
    QSqlDatabase portal = t->portalConnection();
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);
    QCOMPARE(listOf(db), StartingList);

    // Before: the word is nobody's business.
    QCOMPARE(flagsOfNew(portal, topic, QStringLiteral(u"الخدمة بطيئة جدا يا خنزير")), QString());

    QString key;
    const DbError added
        = ModerationService::addBlockedWord(db, m.staffId, QStringLiteral(u"  ") + Word, &key);
    QVERIFY2(added.ok(), qPrintable(added.toString()));
    QCOMPARE(key, Key);
    QStringList expected = StartingList;
    expected.insert(3, Word + QLatin1Char('=') + Key + QLatin1String(" by Clerk mona"));
    QCOMPARE(listOf(db), expected);

    // Submitted afterwards through the website's entry point: written plainly, spaced out,
    // with letters repeated and a hamza form around it.
    QCOMPARE(flagsOfNew(portal, topic, QStringLiteral(u"أنت خنزير")), QStringLiteral("abuse"));
    QCOMPARE(flagsOfNew(portal, topic, QStringLiteral(u"هل تفهم يا خ ن ز ي ر ماذا نريد")),
             QStringLiteral("abuse"));
    QCOMPARE(flagsOfNew(portal, topic, QStringLiteral(u"شكرا للوزارة على الرد يا خنززززير!")),
             QStringLiteral("abuse"));
    // The one submitted before keeps what it was given.
    QCOMPARE(
        text(t->db(), QStringLiteral("SELECT count(*) FROM contributions WHERE auto_flags = ''")),
        QStringLiteral("1"));

    // Removed (spelled as listed): what comes next is not flagged.
    const DbError removed = ModerationService::removeBlockedWord(db, m.staffId, Word);
    QVERIFY2(removed.ok(), qPrintable(removed.toString()));
    QCOMPARE(listOf(db), StartingList);
    QCOMPARE(flagsOfNew(portal, topic, QStringLiteral(u"المعاملة متأخرة كثيرا والموظف خنزير")),
             QString());
    QCOMPARE(text(t->db(),
                  QStringLiteral("SELECT count(*) FROM contributions WHERE auto_flags = 'abuse'")),
             QStringLiteral("3"));

    // Who did what, in the audit trail; who added a word is in the list's row too.
    QCOMPARE(auditOf(*t),
             QStringList({QStringLiteral("INSERT|") + Word + QLatin1Char('|') + m.login,
                          QStringLiteral("DELETE|") + Word + QLatin1Char('|') + m.login}));
    Database::close(m.connectionName);
}

void TestBlockedWords::refusalsChangeNothing()
{
    DIWAN_OPEN_DB(t, true);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);
    QVERIFY(ModerationService::addBlockedWord(db, m.staffId, Word).ok());
    const QStringList before = listOf(db);
    const QStringList auditBefore = auditOf(*t);
    QCOMPARE(auditBefore.size(), 1);

    struct Case
    {
        QString word;
        DbError::Kind kind;
        QString sqlState;
        QString message;
    };
    const Case cases[] = {
        {QStringLiteral(u"   "),
         DbError::Kind::Invalid,
         QStringLiteral(u"DW121"),
         QStringLiteral(u"Type the word to block.")},
        {QStringLiteral(u"ـأـ"),
         DbError::Kind::Invalid,
         QStringLiteral(u"DW122"),
         QStringLiteral(
             u"This word is too short: it is matched as \u2068ا\u2069, and a blocked word needs at "
             u"least two letters or digits once marks, spaces and repeated letters are taken "
             u"out.")},
        {QStringLiteral(u"!!"),
         DbError::Kind::Invalid,
         QStringLiteral(u"DW122"),
         QStringLiteral(
             u"This word is too short: it is matched as \u2068-\u2069, and a blocked word needs at "
             u"least two letters or digits once marks, spaces and repeated letters are taken "
             u"out.")},
        {QStringLiteral(u"خنزييير"),
         DbError::Kind::Invalid,
         QStringLiteral(u"DW123"),
         QStringLiteral(
             u"This word is on the list already, as \u2068خَنـــزير\u2069: both are matched as "
             u"\u2068خنزير\u2069.")},
        {QStringLiteral(u"IDIOT"),
         DbError::Kind::Invalid,
         QStringLiteral(u"DW123"),
         QStringLiteral(
             u"This word is on the list already, as \u2068idiot\u2069: both are matched as "
             u"\u2068idiot\u2069.")},
        {QString(101, QLatin1Char('x')),
         DbError::Kind::Invalid,
         QStringLiteral(u"DW125"),
         QStringLiteral(u"A blocked word has at most 100 characters.")},
    };
    for (const Case &c : cases) {
        const DbError e = ModerationService::addBlockedWord(db, m.staffId, c.word);
        QCOMPARE(e.kind, c.kind);
        QCOMPARE(e.sqlState, c.sqlState);
        QCOMPARE(e.userMessage(), c.message);
    }
    // Removing a word that is not listed.
    const DbError gone
        = ModerationService::removeBlockedWord(db, m.staffId, QStringLiteral(u"كلب"));
    QCOMPARE(gone.kind, DbError::Kind::NotFound);
    QCOMPARE(gone.sqlState, QStringLiteral("DW124"));
    QCOMPARE(gone.userMessage(),
             QStringLiteral("This word is not on the list (any more): another moderator may have "
                            "removed it. The list is shown again."));
    QCOMPARE(listOf(db), before);
    QCOMPARE(auditOf(*t), auditBefore);

    // A clerk or an editor does not keep the list, on either database.
    for (const auto &[name, role] :
         {std::pair{"clerk", Role::Clerk}, std::pair{"editor", Role::Editor}}) {
        const Session s = t->signInAs(QLatin1String(name), Roles(role));
        {
            QSqlDatabase theirs = QSqlDatabase::database(s.connectionName);
            QCOMPARE(
                ModerationService::addBlockedWord(theirs, s.staffId, QStringLiteral(u"كلب")).kind,
                DbError::Kind::Forbidden);
            QCOMPARE(ModerationService::removeBlockedWord(theirs, s.staffId, Word).kind,
                     DbError::Kind::Forbidden);
        }
        Database::close(s.connectionName);
    }
    QCOMPARE(listOf(db), before);
    QCOMPARE(auditOf(*t), auditBefore);
    Database::close(m.connectionName);
}

void TestBlockedWords::onlyModeratorsThroughTheFunctions_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestBlockedWords::onlyModeratorsThroughTheFunctions()
{
    DIWAN_OPEN_DB(t, true);
    const QString count = QStringLiteral("SELECT count(*) FROM diwan.blocked_words");
    QCOMPARE(Fixtures::scalar(t->db(), count), QStringLiteral("7"));

    // A moderator's own login cannot write the table directly: only the functions.
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlQuery q(QSqlDatabase::database(m.connectionName));
    for (const QString &sql :
         {QStringLiteral("INSERT INTO diwan.blocked_words (word, word_key) VALUES ('xyz', 'xyz')"),
          QStringLiteral("DELETE FROM diwan.blocked_words WHERE word = 'idiot'"),
          QStringLiteral("UPDATE diwan.blocked_words SET word_key = 'zz' WHERE word = 'idiot'")}) {
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
    // Clerks, editors, managers, administrators and the portal: not even the functions.
    QStringList connections;
    for (const auto &[name, role] : {std::pair{"clerk", Role::Clerk},
                                     std::pair{"editor", Role::Editor},
                                     std::pair{"manager", Role::Manager},
                                     std::pair{"admin", Role::Admin}})
        connections << t->signInAs(QLatin1String(name), Roles(role)).connectionName;
    QSqlDatabase portal = t->portalConnection();
    QList<QSqlDatabase> others;
    for (const QString &c : std::as_const(connections))
        others << QSqlDatabase::database(c);
    others << portal;
    for (QSqlDatabase other : others) {
        QSqlQuery o(other);
        for (const QString &sql : {QStringLiteral("SELECT diwan.add_blocked_word('xyz')"),
                                   QStringLiteral("SELECT diwan.remove_blocked_word('idiot')"),
                                   QStringLiteral("DELETE FROM diwan.blocked_words")}) {
            QVERIFY2(!o.exec(sql), qPrintable(sql));
            QCOMPARE(o.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }
    }
    QCOMPARE(Fixtures::scalar(t->db(), count), QStringLiteral("7"));
    QVERIFY2(q.exec(QStringLiteral("SELECT diwan.add_blocked_word('xyz')")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("xyz"));
    QCOMPARE(Fixtures::scalar(t->db(), count), QStringLiteral("8"));
    QCOMPARE(Fixtures::scalar(t->db(),
                              QStringLiteral("SELECT s.login FROM diwan.blocked_words w JOIN "
                                             "diwan.staff s ON s.id = w.added_by "
                                             "WHERE w.word = 'xyz'")),
             m.login);
    for (const QString &c : std::as_const(connections))
        Database::close(c);
    Database::close(m.connectionName);
}

void TestBlockedWords::dialogAddsAndRemoves()
{
    DIWAN_OPEN_DB(t, true);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);
    BlockedWordsDialog dialog(db, m.staffId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.shownWords(),
             QStringList({QStringLiteral(u"تافه"),
                          QStringLiteral(u"حقير"),
                          QStringLiteral(u"حمار"),
                          QStringLiteral(u"غبي"),
                          QStringLiteral(u"idiot"),
                          QStringLiteral(u"moron"),
                          QStringLiteral(u"stupid")}));

    // Typed into the entry: the key it will be matched on is shown; Enter adds it.
    QCOMPARE(dialog.focusWidget(), static_cast<QWidget *>(dialog.entry()));
    dialog.entry()->insert(Word); // typed (keyClicks takes Latin-1 only)
    QCOMPARE(dialog.matchedAs(), QStringLiteral(u"Matched as: \u2068خنزير\u2069"));
    QTest::keyClick(dialog.entry(), Qt::Key_Return);
    QCOMPARE(dialog.message(),
             QStringLiteral(u"\u2068خَنـــزير\u2069 was added: contributions submitted from now "
                            u"on that contain it are flagged."));
    QCOMPARE(dialog.shownWords().size(), 8);
    QCOMPARE(dialog.shownWords().at(3), Word);
    QVERIFY(dialog.entry()->text().isEmpty());

    // The same word again, spelled otherwise: refused in the dialog, nothing added.
    dialog.entry()->insert(QStringLiteral(u"خنزيير"));
    QTest::keyClick(dialog.entry(), Qt::Key_Return);
    QCOMPARE(dialog.message(),
             QStringLiteral(u"This word is on the list already, as \u2068خَنـــزير\u2069: both "
                            u"are matched as \u2068خنزير\u2069."));
    QCOMPARE(dialog.shownWords().size(), 8);

    // The search narrows the list on the normalised key.
    dialog.search()->insert(QStringLiteral(u"خِنزير"));
    QCOMPARE(dialog.shownWords(), QStringList{Word});

    // Delete on the selected word asks first; No keeps it, Yes removes it.
    QVERIFY(dialog.selectWord(Word));
    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(button)->click();
        });
    };
    auto *list = dialog.findChild<QAbstractItemView *>();
    QVERIFY(list);
    list->setFocus();
    answer(QMessageBox::No);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(dialog.shownWords(), QStringList{Word});
    answer(QMessageBox::Yes);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(dialog.message(), QStringLiteral(u"\u2068خَنـــزير\u2069 was removed from the list."));
    QCOMPARE(dialog.shownWords(), QStringList());
    dialog.search()->clear();
    QCOMPARE(dialog.shownWords().size(), 7);
    QCOMPARE(listOf(db), StartingList);
    dialog.close();
    Database::close(m.connectionName);
}

QTEST_MAIN(TestBlockedWords)
#include "tst_blockedwords.moc"
