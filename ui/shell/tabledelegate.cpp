#include "shell/tabledelegate.h"

#include "common/itemroles.h"

void TableDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto urgency = ItemRoles::UrgencyLevel(index.data(ItemRoles::Urgency).toInt());
    if (urgency == ItemRoles::UrgencyLevel::Overdue) {
        option->palette.setColor(QPalette::Text, QColor(0xB0, 0x1C, 0x2E));
        option->font.setBold(true);
    } else if (urgency == ItemRoles::UrgencyLevel::DueSoon) {
        option->palette.setColor(QPalette::Text, QColor(0x9A, 0x55, 0x00));
    }
    // ElideRight elides at the logical end: the left edge in Arabic, the right in English.
    option->textElideMode = Qt::ElideRight;
}
