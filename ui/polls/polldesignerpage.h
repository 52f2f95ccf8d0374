#pragma once

#include "common/draftstore.h"
#include "db/actionreceipts.h"
#include "polls/pollservice.h"
#include "shell/page.h"

class BoundedQueryModel;
class PollEditor;
class QPushButton;
class QStackedWidget;
class QTableView;

// Poll designer work area: the polls (state, questions, responses) and the editor of one poll.
class PollDesignerPage : public Page
{
    Q_OBJECT
public:
    explicit PollDesignerPage(const Session &session, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("polls"); }
    QString title() const override { return tr("Poll designer"); }
    void refresh() override;

    // Opens the poll of that id in the editor (for screenshots and tests); false if it cannot.
    bool openPoll(qint64 id);
    void newPoll();
    // A new, unsaved draft copied from template `index` of Polls::pollTemplates().
    bool newFromTemplate(int index);
    // The first poll of the list, if any (for screenshots).
    qint64 firstPollId() const;
    // The poll of the list with the most responses (for screenshots); 0 if none has any.
    qint64 busiestPollId() const;
    PollEditor *editor() const { return m_editor; }
    // The editor's results tab (true) or its preview (false).
    void showResults(bool results);
    bool isEditing() const;
    void showList();
    // Saves the poll in the editor through PollService; false with the reason reported.
    bool save();
    // The poll in the editor sent for review (its author) or approved (someone else).
    bool submitForReview();
    bool approve();
    // The lifecycle after approval: open now, close, archive.
    bool move(Polls::Move move);
    // A copy of the poll in the editor as the caller's new draft, naming the poll it replaces.
    bool newVersion();
    // A copy of the poll in the editor as a new, unsaved draft.
    void duplicate();
    // The texts changed in an approved poll, each recorded as a text revision.
    bool reviseTexts();
    // Drafts as you go: what the editor holds is kept on this computer (DraftStore) at every
    // pause in the editing, and reaches the database only once it is valid (the database refuses
    // a draft without its Arabic texts); a draft kept on disk comes back, undoably, when the poll
    // (or a new poll) is opened again. Runs two seconds after the last edit, or now.
    void autosave();

protected:
    void retranslate() override;

private:
    BoundedQueryModel *m_polls = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_fromTemplate = nullptr;
    PollEditor *m_editor = nullptr;
    Polls::StoredPoll m_stored; // the poll in the editor as last read
    DraftStore m_drafts;
    ActionReceipts::Keys m_keys; // by poll and action: a retry is the same action
    bool m_savingAgain = false;  // saving the form over a repeated save (see save())
    class QTimer *m_autosave = nullptr;
    QString draftKey() const;
    void restoreDraft();
};
