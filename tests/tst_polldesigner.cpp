#include "common/presenter.h"
#include "db/database.h"
#include "demo/seeder.h"
#include "elision.h"
#include "lostanswerproxy.h"
#include "polls/polldesignerpage.h"
#include "polls/polleditor.h"
#include "polls/pollresponses.h"
#include "polls/pollresultsview.h"
#include "polls/pollservice.h"
#include "polls/polltemplates.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "testdatabase.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QSignalBlocker>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

using namespace Polls;

namespace {

// A poll of the first template, opening in two days, saved and sent for review by `author`.
qint64 pollInReview(const Session &author)
{
    QSqlDatabase db = QSqlDatabase::database(author.connectionName);
    Poll poll = pollTemplates().at(0).poll;
    poll.opensAt = QDateTime::currentDateTimeUtc().addDays(2);
    poll.closesAt = poll.opensAt.addDays(7);
    qint64 id = 0;
    int v = 0;
    if (!PollService::saveDraft(db, author.login, 0, 0, poll, &id, &v).ok()
        || !PollService::submitForReview(db, author.login, id, v, &v).ok())
        return 0;
    return id;
}

// A SQLite database seeded small (50 transactions, its polls answered), for the pages at
// 1280 x 800; null, with `error`, if it could not be made.
std::unique_ptr<TestDatabase> seededSmall(QString *error)
{
    auto t = TestDatabase::create(QStringLiteral("sqlite"), true, error);
    if (!t)
        return t;
    QSqlDatabase db = t->db();
    Seeder::Options options;
    options.transactions = 50;
    options.createAccounts = false;
    if (DbError e = Seeder::seed(db, options); !e.ok()) {
        *error = e.toString();
        return nullptr;
    }
    return t;
}

// The poll designer shown in `window`, or null when it cannot be.
PollDesignerPage *pollsPage(MainWindow &window)
{
    if (!window.showPage(QStringLiteral("polls")))
        return nullptr;
    return qobject_cast<PollDesignerPage *>(window.currentPage());
}

} // namespace

// The poll designer as an editor uses it: edits undone and redone in sequence, a question moved
// with Ctrl+Down, problems shown beside their field in both languages, Ctrl+S saving through
// PollService (read back as written), the preview in Arabic and English, and the designer
// fitting 1280 x 800 in both languages with nothing cut.
class TestPollDesigner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void undoRedoSaveAndProblems();
    void designerFitsAt1280x800();
    void segmentTablesFitAt1280x800();
    void templatesDraftsAndResults();
    void lifecycleButtons();
    void approvalSentAgainAfterLostConnection_data() { TestDatabase::addRows(); }
    void approvalSentAgainAfterLostConnection();
};

