#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QWidget>

#include "common/itemroles.h"

// What a person would see cut short on screen: the texts of buttons, combo boxes, one-line
// labels and column headers that do not fit the space they were given, and item views that need
// a horizontal scroll bar. Only what is visible counts. Header-only: for the GUI tests.
namespace Elision {

inline QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 \"%2\" (%3 px wide)")
        .arg(QString::fromLatin1(w->metaObject()->className()), text)
        .arg(w->width());
}

inline QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(root) || b->text().isEmpty())
            continue;
        if (b->width() < b->sizeHint().width())
            cut << describe(b, b->text());
    }
    for (QComboBox *c : root->findChildren<QComboBox *>()) {
        if (!c->isVisibleTo(root) || c->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(c);
        option.editable = c->isEditable();
        const QRect field = c->style()->subControlRect(
            QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, c);
        int icon = c->itemIcon(c->currentIndex()).isNull() ? 0 : c->iconSize().width() + 4;
        if (field.width() < c->fontMetrics().horizontalAdvance(c->currentText()) + icon)
            cut << describe(c, c->currentText());
    }
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->isVisibleTo(root) || l->wordWrap() || l->text().isEmpty() || !l->pixmap().isNull())
            continue;
        if (l->textFormat() == Qt::RichText || Qt::mightBeRichText(l->text()))
            continue;
        if (l->width() < l->fontMetrics().horizontalAdvance(l->text()))
            cut << describe(l, l->text());
    }
    for (QHeaderView *h : root->findChildren<QHeaderView *>()) {
        if (!h->isVisibleTo(root) || h->orientation() != Qt::Horizontal || !h->model())
            continue;
        for (int i = 0; i < h->count(); ++i) {
            if (h->isSectionHidden(i))
                continue;
            if (h->sectionSize(i) < h->sectionSizeHint(i))
                cut << describe(h, h->model()->headerData(i, Qt::Horizontal).toString())
                           + QStringLiteral(" section %1 is %2 px, needs %3")
                                 .arg(i)
                                 .arg(h->sectionSize(i))
                                 .arg(h->sectionSizeHint(i));
        }
    }
    for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
        if (v->isVisibleTo(root) && v->horizontalScrollBar()->isVisible())
            cut << QStringLiteral("%1 \"%2\" needs a horizontal scroll bar")
                       .arg(QString::fromLatin1(v->metaObject()->className()), v->objectName());
    }
    return cut;
}

// The cells of the first rows of a table whose text does not fit its column (columns that
// stretch to share the width are left out: a long name may be elided there). Overdue times are
// drawn in bold.
inline QStringList cutCells(QTableView *view, int rows = 30)
{
    QStringList cut;
    const QAbstractItemModel *model = view->model();
    if (!model || !view->isVisible())
        return cut;
    const int margin
        = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    for (int c = 0; c < model->columnCount(); ++c) {
        if (view->isColumnHidden(c)
            || view->horizontalHeader()->sectionResizeMode(c) == QHeaderView::Stretch)
            continue;
        for (int r = 0; r < qMin(rows, model->rowCount()); ++r) {
            const QModelIndex index = model->index(r, c);
            const QString text = index.data().toString();
            QFont font = view->font();
            font.setBold(index.data(ItemRoles::Urgency).toInt() > 0);
            const int needs = QFontMetrics(font).horizontalAdvance(text) + margin;
            if (needs > view->columnWidth(c))
                cut << QStringLiteral("cell (%1, %2) \"%3\" needs %4 px, has %5")
                           .arg(r)
                           .arg(c)
                           .arg(text)
                           .arg(needs)
                           .arg(view->columnWidth(c));
        }
    }
    return cut;
}

// Which of `texts` would not fit column `column` of the view, drawn in bold (the widest way a
// cell is drawn): for a column whose contents change with the clock.
inline QStringList cutInColumn(QTableView *view, int column, const QStringList &texts)
{
    QStringList cut;
    QFont font = view->font();
    font.setBold(true);
    const QFontMetrics fm(font);
    const int margin
        = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    for (const QString &text : texts) {
        const int needs = fm.horizontalAdvance(text) + margin;
        if (needs > view->columnWidth(column))
            cut << QStringLiteral("\"%1\" needs %2 px, has %3")
                       .arg(text)
                       .arg(needs)
                       .arg(view->columnWidth(column));
    }
    return cut;
}

} // namespace Elision
