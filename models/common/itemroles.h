#pragma once

#include <Qt>

// Item data roles shared by Diwan's models and the delegates that draw them.
namespace ItemRoles {
enum : int {
    Urgency = Qt::UserRole + 100, // int: 0 none, 1 due soon, 2 overdue (the view colours it)
};
enum class UrgencyLevel { None = 0, DueSoon = 1, Overdue = 2 };
constexpr qint64 dueSoonSeconds = 8 * 3600;
} // namespace ItemRoles