void TestPollDesigner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiwanTest"));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestPollDesigner::undoRedoSaveAndProblems()
{
    QString error;
    auto t = TestDatabase::create(QStringLiteral("sqlite"), true, &error);
    QVERIFY2(t, qPrintable(error));
    const Session s = t->signInAs(QStringLiteral("designer"), Role::Editor);
    MainWindow window(s, QStringLiteral("password-123"));
    window.show();
    auto *page = pollsPage(window);
    QVERIFY(page);
    page->newPoll();
    QVERIFY(page->isEditing());
    PollEditor *editor = page->editor();
    QUndoStack *undo = editor->undoStack();
    QCOMPARE(undo->count(), 0);

    // A new poll says what it lacks, beside the fields.
    QCOMPARE(editor->shownProblems().value(QStringLiteral("title_ar")),
             QStringLiteral("The Arabic title is required."));
    QCOMPARE(editor->shownProblems().value(QStringLiteral("questions[0].options[0].text_ar")),
             QStringLiteral("An option cannot be empty."));

    // Typing in one field is one step.
    auto *titleAr = editor->findChildren<QLineEdit *>().at(0);
    titleAr->setFocus();
    QTest::keyClicks(titleAr, QStringLiteral("Parks"));
    QCOMPARE(undo->count(), 1);
    QCOMPARE(editor->poll().titleAr, QStringLiteral("Parks"));
    QVERIFY(!editor->shownProblems().contains(QStringLiteral("title_ar")));

    Poll p = editor->poll();
    p.titleAr = QStringLiteral(u"\u0627\u0644\u062d\u062f\u0627\u0626\u0642");
    p.titleEn = QStringLiteral("Parks");
    p.questions[0].textAr = QStringLiteral(u"\u0633\u0624\u0627\u0644 1");
    p.questions[0].textEn = QStringLiteral("Question 1");
    p.questions[0].options = {{QStringLiteral(u"\u0623"), QStringLiteral("A")},
                              {QStringLiteral(u"\u0628"), QStringLiteral("B")}};
    editor->edit(p);
    Question second;
    second.kind = QuestionKind::YesNo;
    second.textAr = QStringLiteral(u"\u0633\u0624\u0627\u0644 2");
    second.textEn = QStringLiteral("Question 2");
    p.questions.append(second);
    editor->edit(p);
    QCOMPARE(undo->count(), 3);
    QVERIFY(editor->shownProblems().isEmpty());

    // Ctrl+Down moves the selected question down; undo puts it back, redo again.
    editor->selectQuestion(0);
    QAction *down = editor->editActions().at(4);
    QCOMPARE(down->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Down));
    down->trigger();
    QCOMPARE(editor->poll().questions.at(0).textEn, QStringLiteral("Question 2"));
    QCOMPARE(editor->currentQuestion(), 1);
    undo->undo();
    QCOMPARE(editor->poll().questions.at(0).textEn, QStringLiteral("Question 1"));
    undo->redo();
    QCOMPARE(editor->poll().questions.at(0).textEn, QStringLiteral("Question 2"));
    undo->undo();
    undo->undo();
    QCOMPARE(editor->poll().questions.size(), 1);
    undo->redo();
    QCOMPARE(editor->poll().questions.size(), 2);

    // Two equal options: the problem beside the options, in Arabic as well.
    Poll same = editor->poll();
    same.questions[0].options[1].textAr = QStringLiteral(u"\u0623");
    editor->edit(same);
    QCOMPARE(editor->shownProblems().value(QStringLiteral("questions[0].options[1].text_ar")),
             QStringLiteral("The same as option 1: two options may not be equal."));
    editor->selectQuestion(0);
    bool shown = false;
    for (QLabel *label : editor->findChildren<QLabel *>())
        shown = shown
                || (label->isVisible()
                    && label->text()
                           == QStringLiteral(
                               "Option 2: The same as option 1: two options may not be equal."));
    QVERIFY(shown);
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
    editor->selectQuestion(0);
    QCOMPARE(
        editor->shownProblems().value(QStringLiteral("questions[0].options[1].text_ar")),
        QStringLiteral(u"\u0645\u0637\u0627\u0628\u0642 \u0644\u0644\u062e\u064a\u0627\u0631 1: "
                       u"\u0644\u0627 \u064a\u062c\u0648\u0632 \u0623\u0646 "
                       u"\u064a\u062a\u0633\u0627\u0648\u0649 "
                       u"\u062e\u064a\u0627\u0631\u0627\u0646."));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    undo->undo();
    QVERIFY(editor->shownProblems().isEmpty());

    // The preview: the citizen's view in both languages at once.
    QVERIFY(
        editor->previewHtml(QStringLiteral("ar")).contains(QStringLiteral(u"\u0646\u0639\u0645")));
    QVERIFY(editor->previewHtml(QStringLiteral("en")).contains(QStringLiteral("Question 2")));
    QVERIFY(editor->previewHtml(QStringLiteral("en")).contains(QStringLiteral("Yes")));

    // When the public sees the results: chosen in its box, one undoable step, said in the
    // preview in both languages; "live" is allowed with a warning beside the box.
    QComboBox *resultsBox = nullptr;
    for (QComboBox *box : editor->findChildren<QComboBox *>())
        if (box->count() == 3 && box->itemText(2) == QStringLiteral("Never"))
            resultsBox = box;
    QVERIFY(resultsBox);
    QCOMPARE(resultsBox->currentText(), QStringLiteral("After the poll closes"));
    QVERIFY(editor->previewHtml(QStringLiteral("en"))
                .contains(QStringLiteral("Results are shown once the poll closes.")));
    resultsBox->setFocus();
    QTest::keyClick(resultsBox, Qt::Key_Up);
    QCOMPARE(editor->poll().results, ResultsVisibility::Live);
    QCOMPARE(
        editor->shownProblems().value(QStringLiteral("results")),
        QStringLiteral("Results shown while the poll is open can sway the answers still to come."));
    QVERIFY(editor->previewHtml(QStringLiteral("ar"))
                .contains(QStringLiteral(u"تظهر النتائج أولًا بأول أثناء الاستطلاع.")));
    QTest::keyClick(resultsBox, Qt::Key_Down);
    QTest::keyClick(resultsBox, Qt::Key_Down);
    QCOMPARE(editor->poll().results, ResultsVisibility::Never);
    QCOMPARE(undo->count(), 6);
    QVERIFY(editor->shownProblems().isEmpty());
    QVERIFY(editor->previewHtml(QStringLiteral("ar"))
                .contains(QStringLiteral(u"لا تُنشر نتائج هذا الاستطلاع.")));
    QVERIFY(editor->previewHtml(QStringLiteral("en"))
                .contains(QStringLiteral("The results of this poll are not published.")));
    undo->undo();
    QCOMPARE(editor->poll().results, ResultsVisibility::AfterClosing);
    QCOMPARE(resultsBox->currentText(), QStringLiteral("After the poll closes"));
    undo->redo();
    QCOMPARE(resultsBox->currentText(), QStringLiteral("Never"));

    // Ctrl+S saves through the service; what is read back is what was designed.
    QAction *save = editor->editActions().at(0);
    QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
    save->trigger();
    QVERIFY(editor->pollId() > 0);
    QVERIFY(undo->isClean());
    StoredPoll stored;
    QSqlDatabase db = t->db();
    QVERIFY(PollService::load(db, editor->pollId(), &stored).ok());
    QVERIFY(stored.poll == editor->poll());
    QCOMPARE(stored.poll.results, ResultsVisibility::Never);
    QCOMPARE(stored.state, QStringLiteral("draft"));

    // Alt+Down moves the selected option down; undo puts it back (and the poll is as saved).
    editor->selectQuestion(0);
    auto *options = editor->findChild<QTableWidget *>();
    QVERIFY(options);
    options->setCurrentCell(0, 0);
    QAction *optionDown = editor->editActions().at(6);
    QCOMPARE(optionDown->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Down));
    optionDown->trigger();
    QCOMPARE(editor->poll().questions.at(0).options.at(0).textEn, QStringLiteral("B"));
    QVERIFY(!undo->isClean());
    undo->undo();
    QCOMPARE(editor->poll().questions.at(0).options.at(0).textEn, QStringLiteral("A"));
    QVERIFY(undo->isClean());

    // Sent for review by its author, it is no longer edited; its author cannot approve it.
    QVERIFY(page->submitForReview());
    QCOMPARE(editor->state(), QStringLiteral("in_review"));
    QVERIFY(!editor->isEditable());
    QVERIFY(!page->approve());
    QVERIFY(PollService::load(db, editor->pollId(), &stored).ok());
    QCOMPARE(stored.state, QStringLiteral("in_review"));
    QCOMPARE(stored.reviewedBy, 0);
}

