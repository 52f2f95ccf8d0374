#pragma once

#include "moderation/moderationlog.h"

#include <QDialog>
#include <QSqlDatabase>

class QPushButton;
class QTreeWidget;

// The moderation log, browsable: one contribution's whole history, or one moderator's actions
// newest first (a page at a time, "More" reads the next by keyset).
class ModerationLogDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Contribution, Moderator };
    ModerationLogDialog(QSqlDatabase db, Scope scope, qint64 id, QWidget *parent = nullptr);

    int rows() const;
    DbError lastError() const { return m_error; }

private:
    void readMore();

    QSqlDatabase m_db;
    Scope m_scope;
    qint64 m_id;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_more = nullptr;
    QList<ModerationLog::Entry> m_entries;
    DbError m_error;
};
