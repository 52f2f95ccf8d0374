#pragma once

#include "auth/session.h"
#include "moderation/similarity.h"

#include <QWidget>

class QAbstractItemView;
class QLabel;

// "Similar contributions" for the moderation detail pane: the contributions of the same topic or
// author most like the one selected in the queue (how alike, which, by whom, in what state), and,
// when its "duplicate" flag fired, which contribution it resembles. It follows the queue's
// current row by itself (ContributionQueueModel::IdRole) and reads through Similarity.
class SimilarList : public QWidget
{
    Q_OBJECT
public:
    SimilarList(const Session &session, QAbstractItemView *queue, QWidget *parent = nullptr);

    // Shows what is like the contribution of that id (0: nothing selected).
    void showContribution(qint64 id);
    // What is shown now, as plain text (tests).
    QString text() const;

protected:
    void changeEvent(class QEvent *event) override;
    void showEvent(class QShowEvent *event) override;

private:
    void render();

    const Session &m_session;
    qint64 m_id = 0;
    Similarity::Match m_flagged;
    QList<Similarity::Similar> m_similar;
    QString m_error;
    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
};