void TestPollDesigner::designerFitsAt1280x800()
{
    QString error;
    auto t = seededSmall(&error);
    QVERIFY2(t, qPrintable(error));
    QSqlDatabase db = t->db();
    const Session s = t->signInAs(QStringLiteral("fits"), Role::Editor);
    MainWindow window(s, QStringLiteral("password-123"));
    window.show();
    QCOMPARE(window.size(), QSize(1280, 800));
    for (const QString &language : {QStringLiteral("ar"), QStringLiteral("en")}) {
        LanguageManager::instance().setLanguage(language);
        auto *page = pollsPage(window);
        QVERIFY(page);
        page->refresh();
        QVERIFY(page->firstPollId() > 0);
        QVERIFY(page->openPoll(page->firstPollId()));
        QVERIFY(!page->editor()->poll().questions.isEmpty());
        QCoreApplication::processEvents();
        QStringList cut = Elision::cutTexts(&window);
        QVERIFY2(cut.isEmpty(),
                 qPrintable(language + QLatin1String(": ") + cut.join(QLatin1String("; "))));
        // The opening and closing boxes: the date is read first, so it stands on the left in
        // English and on the right in Arabic (the digits left to right in both).
        const QList<QDateTimeEdit *> boxes = page->editor()->findChildren<QDateTimeEdit *>();
        QCOMPARE(boxes.size(), 2);
        for (QDateTimeEdit *box : boxes) {
            const QSignalBlocker quiet(box); // shown, not edited
            box->setDateTime(QDateTime(QDate(2026, 12, 1), QTime(10, 30), Qt::UTC));
            box->grab(); // laid out as on screen
            auto *text = box->findChild<QLineEdit *>();
            QVERIFY(text);
            const bool ar = language == QLatin1String("ar");
            QCOMPARE(text->text(),
                     ar ? QStringLiteral("10:30 2026-12-01") : QStringLiteral("2026-12-01 10:30"));
            const int y = text->height() / 2;
            int start = 0;
            while (start < text->width() && text->cursorPositionAt(QPoint(start, y)) == 0)
                ++start;
            const int width = text->fontMetrics().horizontalAdvance(text->text());
            // What is drawn at a tenth of the text from its left end, and at nine tenths.
            const int left = text->cursorPositionAt(QPoint(start + width / 10, y));
            const int right = text->cursorPositionAt(QPoint(start + width * 9 / 10, y));
            if (ar) {
                QVERIFY2(left <= 5, qPrintable(QString::number(left)));   // in "10:30"
                QVERIFY2(right >= 7, qPrintable(QString::number(right))); // in "2026-12-01"
            } else {
                QVERIFY2(left <= 10, qPrintable(QString::number(left)));   // in "2026-12-01"
                QVERIFY2(right >= 12, qPrintable(QString::number(right))); // in "10:30"
            }
        }
        page->newPoll();
        QCoreApplication::processEvents();
        cut = Elision::cutTexts(&window);
        QVERIFY2(cut.isEmpty(),
                 qPrintable(language + QLatin1String(" new: ") + cut.join(QLatin1String("; "))));
        page->showList();
    }
}

