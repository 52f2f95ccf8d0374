#pragma once

#include "moderation/queue/contributionrow.h"
#include "shell/page.h"

class ContributionQueueModel;
class QAction;
class QLabel;
class QPushButton;
class QTabBar;
class QTableView;

// Moderation work area: the queue of contributions by tab (Pending, Reported, Auto-hidden,
// Hidden, Published, Rejected, each with its count), the selected one whole in a detail pane
// (text revealed and isolated, flags saying why, reports with their reasons), and the actions,
// on the selected rows, with keyboard shortcuts: A approve, R reject, H hide, J/K next/previous,
// X select. Live: the window refreshes it on NOTIFY diwan_contributions.
class ModerationPage : public Page
{
    Q_OBJECT
public:
    explicit ModerationPage(const Session &session, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("moderation"); }
    QString title() const override { return tr("Moderation"); }
    void refresh() override;
    bool isBusy() const override;
    QList<QAction *> shortcutActions() const override;
    QString badge() const override;
    QString badgeToolTip() const override;
    // A flag's code as the moderator reads it ("phone" -> "phone number").
    QString flagText(const QString &flag) const;

protected:
    void retranslate() override;

private:
    enum class Act { Approve, Reject, Hide, Restore, DismissReports };
    QAction *addShortcut(Qt::Key key, const std::function<void()> &run);
    void showDetail();
    void updateTabs();
    void updateButtons();
    void step(int delta);
    void act(Act act);

    ContributionQueueModel *m_model = nullptr;
    QTabBar *m_tabs = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_hide = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_dismiss = nullptr;
    QList<QAction *> m_actions; // approve, reject, hide, next, previous, select
};
