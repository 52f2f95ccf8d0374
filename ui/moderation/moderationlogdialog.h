#pragma once

#include "moderation/moderationlog.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QPushButton;
class QTreeWidget;

// The moderation log, browsable: one contribution's whole history, or one moderator's actions
// newest first (a page at a time, "More" reads the next by keyset), any moderator's: the dialog
// opens on the one given and offers every moderator who acted.
class ModerationLogDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Contribution, Moderator };
    ModerationLogDialog(QSqlDatabase db, Scope scope, qint64 id, QWidget *parent = nullptr);

    int rows() const;
    // Moderator scope: shows this moderator's actions instead, as choosing them would.
    void showModerator(qint64 staffId);
    DbError lastError() const { return m_error; }

private:
    void readMore();

    QSqlDatabase m_db;
    Scope m_scope;
    qint64 m_id;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_more = nullptr;
    QComboBox *m_moderator = nullptr; // moderator scope only
    QList<ModerationLog::Entry> m_entries;
    DbError m_error;
};