// The results of the busiest seeded poll (a rating scale of ten points among its questions) in
// the results pane at 1280 x 800, both languages: the per-segment tables fit without a
// horizontal scroll bar, each cell shows the share within its segment as a whole percent, with
// its count and 95% interval in the tooltip, and a small segment keeps its mark. "Counts and
// intervals per segment" puts count and interval in the cells.
void TestPollDesigner::segmentTablesFitAt1280x800()
{
    QString error;
    auto t = seededSmall(&error);
    QVERIFY2(t, qPrintable(error));
    QSqlDatabase db = t->db();
    const Session s = t->signInAs(QStringLiteral("reader"), Role::Editor);
    MainWindow window(s, QStringLiteral("password-123"));
    window.show();
    QCOMPARE(window.size(), QSize(1280, 800));
    for (const QString &language : {QStringLiteral("ar"), QStringLiteral("en")}) {
        LanguageManager::instance().setLanguage(language);
        auto *page = pollsPage(window);
        QVERIFY(page);
        page->refresh();
        QVERIFY(page->busiestPollId() > 0);
        QVERIFY(page->openPoll(page->busiestPollId()));
        page->showResults(true);
        PollResultsView *view = page->editor()->results();
        view->setSegmentDetails(false);
        QCoreApplication::processEvents();
        PollResults results;
        QVERIFY(PollResults::load(db, page->busiestPollId(), &results).ok());
        QVERIFY(results.responses > 0);
        bool rating = false;
        for (const QuestionResult &q : results.questions)
            rating = rating || q.kind == QLatin1String("rating");
        QVERIFY(rating); // the widest table there is: ten points
        QTextBrowser *browser = view->browser();
        QVERIFY(browser->isVisible());
        // Laid out whole (QTextDocument::size), then the scroll bars follow the layout.
        QVERIFY2(browser->document()->size().width() <= browser->viewport()->width(),
                 qPrintable(language + QLatin1Char(' ')
                            + QString::number(browser->document()->size().width())));
        QCoreApplication::processEvents();
        QCOMPARE(browser->horizontalScrollBar()->maximum(), 0);
        const Presenter &p = Presenter::current();
        const QString html = view->html();
        // What each cell shows and its tooltip, as the document holds them.
        QSet<std::pair<QString, QString>> shown;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (!it.fragment().charFormat().toolTip().isEmpty())
                    shown.insert({it.fragment().text(), it.fragment().charFormat().toolTip()});
            }
        }
        const auto iso = [](const QString &t) {
            return QStringLiteral("\u2066") + t + QStringLiteral("\u2069");
        };
        int cells = 0;
        for (const QuestionResult &q : results.questions) {
            for (const SegmentResult &seg : q.segments) {
                if (seg.base <= 0)
                    continue;
                for (const ResultRow &row : seg.rows) {
                    const QString tip
                        = QCoreApplication::translate(
                              "PollResultsView", "%1 of %2 answers; 95% confidence interval: %3")
                              .arg(p.number(row.count),
                                   p.number(seg.base),
                                   iso(QStringLiteral("%1-%2").arg(p.percent(row.interval.low),
                                                                   p.percent(row.interval.high))));
                    QVERIFY2(shown.contains({iso(p.percent(row.share, 0)), tip}),
                             qPrintable(language + QLatin1Char(' ') + p.percent(row.share, 0)
                                        + QLatin1Char(' ') + tip));
                    ++cells;
                }
            }
        }
        QVERIFY(cells > 50);
        QVERIFY(!results.smallSegments.isEmpty());
        QVERIFY(html.contains(
            QCoreApplication::translate("PollResultsView", "fewer than 30 responses")));
        // The details: count and interval in every cell (wider; may scroll).
        view->setSegmentDetails(true);
        QCoreApplication::processEvents();
        const QuestionResult &first = results.questions.first();
        const ResultRow &row = first.segments.first().rows.first();
        QVERIFY(view->html().contains(QStringLiteral("%1-%2").arg(p.percent(row.interval.low),
                                                                  p.percent(row.interval.high))));
        view->setSegmentDetails(false);
        page->showResults(false);
        page->showList();
    }
}

