#pragma once

#include <QStringList>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QWidget>

// What a search found, marked in the text itself: the words whose search terms (the normaliser
// and light stemming, ArabicText::matchingWords) are among the query's, drawn on a highlight
// through QTextLayout formats. The text is always laid out as plain text: nothing of it is ever
// read as markup.
namespace Highlight {

// The formats marking the words of `text` that match `terms` (none: no terms).
QList<QTextLayout::FormatRange>
rangesOf(const QString &text, const QStringList &terms, const QPalette &palette);

} // namespace Highlight

// The queue's text column: one line, elided, with the matched words marked.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setTerms(const QStringList &terms) { m_terms = terms; }
    const QStringList &terms() const { return m_terms; }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    QStringList m_terms;
};

// A wrapped, selectable-looking block of plain text with the matched words marked (the detail
// pane's contribution).
class HighlightedText : public QWidget
{
    Q_OBJECT
public:
    explicit HighlightedText(QWidget *parent = nullptr);
    void setText(const QString &text, const QStringList &terms = {});
    QString text() const { return m_text; }
    // The marked passages, as (start, length) in text() (for tests).
    QList<std::pair<int, int>> marked() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(class QPaintEvent *event) override;
    void changeEvent(class QEvent *event) override;

private:
    // Lays the text out in `width`; returns its height.
    qreal layOut(QTextLayout &layout, int width) const;

    QString m_text;
    QStringList m_terms;
};
