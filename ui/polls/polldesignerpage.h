#pragma once

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
    // The first poll of the list, if any (for screenshots).
    qint64 firstPollId() const;
    PollEditor *editor() const { return m_editor; }
    bool isEditing() const;
    void showList();
    // Saves the poll in the editor through PollService; false with the reason reported.
    bool save();
    // The poll in the editor sent for review (its author) or approved (someone else).
    bool submitForReview();
    bool approve();

protected:
    void retranslate() override;

private:
    BoundedQueryModel *m_polls = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    PollEditor *m_editor = nullptr;
};
