#pragma once

#include "auth/session.h"
#include "db/dberror.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTableView;
class QVBoxLayout;

// One work area of the main window. Pages read through the session's connection and report
// database errors to the window, which shows them in the user's language.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(const Session &session, QWidget *parent = nullptr);

    virtual QString key() const = 0;   // file-name friendly: "transactions"
    virtual QString title() const = 0; // translated
    virtual void refresh() = 0;
    // True while background loads for what is on screen are still running.
    virtual bool isBusy() const { return false; }
    // The page's own keyboard actions, for the shortcut sheet.
    virtual QList<class QAction *> shortcutActions() const { return {}; }
    // A number for the navigation beside the title (work waiting), and what it counts.
    virtual QString badge() const { return {}; }
    virtual QString badgeToolTip() const { return {}; }

signals:
    void databaseError(const DbError &error);
    // A sentence for the status bar: what just happened.
    void message(const QString &text);
    void badgeChanged();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;

    QSqlDatabase db() const;
    // For searches and dashboards: the read replica when there is one and it answers, else the
    // central database (saying so once in the status bar).
    QSqlDatabase readDb();
    // A heading and a one-line explanation at the top of the page.
    void setUpHeader();
    void setHeaderText(const QString &heading, const QString &explanation);
    QTableView *makeTable();
    void report(const DbError &error);

    const Session &m_session;
    QVBoxLayout *m_layout = nullptr;

private:
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    bool m_toldReplicaDown = false;
};
