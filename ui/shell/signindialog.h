#pragma once

#include "auth/session.h"
#include "db/connectionprofile.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class SignInDialog;
}

// Sign-in: database profile, user, password. The connection is tried on a worker thread with a
// timeout, so an unreachable server never freezes the window; each failure gets its own
// sentence and the user can correct and retry.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setDatabaseUrl(const QString &url);
    void setUser(const QString &user);
    void setPassword(const QString &password);
    // Signs in with what the fields hold, as if OK was pressed.
    void submit();
    bool isBusy() const;
    QString message() const;

    // After accept(): the session (its connection opened on the calling thread) and password.
    const Session &session() const { return m_session; }
    QString password() const;
    // What a person calls the database: "Ministry database "diwan" on db.moi.example".
    static QString profileName(const ConnectionProfile &profile);

protected:
    void changeEvent(QEvent *event) override;

private:
    void finished();
    void setBusy(bool busy);
    void showError(const QString &message);
    void loadRecentProfiles();
    void addProfile(const QString &url);
    void showAdvanced(bool shown);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    QFutureWatcher<SignInResult> m_watcher;
    Session m_session;
    int m_attempt = 0;
    bool m_busy = false; // from submit() until its answer is shown
};
