#include "shell/mainwindow.h"

#include "administration/administrationpage.h"
#include "common/arabictext.h"
#include "common/presenter.h"
#include "dashboards/dashboardspage.h"
#include "db/changewatcher.h"
#include "db/database.h"
#include "moderation/moderationpage.h"
#include "moderation/portalentry.h"
#include "moderation/topicspage.h"
#include "polls/polldesignerpage.h"
#include "shell/languagemanager.h"
#include "shell/page.h"
#include "shell/shortcutsdialog.h"
#include "transactions/transactionservice.h"
#include "transactions/transactionspage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(const Session &session, const QString &password, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_password(password)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_nav->setFixedWidth(210);
    m_nav->setSpacing(2);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_nav->setFont(navFont);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_userLabel = new QLabel(this);
    m_rolesLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    m_connectionLabel = new QLabel(this);
    m_dateLabel = new QLabel(this);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_rolesLabel);
    statusBar()->addPermanentWidget(m_dateLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    createActions();
    createPages();
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    // Live: another clerk's or moderator's commit, a contribution from the portal, a moderator's
    // look or a change of a topic refreshes what is on screen within a second.
    m_watcher = new ChangeWatcher(
        m_session.connectionName,
        {TransactionService::channel(), PortalEntry::channel(), Topics::TopicService::channel()},
        this);
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(300);
    connect(&m_refreshSoon, &QTimer::timeout, this, &MainWindow::refreshAll);
    connect(m_watcher, &ChangeWatcher::changed, &m_refreshSoon, qOverload<>(&QTimer::start));
    m_watcher->start();

    m_monitor.setInterval(10000);
    connect(&m_monitor, &QTimer::timeout, this, &MainWindow::checkConnection);
    m_monitor.start();

    retranslate();
    resize(1280, 800);
    refreshAll();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_refresh = new QAction(this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshAll);
    m_signOut = new QAction(this);
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    auto *languages = new QActionGroup(this);
    m_arabic = new QAction(languages);
    m_english = new QAction(languages);
    m_arabic->setCheckable(true);
    m_english->setCheckable(true);
    m_arabic->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_english->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    connect(m_arabic, &QAction::triggered, this, [] {
        LanguageManager::instance().setLanguage(QStringLiteral("ar"));
    });
    connect(m_english, &QAction::triggered, this, [] {
        LanguageManager::instance().setLanguage(QStringLiteral("en"));
    });
    m_arabicDigits = new QAction(this);
    m_arabicDigits->setCheckable(true);
    connect(m_arabicDigits, &QAction::toggled, this, [](bool on) {
        if (on != (LanguageManager::instance().digits() == Presenter::Digits::ArabicIndic))
            LanguageManager::instance().setDigits(on ? Presenter::Digits::ArabicIndic
                                                     : Presenter::Digits::Latin);
    });
    m_shortcuts = new QAction(this);
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_about = new QAction(this);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_refresh);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_signOut);
    m_fileMenu->addAction(m_quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_arabic);
    m_languageMenu->addAction(m_english);
    m_viewMenu->addAction(m_arabicDigits);
    m_viewMenu->addSeparator();
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addAction(m_about);
}

void MainWindow::createPages()
{
    auto add = [this](Page *page) {
        m_pages << page;
        m_stack->addWidget(page);
        m_nav->addItem(QString());
        connect(page, &Page::databaseError, this, &MainWindow::showDatabaseError);
        connect(page, &Page::message, this, [this](const QString &text) {
            statusBar()->showMessage(text, 15000);
        });
        connect(page, &Page::badgeChanged, this, [this, page] { updateNavText(page); });
        auto *action = new QAction(this);
        const int index = int(m_pages.size()) - 1;
        action->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + index)));
        connect(action, &QAction::triggered, this, [this, index] { m_nav->setCurrentRow(index); });
        addAction(action);
        m_viewMenu->addAction(action);
        m_pageActions << action;
    };
    if (m_session.has(Role::Clerk) || m_session.has(Role::Manager))
        add(new TransactionsPage(m_session, this));
    if (m_session.has(Role::Moderator))
        add(new ModerationPage(m_session, this));
    if (m_session.has(Role::Editor) || m_session.has(Role::Moderator))
        add(new TopicsPage(m_session, this));
    if (m_session.has(Role::Editor))
        add(new PollDesignerPage(m_session, this));
    if (m_session.has(Role::Manager))
        add(new DashboardsPage(m_session, this));
    if (m_session.has(Role::Admin))
        add(new AdministrationPage(m_session, this));
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (Page *p : m_pages)
        keys << p->key();
    return keys;
}

bool MainWindow::showPage(const QString &key)
{
    const int index = int(pageKeys().indexOf(key));
    if (index >= 0)
        m_nav->setCurrentRow(index);
    return index >= 0;
}

void MainWindow::updateNavText(Page *page)
{
    const int index = int(m_pages.indexOf(page));
    if (index < 0)
        return;
    const QString badge = page->badge();
    m_nav->item(index)->setText(badge.isEmpty() ? page->title()
                                                : tr("%1 (%2)").arg(page->title(), badge));
    m_nav->item(index)->setToolTip(page->badgeToolTip());
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> actions{m_refresh, m_signOut, m_quit, m_arabic, m_english, m_shortcuts};
    actions += m_pageActions;
    if (const Page *page = currentPage())
        actions += page->shortcutActions();
    return actions;
}

