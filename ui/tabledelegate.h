#pragma once

#include <QStyledItemDelegate>

// Colours deadlines (due soon, overdue) from the models' UrgencyRole, and keeps isolated codes
// and Arabic text elided on the correct side.
class TableDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
