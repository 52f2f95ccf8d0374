#pragma once

#include "common/contributionflags.h"
#include "moderation/moderationlog.h"
#include "moderation/moderationservice.h"
#include "moderation/queue/contributionrow.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

// The selected contribution whole, below the queue: its state and who is looking at it (the
// soft claim), topic, author and time, the text (invisible characters shown and isolated), its
// automatic flags in words, the reports with their notes, its moderation log, and its author:
// how many of theirs are in each state, whether they are blocked and why, their latest other
// contributions. A place is kept for similar contributions (similarArea()). Reads through
// models/moderation; the page decides what the buttons do.
class ModerationDetail : public QWidget
{
    Q_OBJECT
public:
    explicit ModerationDetail(QWidget *parent = nullptr);

    // Shows `row` (nullptr: nothing selected), reading its reports, log and author from `db`.
    // `terms`: a search's terms, whose words are marked in the contribution.
    void showRow(QSqlDatabase db,
                 const ContributionRow *row,
                 const ModerationService::Claim &holder,
                 qint64 myStaffId,
                 const QStringList &terms = {});
    void retranslate();
    // Where similar contributions go (filled by the topics work, empty until then).
    QVBoxLayout *similarArea() const { return m_similar; }
    const ModerationLog::Author &author() const { return m_author; }
    QString text() const;
    // The passages of the contribution marked as what a search found: (start, length).
    QList<std::pair<int, int>> marked() const;
    // The passages of the contribution marked as what made its automatic flags fire, as shown
    // (invisible characters by their names): (start, length) in the shown text.
    QList<std::pair<int, int>> flagged() const;
    // The contribution as shown (invisible characters by their names, isolated).
    QString shownBody() const;

    // An action of the log as a moderator reads it ("approve" -> "Approved").
    static QString actionText(const QString &action);

    // The moderators' list of words changed (the page's Blocked words dialog): read it again.
    void forgetListWords() { m_listRead = false; }

protected:
    // The moderators' list of words is read again each time the page is opened.
    void showEvent(class QShowEvent *event) override;

signals:
    void unblockRequested();
    void authorFilterRequested(const QString &authorId);
    void contributionLogRequested();
    void failed(const DbError &error);

private:
    // Why `flag` fired, from `hits` in `body` (empty: the category alone).
    QString reasonOf(const QString &flag,
                     const QList<ContributionFlags::Hit> &hits,
                     const QString &body) const;
    // An invisible character by what it does ("right-to-left override").
    static QString controlWords(char16_t c);

    QLabel *m_text = nullptr;                  // state, topic, author and time
    QLabel *m_body = nullptr;                  // the contribution (selectable)
    class HighlightedText *m_marked = nullptr; // the same, a search's words marked
    QLabel *m_rest = nullptr;                  // flags, reports, log, the author
    QLabel *m_claim = nullptr;
    QPushButton *m_unblock = nullptr;
    QPushButton *m_authorFilter = nullptr;
    QPushButton *m_log = nullptr;
    QVBoxLayout *m_similar = nullptr;
    ModerationLog::Author m_author;
    bool m_hasRow = false;
    QList<ModerationService::BlockedWord> m_listWords; // read once per opening of the page
    bool m_listRead = false;
};
