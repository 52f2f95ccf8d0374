#pragma once

#include <QDialog>
#include <QList>

class QLabel;

// What a bulk action did to each contribution it was given: done, or why not (another moderator
// first: who and what; the connection; a refusal), so that the moderator knows which rows to look
// at again. Shown beside the page, not in its way; Escape or Close ends it.
class BulkResultsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Item
    {
        qint64 id = 0;
        QString text; // the contribution's text, as far as the page has it
        bool done = false;
        QString result; // why it was not done (empty when done)
    };
    BulkResultsDialog(const QString &action, const QList<Item> &items, QWidget *parent = nullptr);

    // The items in the order shown (those not done first), and each line's three labels.
    const QList<Item> &items() const { return m_items; }
    QList<QLabel *> line(int index) const { return m_lines.value(index); }

private:
    QList<Item> m_items;
    QList<QList<QLabel *>> m_lines;
};
