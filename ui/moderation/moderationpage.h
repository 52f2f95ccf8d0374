#pragma once

#include "db/actionreceipts.h"
#include "moderation/moderationservice.h"
#include "moderation/queue/contributionrow.h"
#include "shell/page.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>

#include <optional>

class ContributionQueueModel;
class ModerationDetail;
class ModerationFilterBar;
class QAction;
class QPushButton;
class QTabBar;
class QTableView;
class QTimer;

// Moderation work area: the queue of contributions by tab (Pending, Reported, Auto-hidden,
// Hidden, Published, Rejected, each with its count), narrowed and sorted by the filter bar
// (search, topic, flag, report reason, author, moderator, dates; by time, reports or flags),
// the selected one whole in a detail pane (ModerationDetail), and the actions on the selected
// rows, one transaction each, with keyboard shortcuts: A approve, R reject, H hide, J/K
// next/previous, X select, Ctrl+Z undo, Space (in the queue) the detail pane. Looking at a
// contribution claims it softly (others see who is looking, in the queue and the detail pane; it
// runs out unless renewed while shown). The last action can be undone for
// ModerationService::undoMinutes. Live: the window refreshes it on NOTIFY diwan_contributions.
class ModerationPage : public Page
{
    Q_OBJECT
public:
    explicit ModerationPage(const Session &session, QWidget *parent = nullptr);
    ~ModerationPage() override;
    QString key() const override { return QStringLiteral("moderation"); }
    QString title() const override { return tr("Moderation"); }
    void refresh() override;
    bool isBusy() const override;
    QList<QAction *> shortcutActions() const override;
    QString badge() const override;
    QString badgeToolTip() const override;
    // A flag's code as the moderator reads it ("phone" -> "phone number").
    static QString flagWords(const QString &flag);
    QString flagText(const QString &flag) const { return flagWords(flag); }
    ModerationDetail *detail() const { return m_detail; }
    // The search's terms the rows and the detail mark (none: no search).
    QStringList searchTerms() const { return m_searchTerms; }
    // Searches as the moderator would (the box, then Enter); an empty text ends the search.
    void search(const QString &text);
    // Narrows the queue to every open poll answer (the first choice of the topic list), or
    // back to all topics.
    void showPollAnswers(bool pollAnswers);
    // Opens a tab of the queue, as a click on it would.
    void showTab(ContributionTab tab);
    // Makes row `row` of the queue the current one (its detail shown).
    void showRowAt(int row);
    // Whether the last action can still be undone (by this moderator, within the window).
    bool canUndo() const;

protected:
    void retranslate() override;

private:
    enum class Act { Approve, Reject, Hide, Restore, DismissReports, Redact, Block, Unblock, Undo };
    QAction *addShortcut(const QKeySequence &key, const std::function<void()> &run);
    void showDetail();
    void look(qint64 id);
    void updateTabs();
    void updateButtons();
    void updateFilter();
    // The search's hits in the current tab, into m_searchIds (none when not searching).
    void runSearch();
    void step(int delta);
    void act(Act act);
    // After rows arrive: the picked contributions selected and the shown one current again,
    // wherever a refresh moved them.
    void keepPicks();
    void forgetPicks();
    void togglePick();
    // What an action applies to: the picked contributions (the shown one for a redaction or an
    // unblock, or when none is picked), each with the version the moderator saw.
    QList<std::pair<qint64, int>> targets(Act act) const;
    void report(const QList<ModerationService::Outcome> &outcomes);
    QString conflictText(const ModerationService::Outcome &o) const;
    // Why an outcome was not done, in the moderator's words (empty when it was).
    QString problemText(const ModerationService::Outcome &o) const;
    // The result of each item of a bulk action that was not all done, beside the page.
    void showResults(ModerationService::Action action,
                     const QList<ModerationService::Outcome> &outcomes);

    ActionReceipts::Keys m_keys; // by contribution and action: a retry is the same action
    ContributionQueueModel *m_model = nullptr;
    QTabBar *m_tabs = nullptr;
    ModerationFilterBar *m_filters = nullptr;
    QTableView *m_view = nullptr;
    ModerationDetail *m_detail = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_hide = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_redact = nullptr;
    QPushButton *m_block = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_myLog = nullptr;
    QPushButton *m_blockedWords = nullptr;
    QList<QAction *> m_actions; // approve, reject, hide, next, previous, select, undo, open
    QTimer *m_renew = nullptr;
    QTimer *m_undoWindow = nullptr;
    qint64 m_shownId = 0;
    int m_shownVersion = 0;
    // What the moderator picked (click, shift-click, X, J/K): contribution id -> the version
    // they saw. Kept by contribution, not by row: when another moderator's action moves the
    // rows, neither the pick nor the current row moves onto another contribution.
    QHash<qint64, int> m_picked;
    bool m_remapping = false;    // the page, not the moderator, is changing the selection
    bool m_pickedByHand = false; // with X (or the mouse): J and K leave the picks alone
    bool m_reshow = false;       // the shown one changed under an action: shown again as it is
    qint64 m_looking = 0;
    ModerationService::Claim m_holder;
    QList<ModerationService::Request> m_lastDone; // what Undo takes back: id and new version
    QList<qint64> m_searchIds;
    QString m_searchText;
    bool m_searching = false;
    QStringList m_searchTerms;
    class HighlightDelegate *m_textDelegate = nullptr;
    // The reason and words of a rejection that did not go through, offered again.
    std::optional<std::pair<QString, QString>> m_rejectDraft;
    std::optional<QString> m_justificationDraft; // a block's or an unblock's
    struct RedactDraft
    {
        qint64 id = 0;
        int from = 0;
        int length = 0;
        QString reason;
    };
    std::optional<RedactDraft> m_redactDraft;    // offered again on the same contribution
    QPointer<class BulkResultsDialog> m_results; // the last bulk action's, while open
};
