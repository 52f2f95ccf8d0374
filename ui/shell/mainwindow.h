#pragma once

#include "auth/session.h"

#include <QMainWindow>
#include <QTimer>

class ChangeWatcher;
class Page;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

// The main window: navigation limited to the work areas the user's roles allow, one page per
// area, language and digits switched at runtime, and a status bar with the user, roles,
// database and connection state (with automatic reconnection).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class ConnectionState { Connected, Lost, Reconnecting };

    MainWindow(const Session &session, const QString &password, QWidget *parent = nullptr);
    ~MainWindow() override;

    QList<Page *> pages() const { return m_pages; }
    QStringList pageKeys() const;
    bool showPage(const QString &key); // false: not one of this user's pages
    const Session &session() const { return m_session; }
    Page *currentPage() const;
    ConnectionState connectionState() const { return m_state; }
    QString statusText() const; // the status bar, for tests
    QList<QAction *> shortcutActions() const;

    // Checks the connection now (the timer does it every few seconds).
    void checkConnection();

signals:
    void signOutRequested();
    void connectionStateChanged(MainWindow::ConnectionState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateNavText(class Page *page);
    void createActions();
    void createPages();
    void retranslate();
    void refreshAll();
    void setConnectionState(ConnectionState state);
    void showDatabaseError(const DbError &error);
    void showShortcuts();
    void showAbout();

    Session m_session;
    QString m_password; // kept in memory only, to reconnect
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Page *> m_pages;
    QLabel *m_userLabel = nullptr;
    QLabel *m_rolesLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QTimer m_monitor;
    ChangeWatcher *m_watcher = nullptr;
    QTimer m_refreshSoon; // gathers a burst of change notifications into one refresh
    ConnectionState m_state = ConnectionState::Connected;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_arabic = nullptr;
    QAction *m_english = nullptr;
    QAction *m_arabicDigits = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QList<QAction *> m_pageActions;
};