// Started from a template; a draft kept on this computer while it is not valid (the database
// takes only valid drafts), back when the editor opens a new poll again, saved by itself once
// valid; the results of an answered poll from the rollups, with the small-segment warning.
void TestPollDesigner::templatesDraftsAndResults()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QString error;
    auto t = TestDatabase::create(QStringLiteral("sqlite"), true, &error);
    QVERIFY2(t, qPrintable(error));
    QSqlDatabase db = t->db();
    const Session s = t->signInAs(QStringLiteral("drafts"), Role::Editor);
    MainWindow window(s, QStringLiteral("password-123"));
    window.show();
    auto *page = pollsPage(window);
    QVERIFY(page);
    QCOMPARE(pollTemplates().size(), 2);
    QVERIFY(page->newFromTemplate(1));
    PollEditor *editor = page->editor();
    QCOMPARE(editor->poll().titleEn, QStringLiteral("What are your priorities for your area?"));
    QCOMPARE(editor->poll().questions.at(0).kind, QuestionKind::Ranking);

    // Not valid (no Arabic title): kept on disk only.
    Poll p = editor->poll();
    p.titleAr.clear();
    editor->edit(p);
    page->autosave();
    QCOMPARE(editor->pollId(), 0);
    const auto polls = [&db] {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*) FROM polls"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(polls(), 0);
    page->showList();
    page->newPoll();
    QCOMPARE(editor->poll().titleEn, QStringLiteral("What are your priorities for your area?"));
    QVERIFY(editor->poll().titleAr.isEmpty());
    QVERIFY(!editor->undoStack()->isClean());

    // Valid: saved by itself, the local copy gone.
    p = editor->poll();
    p.titleAr = QStringLiteral(u"أولويات");
    editor->edit(p);
    page->autosave();
    QVERIFY(editor->pollId() > 0);
    QVERIFY(editor->undoStack()->isClean());
    QCOMPARE(polls(), 1);
    page->showList();
    page->newPoll();
    QVERIFY(editor->poll().titleEn.isEmpty());

    // An answered poll's results, from the rollups.
    StoredPoll stored;
    QSqlQuery q(db);
    QVERIFY(q.exec(
        QStringLiteral("UPDATE polls SET state = 'open', opens_at = '2026-01-01T00:00:00.000Z' "
                       "WHERE id = 1")));
    QVERIFY(PollService::load(db, 1, &stored).ok());
    PollResponses::Submission answer;
    answer.pollId = 1;
    answer.respondent = {QStringLiteral("28400000001"),
                         true,
                         true,
                         QStringLiteral("male"),
                         QStringLiteral("35-44"),
                         QStringLiteral("qatari"),
                         QStringLiteral("al_khor")};
    QJsonArray ranking;
    for (qint64 option : stored.optionIds.at(0))
        ranking.append(double(option));
    answer.answers = QJsonArray{
        QJsonObject{{QStringLiteral("question"), double(stored.questionIds.at(0))},
                    {QStringLiteral("ranking"), ranking}},
        QJsonObject{{QStringLiteral("question"), double(stored.questionIds.at(1))},
                    {QStringLiteral("options"), QJsonArray{double(stored.optionIds.at(1).at(1))}}},
        QJsonObject{{QStringLiteral("question"), double(stored.questionIds.at(2))},
                    {QStringLiteral("options"), QJsonArray{double(stored.optionIds.at(2).at(2))}}}};
    const PollResponses::Submitted r = PollResponses::submit(db, answer);
    QVERIFY2(r.error.ok() && r.refusal == PollResponses::Refusal::None,
             qPrintable(r.error.toString() + r.detail));
    QVERIFY(page->openPoll(1));
    editor->showResults(true);
    const QString html = editor->results()->html();
    QVERIFY2(html.contains(QLatin1String("Results: 1 responses")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("Fewer than 30 responses")));
    QVERIFY(html.contains(QLatin1String("Al Khor and Al Thakhira (1)")));
    QVERIFY(html.contains(QLatin1String("Parks")));
    QVERIFY(html.contains(QLatin1String("100.0")));
    QVERIFY(html.contains(QLatin1String("95% confidence interval")));
}