QString MainWindow::statusText() const
{
    return QStringList{m_userLabel->text(),
                       m_rolesLabel->text(),
                       m_dateLabel->text(),
                       m_databaseLabel->text(),
                       m_connectionLabel->text()}
        .join(QLatin1String(" | "));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const QString language = LanguageManager::instance().language();
    setWindowTitle(tr("Diwan - %1").arg(m_session.profile.displayName()));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_refresh->setText(tr("&Refresh"));
    m_signOut->setText(tr("Sign &out"));
    m_quit->setText(tr("&Quit"));
    // Each language names itself.
    m_arabic->setText(QStringLiteral(u"\u0627\u0644\u0639\u0631\u0628\u064a\u0629"));
    m_english->setText(QStringLiteral("English"));
    m_arabic->setChecked(language == QLatin1String("ar"));
    m_english->setChecked(language == QLatin1String("en"));
    m_arabicDigits->setText(tr("Arabic-Indic &digits"));
    m_arabicDigits->setChecked(LanguageManager::instance().digits()
                               == Presenter::Digits::ArabicIndic);
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About Diwan"));
    for (int i = 0; i < m_pages.size(); ++i) {
        updateNavText(m_pages.at(i));
        m_pageActions.at(i)->setText(tr("Go to %1").arg(m_pages.at(i)->title()));
    }
    m_userLabel->setText(tr("User: %1").arg(m_session.displayName(language)));
    m_rolesLabel->setText(tr("Roles: %1").arg(RoleNames::displayNames(m_session.roles)));
    // Today in both calendars, in Doha.
    m_dateLabel->setText(Presenter::current().dateWithHijri(
        QDateTime::currentDateTimeUtc().toTimeZone(Presenter::timeZone()).date()));
    m_databaseLabel->setText(
        m_session.profile.isPostgres()
            ? tr("PostgreSQL: %1").arg(ArabicText::isolateLtr(m_session.profile.displayName()))
            : tr("Demo database (SQLite): %1")
                  .arg(ArabicText::isolateLtr(m_session.profile.displayName())));
    if (!m_session.readConnectionName.isEmpty())
        m_databaseLabel->setText(
            tr("%1; reads from %2")
                .arg(m_databaseLabel->text(),
                     ArabicText::isolateLtr(m_session.readProfile.displayName())));
    else if (m_session.readReplicaRequested)
        m_databaseLabel->setToolTip(tr("The read replica could not be opened: searches and "
                                       "dashboards read from the central database."));
    setConnectionState(m_state);
}

void MainWindow::refreshAll()
{
    for (Page *p : m_pages)
        p->refresh();
}

void MainWindow::setConnectionState(ConnectionState state)
{
    const bool changed = state != m_state;
    m_state = state;
    switch (state) {
    case ConnectionState::Connected:
        m_connectionLabel->setText(tr("Connected"));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #1b7a3a;"));
        break;
    case ConnectionState::Lost:
        m_connectionLabel->setText(tr("Connection lost"));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #b01c2e; font-weight: bold;"));
        break;
    case ConnectionState::Reconnecting:
        m_connectionLabel->setText(tr("Connection lost - reconnecting..."));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #b01c2e; font-weight: bold;"));
        break;
    }
    if (changed)
        emit connectionStateChanged(state);
}

void MainWindow::checkConnection()
{
    // The read replica comes back by itself too; meanwhile pages read from the central database.
    if (!m_session.readConnectionName.isEmpty()
        && !Database::isAlive(QSqlDatabase::database(m_session.readConnectionName, false))) {
        ConnectionProfile replica = m_session.readProfile;
        replica.user = m_session.login;
        Database::open(replica, m_password, m_session.readConnectionName);
    }
    if (Database::isAlive(QSqlDatabase::database(m_session.connectionName, false))) {
        if (m_state != ConnectionState::Connected) {
            setConnectionState(ConnectionState::Connected);
            refreshAll();
        }
        return;
    }
    // QPSQL reports a dropped server once, then fails silently: reopen from scratch. Pages keep
    // what is on screen; nothing typed is thrown away.
    setConnectionState(ConnectionState::Reconnecting);
    m_monitor.setInterval(3000);
    ConnectionProfile p = m_session.profile;
    if (p.isPostgres())
        p.user = m_session.login;
    if (Database::open(p, m_password, m_session.connectionName).ok()) {
        m_monitor.setInterval(10000);
        m_watcher->start(); // a new connection has no subscriptions
        setConnectionState(ConnectionState::Connected);
        refreshAll();
    }
}

void MainWindow::showDatabaseError(const DbError &error)
{
    if (error.kind == DbError::Kind::ConnectionLost || error.kind == DbError::Kind::Unreachable) {
        setConnectionState(ConnectionState::Lost);
        QTimer::singleShot(0, this, &MainWindow::checkConnection);
        return;
    }
    statusBar()->showMessage(error.userMessage(), 15000);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutActions(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this,
        tr("About Diwan"),
        tr("<h3>Diwan %1</h3><p>The back office of the Ministry of Interior website: e-service "
           "transactions, moderation of issues for discussion, opinion polls and dashboards.</p>")
            .arg(QStringLiteral(DIWAN_VERSION)));
}
