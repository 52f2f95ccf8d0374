#pragma once

#include "db/actionreceipts.h"
#include "moderation/topicservice.h"
#include "shell/page.h"

class BoundedQueryModel;
class QPushButton;
class QStackedWidget;
class QTableView;
class TopicEditor;

// Topics of "Issues for discussion", beside the Moderation page: the list (pinned first, with
// each topic's state, window and counters) and the editor of one topic. Editors write and move
// topics; moderators read them.
class TopicsPage : public Page
{
    Q_OBJECT
public:
    explicit TopicsPage(const Session &session, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("topics"); }
    QString title() const override { return tr("Topics"); }
    void refresh() override;

    // Opens the topic of that id in the editor (tests, screenshots); false if it cannot.
    bool openTopic(qint64 id);
    void newTopic();
    qint64 firstTopicId() const;
    TopicEditor *editor() const { return m_editor; }
    bool isEditing() const;
    void showList();
    // Saves the topic in the editor; false with the reason shown (beside its field if it has one).
    bool save();
    // One step of the lifecycle on the topic in the editor.
    bool step(Topics::Step step);

protected:
    void retranslate() override;

private:
    bool canEdit() const;

    BoundedQueryModel *m_topics = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    TopicEditor *m_editor = nullptr;
    ActionReceipts::Keys m_keys; // by topic and action: a retry is the same action
    bool m_savingAgain = false;  // saving the form over a repeated save (see save())
};