// After approval, through the page as its buttons do: open now, a typo fixed in the English title
// (recorded as a revision, not saved over the poll), close, archive, then a new version.
void TestPollDesigner::lifecycleButtons()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QString error;
    auto t = TestDatabase::create(QStringLiteral("sqlite"), true, &error);
    QVERIFY2(t, qPrintable(error));
    const Session author = t->signInAs(QStringLiteral("writer"), Role::Editor);
    const Session s = t->signInAs(QStringLiteral("checker"), Role::Editor);
    QSqlDatabase db = QSqlDatabase::database(author.connectionName);
    const qint64 id = pollInReview(author);
    QVERIFY(id > 0);

    MainWindow window(s, QStringLiteral("password-123"));
    window.show();
    auto *page = pollsPage(window);
    QVERIFY(page);
    QVERIFY(page->openPoll(id));
    QVERIFY(page->approve());
    QCOMPARE(page->editor()->state(), QStringLiteral("scheduled"));
    QVERIFY(page->move(Move::Open));
    QCOMPARE(page->editor()->state(), QStringLiteral("open"));
    QVERIFY(page->editor()->isTextRevisable());

    Poll fixed = page->editor()->poll();
    fixed.titleEn = QStringLiteral("What do you think of this service?");
    page->editor()->edit(fixed);
    QVERIFY(page->save());
    QList<TextRevision> revisions;
    QVERIFY(PollService::textRevisions(db, id, &revisions).ok());
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions.at(0).field, QStringLiteral("title_en"));
    QCOMPARE(revisions.at(0).oldText, QStringLiteral("What do you think of the service?"));
    QCOMPARE(page->editor()->poll().titleEn, QStringLiteral("What do you think of this service?"));

    // More than a typo: said beside the field before saving, refused when saved (nothing
    // recorded), the poll back as it was; a new version is the way.
    Poll rewritten = page->editor()->poll();
    rewritten.titleEn = QStringLiteral("How happy are you with the new portal?");
    page->editor()->edit(rewritten);
    QCOMPARE(page->editor()->shownProblems().value(QStringLiteral("title_en")),
             QStringLiteral(
                 "More than a typo: keep the text as it was, or make a new version of the poll."));
    qRegisterMetaType<DbError>();
    QSignalSpy refused(page, &Page::databaseError);
    QVERIFY(!page->save());
    QCOMPARE(refused.size(), 1);
    QCOMPARE(
        refused.at(0).at(0).value<DbError>().userMessage(),
        QStringLiteral(
            "This is more than fixing a typo: make a new version of the poll for this change."));
    QVERIFY(PollService::textRevisions(db, id, &revisions).ok());
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(page->editor()->poll().titleEn, QStringLiteral("What do you think of this service?"));
    QVERIFY(!page->editor()->shownProblems().contains(QStringLiteral("title_en")));

    QVERIFY(page->move(Move::Close));
    QVERIFY(page->move(Move::Archive));
    QCOMPARE(page->editor()->state(), QStringLiteral("archived"));
    QVERIFY(!page->editor()->isTextRevisable());
    QVERIFY(page->newVersion());
    QCOMPARE(page->editor()->state(), QStringLiteral("draft"));
    QVERIFY(page->editor()->pollId() != id);
    StoredPoll copy;
    QVERIFY(PollService::load(db, page->editor()->pollId(), &copy).ok());
    QCOMPARE(copy.previousId, id);
    QCOMPARE(copy.poll.questions, page->editor()->poll().questions);
}

