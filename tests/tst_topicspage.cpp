#include "moderation/topiceditor.h"
#include "moderation/topicspage.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "testdatabase.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Topics;

namespace {
QPushButton *button(QWidget *in, const QString &text)
{
    const QList<QPushButton *> buttons = in->findChildren<QPushButton *>();
    const auto it = std::find_if(
        buttons.cbegin(), buttons.cend(), [&text](QPushButton *b) { return b->text() == text; });
    return it == buttons.cend() ? nullptr : *it;
}
} // namespace

// The Topics page as editors use it: a new topic says what it lacks beside its fields, saves once
// it has its Arabic title and text, shows in the list; its author cannot approve it, another
// editor can; a moderator sees topics but does not write them.
class TestTopicsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writeAndApprove();
    void moderatorReadsOnly();
};

void TestTopicsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiwanTest"));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestTopicsPage::writeAndApprove()
{
    QString error;
    auto t = TestDatabase::create(QStringLiteral("sqlite"), true, &error);
    QVERIFY2(t, qPrintable(error));
    const Session author = t->signInAs(QStringLiteral("author"), Role::Editor);
    const Session reviewer = t->signInAs(QStringLiteral("reviewer"), Role::Editor);
    MainWindow window(author, QStringLiteral("password-123"));
    window.show();
    QVERIFY(window.showPage(QStringLiteral("topics")));
    auto *page = qobject_cast<TopicsPage *>(window.currentPage());
    QVERIFY(page);
    page->newTopic();
    QVERIFY(page->isEditing());
    TopicEditor *editor = page->editor();

    // What it lacks, beside the fields; Save waits for it.
    QCOMPARE(editor->shownProblems().value(QStringLiteral("title_ar")),
             QStringLiteral("Write the title in Arabic."));
    QCOMPARE(editor->shownProblems().value(QStringLiteral("body_ar")),
             QStringLiteral("Write the text of the topic in Arabic."));
    QPushButton *save = button(editor, QStringLiteral("Save"));
    QVERIFY(save);
    QVERIFY(!save->isEnabled());

    auto *titleAr = editor->findChildren<QLineEdit *>().at(0);
    titleAr->setFocus();
    QTest::keyClicks(titleAr, QStringLiteral("Parking"));
    QVERIFY(!editor->shownProblems().contains(QStringLiteral("title_ar")));
    editor->findChildren<QPlainTextEdit *>().at(0)->setPlainText(
        QStringLiteral(u"هل تكفي مواقف السيارات؟"));
    QVERIFY(editor->shownProblems().isEmpty());
    QVERIFY(save->isEnabled());
    QVERIFY(page->save());
    const Topic saved = editor->topic();
    QVERIFY(saved.id > 0);
    QCOMPARE(saved.state, QStringLiteral("draft"));

    // Sent for review; its author cannot approve it: the page says why.
    QVERIFY(page->step(Step::Submit));
    QVERIFY(!page->step(Step::Approve));
    QCOMPARE(editor->topic().state, QStringLiteral("in_review"));

    // In the list, with its state.
    page->showList();
    QVERIFY(!page->isEditing());
    QCOMPARE(page->firstTopicId(), saved.id);
    auto *view = page->findChild<QTableView *>();
    QVERIFY(view);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Parking"));
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("In review"));

    // Another editor approves it.
    MainWindow other(reviewer, QStringLiteral("password-123"));
    QVERIFY(other.showPage(QStringLiteral("topics")));
    auto *otherPage = qobject_cast<TopicsPage *>(other.currentPage());
    QVERIFY(otherPage && otherPage->openTopic(saved.id));
    QVERIFY(otherPage->step(Step::Approve));
    QCOMPARE(otherPage->editor()->topic().state, QStringLiteral("scheduled"));
}

void TestTopicsPage::moderatorReadsOnly()
{
    QString error;
    auto t = TestDatabase::create(QStringLiteral("sqlite"), true, &error);
    QVERIFY2(t, qPrintable(error));
    const Session moderator = t->signInAs(QStringLiteral("mod"), Role::Moderator);
    MainWindow window(moderator, QStringLiteral("password-123"));
    window.show();
    QVERIFY(window.showPage(QStringLiteral("topics")));
    auto *page = qobject_cast<TopicsPage *>(window.currentPage());
    QVERIFY(page);
    QPushButton *newTopic = button(page, QStringLiteral("New topic"));
    QVERIFY(newTopic);
    QVERIFY(!newTopic->isVisible());
    QVERIFY(button(page, QStringLiteral("Open the topic"))->isVisible());
}

QTEST_MAIN(TestTopicsPage)
#include "tst_topicspage.moc"
