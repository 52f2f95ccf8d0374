#include "moderation/highlightedtext.h"

#include "common/arabictext.h"
#include "common/arabictextsearch.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QTextOption>

#include <cmath>

namespace Highlight {

QList<QTextLayout::FormatRange> rangesOf(const QString &text,
                                         const QStringList &terms,
                                         const QPalette &palette,
                                         const Spans &flagged)
{
    QList<QTextLayout::FormatRange> ranges;
    // Dark text on the light marks, whatever the palette.
    const QColor ink = palette.color(QPalette::Text).lightness() > 128
                           ? QColor(Qt::black)
                           : palette.color(QPalette::Text);
    if (!terms.isEmpty()) {
        QTextCharFormat marked;
        // The highlight of selected text would hide the row's own selection: a light yellow, bold.
        marked.setBackground(QColor(255, 236, 140));
        marked.setForeground(ink);
        marked.setFontWeight(QFont::Bold);
        for (const ArabicText::Span &s : ArabicText::matchingWords(text, terms))
            ranges.append({int(s.start), int(s.length), marked});
    }
    QTextCharFormat evidence;
    evidence.setBackground(QColor(255, 205, 210));
    evidence.setForeground(ink);
    evidence.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    evidence.setUnderlineColor(QColor(198, 40, 40));
    for (const auto &[start, length] : flagged)
        ranges.append({start, length, evidence});
    return ranges;
}

Spans revealedSpans(const QString &original, const QString &revealed, const Spans &spans)
{
    // Where each character of `original` is in `revealed`: [begin, end).
    QList<int> begin(original.size() + 1, int(revealed.size()));
    QList<int> end(original.size() + 1, int(revealed.size()));
    const auto isolate = [](QChar c) {
        return c == QChar(0x2066) || c == QChar(0x2068) || c == QChar(0x2069);
    };
    int j = 0;
    for (int i = 0; i < original.size(); ++i) {
        const QChar c = original.at(i);
        if (ArabicText::hasHiddenControls(QStringView(&c, 1))) {
            while (j < revealed.size() && revealed.at(j) != QLatin1Char('['))
                ++j;
            begin[i] = j;
            while (j < revealed.size() && revealed.at(j) != QLatin1Char(']'))
                ++j;
            j = qMin(j + 1, int(revealed.size()));
        } else {
            while (j < revealed.size() && revealed.at(j) != c && isolate(revealed.at(j)))
                ++j;
            begin[i] = j;
            j = qMin(j + 1, int(revealed.size()));
        }
        end[i] = j;
    }
    Spans out;
    for (const auto &[start, length] : spans) {
        if (start < 0 || length < 1 || start + length > original.size())
            continue;
        out.append({begin[start], end[start + length - 1] - begin[start]});
    }
    return out;
}

} // namespace Highlight

void HighlightDelegate::paint(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (m_terms.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString full = opt.text;
    opt.text.clear();
    // Background, selection and focus as usual; the text drawn here.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect area
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    // Elided as if all of it were bold, so that the marked words still fit.
    QFont bold = opt.font;
    bold.setBold(true);
    const QString shown = QFontMetrics(bold).elidedText(full, opt.textElideMode, area.width());
    QTextLayout layout(shown, opt.font);
    QTextOption textOption;
    textOption.setTextDirection(opt.direction);
    textOption.setWrapMode(QTextOption::NoWrap);
    // Leading and trailing follow the direction, as in any item view.
    textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment)
                            & Qt::AlignHorizontal_Mask);
    layout.setTextOption(textOption);
    layout.setFormats(Highlight::rangesOf(shown, m_terms, opt.palette));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(area.width());
    layout.endLayout();
    if (!line.isValid())
        return;
    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    painter->setClipRect(area);
    layout.draw(painter, QPointF(area.left(), area.top() + (area.height() - line.height()) / 2));
    painter->restore();
}

HighlightedText::HighlightedText(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void HighlightedText::setText(const QString &text,
                              const QStringList &terms,
                              const Highlight::Spans &flagged)
{
    m_text = text;
    m_terms = terms;
    m_flagged = flagged;
    updateGeometry();
    update();
}

QList<std::pair<int, int>> HighlightedText::marked() const
{
    QList<std::pair<int, int>> out;
    for (const ArabicText::Span &s : ArabicText::matchingWords(m_text, m_terms))
        out.append({int(s.start), int(s.length)});
    return out;
}

qreal HighlightedText::layOut(QTextLayout &layout, int width) const
{
    QTextOption option;
    option.setTextDirection(layoutDirection());
    option.setAlignment(
        QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading | Qt::AlignTop));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setFont(font());
    layout.setFormats(Highlight::rangesOf(m_text, m_terms, palette(), m_flagged));
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax(1, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

int HighlightedText::heightForWidth(int width) const
{
    QString text = m_text;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text);
    return int(std::ceil(layOut(layout, width)));
}

QSize HighlightedText::sizeHint() const
{
    const int width = qMax(200, this->width());
    return {width, heightForWidth(width)};
}

QSize HighlightedText::minimumSizeHint() const
{
    return {50, fontMetrics().height()};
}

void HighlightedText::paintEvent(QPaintEvent *)
{
    QString text = m_text;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text);
    layOut(layout, width());
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    layout.draw(&painter, QPointF(0, 0));
}

void HighlightedText::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange)
        updateGeometry();
    QWidget::changeEvent(event);
}
