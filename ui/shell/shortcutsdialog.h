#pragma once

#include <QDialog>

class QTableWidget;

// The keyboard shortcut sheet (F1), built from the main window's actions so it never lies.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    int shortcutCount() const;

private:
    QTableWidget *m_table = nullptr;
};
