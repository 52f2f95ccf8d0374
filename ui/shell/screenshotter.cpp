#include "shell/screenshotter.h"

#include "dashboards/chartpanel.h"
#include "dashboards/dashboardspage.h"
#include "moderation/blockedwordsdialog.h"
#include "moderation/moderationdetail.h"
#include "moderation/moderationpage.h"
#include "moderation/queue/contributionqueuemodel.h"
#include "moderation/rejectdialog.h"
#include "moderation/topicspage.h"
#include "polls/polldesignerpage.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "shell/shortcutsdialog.h"
#include "shell/signindialog.h"
#include "transactions/attachmentpanel.h"
#include "transactions/decisiondialog.h"
#include "transactions/transactionform.h"
#include "transactions/transactionoverview.h"
#include "transactions/transactionspage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QScrollArea>
#include <QTableView>

namespace Screenshotter {

static bool save(QWidget &widget, const QString &path, QStringList &written, QString *error)
{
    QApplication::processEvents();
    if (!widget.grab().save(path)) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    written << path;
    return true;
}

QStringList
renderAll(MainWindow &window, const QString &folder, const QStringList &languages, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return written;
    }
    const QString before = LanguageManager::instance().language();
    window.show();
    for (const QString &language : languages) {
        LanguageManager::instance().setLanguage(language);
        for (const QString &key : window.pageKeys()) {
            window.showPage(key);
            QDeadlineTimer deadline(10000);
            while (window.currentPage() && window.currentPage()->isBusy() && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            if (!save(window,
                      QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(language, key)),
                      written,
                      error))
                return written;
        }
        // A transaction as a clerk works on it: one the user holds if there is one, and the
        // rejection dialog over it.
        if (window.showPage(QStringLiteral("transactions"))) {
            auto *page = qobject_cast<TransactionsPage *>(window.currentPage());
            QSqlDatabase db = QSqlDatabase::database(window.session().connectionName, false);
            qint64 example = 0;
            if (page && TransactionOverview::example(db, window.session().staffId, &example).ok()
                && example && page->openTransaction(example)) {
                const QString base
                    = QDir(folder).filePath(language + QStringLiteral("-transaction"));
                if (!save(window, base + QStringLiteral(".png"), written, error))
                    return written;
                page->form()->showDocumentsTab();
                QDeadlineTimer fetched(8000);
                while (!fetched.hasExpired()
                       && (page->form()->documents()->preview() == AttachmentPanel::Preview::None
                           || page->form()->documents()->preview()
                                  == AttachmentPanel::Preview::Loading))
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                // Qt PDF renders its pages on a thread of its own: give it a moment.
                QDeadlineTimer rendered(1500);
                while (!rendered.hasExpired())
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                if (!save(window, base + QStringLiteral("-documents.png"), written, error))
                    return written;
                DecisionDialog reject(
                    DecisionDialog::Action::Reject, page->form()->detail(), {}, &window);
                reject.show();
                if (!save(reject, base + QStringLiteral("-reject.png"), written, error))
                    return written;
                ShortcutsDialog formKeys(window.shortcutActions(), &window);
                formKeys.show();
                if (!save(formKeys, base + QStringLiteral("-shortcuts.png"), written, error))
                    return written;
                page->showQueue(false); // a picture changes nothing
            }
        }
        // The rejection of a contribution, over the Moderation page (whose own picture shows the
        // queue and the detail pane).
        if (window.showPage(QStringLiteral("moderation"))) {
            // A search as a clerk types it ("residence" without its article and hamza): the
            // words it found marked in the rows and in the detail pane.
            if (auto *page = qobject_cast<ModerationPage *>(window.currentPage())) {
                const auto settle = [&] {
                    QDeadlineTimer settled(8000);
                    while (!settled.hasExpired() && page->isBusy())
                        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                };
                // Once the queue has settled, its first row's detail shown.
                const auto shoot = [&](const char *name) {
                    settle();
                    page->showRowAt(0);
                    QCoreApplication::processEvents();
                    return save(window,
                                QDir(folder).filePath(QStringLiteral("%1-moderation-%2.png")
                                                          .arg(language, QLatin1String(name))),
                                written,
                                error);
                };
                page->search(QStringLiteral(u"\u0627\u0642\u0627\u0645\u0647"));
                const bool searched = shoot("search");
                page->search(QString()); // a picture changes nothing
                if (!searched)
                    return written;
                // The open poll answers the portal sent (the first choice of the topic list).
                page->showPollAnswers(true);
                const bool answers = shoot("poll-answers");
                page->showPollAnswers(false);
                if (!answers)
                    return written;
                // The reported tab: each row's open reports by reason.
                page->showTab(ContributionTab::Reported);
                const bool reported = shoot("reported");
                page->showTab(ContributionTab::Pending);
                if (!reported)
                    return written;
                // The first pending contribution an abusive word of the list flagged, each flag
                // saying why, the passages marked in the text (none in the data: no picture).
                settle();
                const QAbstractItemModel *rows = page->findChild<QTableView *>()->model();
                for (int r = 0; r < rows->rowCount(); ++r) {
                    if (!rows->index(r, 0)
                             .data(ContributionQueueModel::FlagsRole)
                             .toStringList()
                             .contains(QLatin1String("abuse")))
                        continue;
                    page->showRowAt(r);
                    if (page->detail()->flagged().isEmpty())
                        continue;
                    QCoreApplication::processEvents();
                    if (!save(window,
                              QDir(folder).filePath(
                                  QStringLiteral("%1-moderation-flags.png").arg(language)),
                              written,
                              error))
                        return written;
                    break;
                }
            }
            RejectDialog reject(1, &window);
            reject.show();
            if (!save(
                    reject,
                    QDir(folder).filePath(QStringLiteral("%1-moderation-reject.png").arg(language)),
                    written,
                    error))
                return written;
            // The moderators' list of abusive words.
            BlockedWordsDialog words(QSqlDatabase::database(window.session().connectionName),
                                     window.session().staffId,
                                     &window);
            // A word typed with a vowel mark and tatweel: the key it will be matched on shown.
            words.entry()->setText(
                QStringLiteral(u"\u062E\u064E\u0646\u0640\u0640\u0632\u064A\u0631"));
            words.show();
            if (!save(words,
                      QDir(folder).filePath(
                          QStringLiteral("%1-moderation-blocked-words.png").arg(language)),
                      written,
                      error))
                return written;
        }
        // A topic in its editor: fields, state and counters.
        if (window.showPage(QStringLiteral("topics"))) {
            auto *page = qobject_cast<TopicsPage *>(window.currentPage());
            if (page && page->firstTopicId() > 0 && page->openTopic(page->firstTopicId())) {
                if (!save(
                        window,
                        QDir(folder).filePath(QStringLiteral("%1-topics-editor.png").arg(language)),
                        written,
                        error))
                    return written;
                page->showList();
            }
        }
        // Each dashboard: Opinion, Discussions, Services.
        if (window.showPage(QStringLiteral("dashboards"))) {
            if (auto *page = qobject_cast<DashboardsPage *>(window.currentPage())) {
                page->waitForLoaded();
                const QList<QPair<DashboardsPage::Tab, QString>> tabs{
                    {DashboardsPage::Tab::Opinion, QStringLiteral("opinion")},
                    {DashboardsPage::Tab::Discussions, QStringLiteral("discussions")},
                    {DashboardsPage::Tab::Services, QStringLiteral("services")}};
                for (const auto &[tab, name] : tabs) {
                    page->showTab(tab);
                    if (!save(window,
                              QDir(folder).filePath(
                                  QStringLiteral("%1-dashboards-%2.png").arg(language, name)),
                              written,
                              error))
                        return written;
                }
                page->showTab(DashboardsPage::Tab::Opinion);
                // The breakdown by municipality on its map-like grid, scrolled into view.
                const DashboardFilters before = page->filters();
                DashboardFilters byPlace = before;
                byPlace.segment = QStringLiteral("municipality");
                page->setFilters(byPlace);
                page->waitForLoaded();
                if (ChartPanel *panel = page->panel(QStringLiteral("opinion-breakdown"))) {
                    for (QWidget *w = panel->parentWidget(); w; w = w->parentWidget()) {
                        if (auto *area = qobject_cast<QScrollArea *>(w)) {
                            area->ensureWidgetVisible(panel, 0, 0);
                            break;
                        }
                    }
                }
                const bool saved = save(
                    window,
                    QDir(folder).filePath(
                        QStringLiteral("%1-dashboards-opinion-municipality.png").arg(language)),
                    written,
                    error);
                page->setFilters(before);
                page->waitForLoaded();
                if (!saved)
                    return written;
            }
        }
        // A poll in the designer: its questions, the selected question and the preview.
        if (window.showPage(QStringLiteral("polls"))) {
            auto *page = qobject_cast<PollDesignerPage *>(window.currentPage());
            if (page && page->firstPollId() > 0 && page->openPoll(page->firstPollId())) {
                if (!save(window,
                          QDir(folder).filePath(
                              QStringLiteral("%1-polls-designer.png").arg(language)),
                          written,
                          error))
                    return written;
                // The results of the poll with the most responses, from the rollups.
                if (page->busiestPollId() > 0 && page->openPoll(page->busiestPollId())) {
                    page->showResults(true);
                    const bool saved = save(
                        window,
                        QDir(folder).filePath(QStringLiteral("%1-polls-results.png").arg(language)),
                        written,
                        error);
                    page->showResults(false);
                    if (!saved)
                        return written;
                }
                page->showList();
            }
        }
        SignInDialog signIn;
        signIn.setDatabaseUrl(
            QStringLiteral("postgresql://amal@db.moi.example:5432/diwan?sslmode=verify-full"));
        signIn.setUser(QStringLiteral("amal"));
        signIn.show();
        if (!save(signIn,
                  QDir(folder).filePath(QStringLiteral("%1-signin.png").arg(language)),
                  written,
                  error))
            return written;
        ShortcutsDialog shortcuts(window.shortcutActions(), &window);
        shortcuts.show();
        if (!save(shortcuts,
                  QDir(folder).filePath(QStringLiteral("%1-shortcuts.png").arg(language)),
                  written,
                  error))
            return written;
    }
    LanguageManager::instance().setLanguage(before);
    return written;
}

} // namespace Screenshotter
