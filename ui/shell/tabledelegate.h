#pragma once

#include <QStyledItemDelegate>

// Colours deadlines (due soon, overdue) from the models' urgency role, and elides text at its
// logical end in either direction.
class TableDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