// The approval's answer is lost (PostgreSQL: the server committed it, then the connection was
// cut; SQLite: the connection was closed before it was sent): the editor is told it was not done,
// and approving again once the connection is back is reported done, the poll approved once.
void TestPollDesigner::approvalSentAgainAfterLostConnection()
{
    DIWAN_OPEN_DB(t, true);
    const Session author = t->signInAs(QStringLiteral("lostwriter"), Role::Editor);
    LostAnswerProxy relay; // PostgreSQL: between the checker and the server
    const Session s
        = t->signInThrough(relay, t->signInAs(QStringLiteral("lostchecker"), Role::Editor));
    QVERIFY(s.isValid());
    QSqlDatabase db = QSqlDatabase::database(author.connectionName);
    const qint64 id = pollInReview(author);
    QVERIFY(id > 0);
    PollDesignerPage page(s);
    QVERIFY(page.openPoll(id));
    t->loseNextAnswer(relay, s);
    QVERIFY(!page.approve());
    QCOMPARE(relay.answersLost(), t->isPostgres() ? 1 : 0);
    QVERIFY(Database::reconnect(s.connectionName).ok());
    QVERIFY(page.approve());
    QCOMPARE(page.editor()->state(), QStringLiteral("scheduled"));
    StoredPoll stored;
    QVERIFY(PollService::load(db, id, &stored).ok());
    QCOMPARE(stored.state, QStringLiteral("scheduled"));
    QCOMPARE(stored.version, 3); // saved, sent for review, approved: once
}

QTEST_MAIN(TestPollDesigner)
#include "tst_polldesigner.moc"
