#pragma once

#include "db/dberror.h"
#include "moderation/moderationservice.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// The moderators' list of abusive words (ModerationService::blockedWords): Arabic words first,
// a search over it, a word added with the key it will be matched on shown as it is typed, the
// selected word removed after a confirmation. Refusals are said in the dialog in the user's
// language. Moderators only (the Moderation page opens it for them).
class BlockedWordsDialog : public QDialog
{
    Q_OBJECT
public:
    BlockedWordsDialog(QSqlDatabase db, qint64 staffId, QWidget *parent = nullptr);

    // For tests and the screenshots: the words shown (as listed), the message shown (empty when
    // none), the entry, and removal of the selected word with the confirmation given or not.
    QStringList shownWords() const;
    QString message() const;
    QString matchedAs() const;
    QLineEdit *entry() const { return m_entry; }
    QLineEdit *search() const { return m_search; }
    bool selectWord(const QString &word);
    void removeSelected(bool confirmed);
    void add();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void filter();
    void showKey();
    void say(const QString &text, bool error);
    void askToRemove();

    QSqlDatabase m_db;
    qint64 m_staffId = 0;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_entry = nullptr;
    QLabel *m_key = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QList<ModerationService::BlockedWord> m_words;
};
