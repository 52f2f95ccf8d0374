#pragma once

#include "moderation/moderationlog.h"
#include "moderation/queue/contributionfilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

// What the moderator narrows the queue to, above it: the search box (Arabic-normalised, Enter
// searches), the sort, and topic, automatic flag, report reason, author, moderator and dates.
// Emits the filter whenever a choice changes; the page runs the search.
class ModerationFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ModerationFilterBar(QWidget *parent = nullptr);

    void setChoices(const QList<ModerationLog::Named> &topics,
                    const QList<ModerationLog::Named> &moderators);
    // The filter as chosen, without the search (the page adds its hits).
    ContributionFilter filter() const;
    QString searchText() const;
    // Types `text` into the search box and runs the search, as Enter does.
    void search(const QString &text);
    void setAuthor(const QString &authorId);
    // Chooses a topic as the moderator would in its list (-1: every open poll answer; 0: all).
    void setTopic(qint64 topicId);
    void retranslate();

signals:
    void changed();
    void searchRequested(const QString &text);

private:
    void fillCombos();

    QLineEdit *m_search = nullptr;
    QComboBox *m_sort = nullptr;
    QComboBox *m_topic = nullptr;
    QComboBox *m_flag = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_author = nullptr;
    QComboBox *m_moderator = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_clear = nullptr;
    QList<ModerationLog::Named> m_topics;
    QList<ModerationLog::Named> m_moderators;
    bool m_filling = false;
};
