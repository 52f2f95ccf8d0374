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

using Spans = QList<std::pair<int, int>>; // (start, length) in a text

// The formats marking the words of `text` that match `terms` (none: no terms), then the
// passages `flagged` (what made an automatic flag fire) on a light red, underlined.
QList<QTextLayout::FormatRange> rangesOf(const QString &text,
                                         const QStringList &terms,
                                         const QPalette &palette,
                                         const Spans &flagged = {});

// The passages `spans` of `original` where they are in `revealed`, its
// ArabicText::revealControls(): past the isolates it adds, an invisible control as its shown
// name ("[RLO]").
Spans revealedSpans(const QString &original, const QString &revealed, const Spans &spans);

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

// A wrapped, selectable-looking block of plain text with the matched words and the flags'
// evidence marked (the detail pane's contribution).
class HighlightedText : public QWidget
{
    Q_OBJECT
public:
    explicit HighlightedText(QWidget *parent = nullptr);
    // `flagged`: passages of `text` that made an automatic flag fire, marked in their own colour.
    void setText(const QString &text,
                 const QStringList &terms = {},
                 const Highlight::Spans &flagged = {});
    QString text() const { return m_text; }
    // The passages marked as a search's hits, as (start, length) in text() (for tests).
    QList<std::pair<int, int>> marked() const;
    // The passages marked as what made a flag fire.
    const Highlight::Spans &flagged() const { return m_flagged; }

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
    Highlight::Spans m_flagged;
};
