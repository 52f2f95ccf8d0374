#include "shell/signindialog.h"

#include "common/arabictext.h"
#include "db/database.h"
#include "ui_signindialog.h"

#include <QFileInfo>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
{
    m_ui->setupUi(this);
    m_ui->progressBar->hide();
    // A palette, not a style sheet: a style sheet would bring up Qt's CSS machinery before the
    // first window appears (cold start, tests/bench).
    QPalette warning = m_ui->messageLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x2e));
    m_ui->messageLabel->setPalette(warning);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<SignInResult>::finished, this, &SignInDialog::finished);
    // The profile's name; its address under "Advanced" (for those who set up connections).
    connect(m_ui->databaseCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_ui->addressEdit->setText(m_ui->databaseCombo->itemData(index).toString());
    });
    connect(m_ui->advancedButton, &QToolButton::toggled, this, &SignInDialog::showAdvanced);
    loadRecentProfiles();
    showAdvanced(m_ui->databaseCombo->count() == 0);
    m_ui->userEdit->setText(QSettings().value(QStringLiteral("signin/user")).toString());
}

QString SignInDialog::profileName(const ConnectionProfile &profile)
{
    if (!profile.isPostgres()) {
        const QString file = QFileInfo(profile.path).fileName();
        return file == QLatin1String("demo.db") ? tr("Demo database (on this computer)")
                                                : tr("Database on this computer (%1)").arg(file);
    }
    if (profile.host.isEmpty() || profile.host == QLatin1String("localhost")
        || profile.host.startsWith(QLatin1String("127.")))
        return tr("Ministry database \"%1\" (this computer)")
            .arg(ArabicText::isolateLtr(profile.database));
    return tr("Ministry database \"%1\" on %2")
        .arg(ArabicText::isolateLtr(profile.database), ArabicText::isolateLtr(profile.host));
}

void SignInDialog::showAdvanced(bool shown)
{
    const QSignalBlocker blocker(m_ui->advancedButton);
    m_ui->advancedButton->setChecked(shown);
    m_ui->addressLabel->setVisible(shown);
    m_ui->addressEdit->setVisible(shown);
}

void SignInDialog::addProfile(const QString &url)
{
    const auto profile = ConnectionProfile::fromUrl(url);
    if (!profile || m_ui->databaseCombo->findData(profile->toUrl()) >= 0)
        return;
    m_ui->databaseCombo->addItem(profileName(*profile), profile->toUrl());
}

SignInDialog::~SignInDialog()
{
    // A late answer from the worker is simply dropped.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void SignInDialog::loadRecentProfiles()
{
    const QStringList recent = QSettings().value(QStringLiteral("signin/recent")).toStringList();
    for (const QString &url : recent)
        addProfile(url);
}

void SignInDialog::setDatabaseUrl(const QString &url)
{
    addProfile(url);
    const auto profile = ConnectionProfile::fromUrl(url);
    const int index = profile ? m_ui->databaseCombo->findData(profile->toUrl()) : -1;
    if (index >= 0)
        m_ui->databaseCombo->setCurrentIndex(index);
    m_ui->addressEdit->setText(url);
    // A known profile: its name is enough; an address that does not parse is for correcting.
    showAdvanced(index < 0);
}

void SignInDialog::setUser(const QString &user)
{
    m_ui->userEdit->setText(user);
}

void SignInDialog::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

QString SignInDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool SignInDialog::isBusy() const
{
    return m_busy;
}

QString SignInDialog::message() const
{
    return m_ui->messageLabel->text();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    }
    QDialog::changeEvent(event);
}

void SignInDialog::showError(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->passwordEdit->setFocus();
    m_ui->passwordEdit->selectAll();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->databaseCombo->setEnabled(!busy);
    m_ui->addressEdit->setEnabled(!busy);
    m_ui->userEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_ui->messageLabel->setText(tr("Connecting..."));
}

void SignInDialog::submit()
{
    if (isBusy())
        return;
    QString urlError;
    // The address field holds the chosen profile's address, or what was typed under Advanced.
    const auto profile = ConnectionProfile::fromUrl(m_ui->addressEdit->text().trimmed(), &urlError);
    if (!profile) {
        showAdvanced(true);
        showError(tr("The database address is not valid: %1").arg(urlError));
        return;
    }
    const QString user = m_ui->userEdit->text().trimmed();
    if (user.isEmpty()) {
        showError(tr("Enter your user name."));
        m_ui->userEdit->setFocus();
        return;
    }
    setBusy(true);
    const QString probe = QStringLiteral("signin-probe-%1").arg(++m_attempt);
    const QString password = m_ui->passwordEdit->text();
    m_watcher.setFuture(QtConcurrent::run([profile = *profile, user, password, probe] {
        // The probe connection belongs to this worker thread: close it here.
        SignInResult r = signIn(profile, user, password, probe);
        Database::close(probe);
        return r;
    }));
}

void SignInDialog::finished()
{
    const SignInResult probe = m_watcher.result();
    if (!probe.error.ok()) {
        setBusy(false);
        showError(probe.error.userMessage());
        m_ui->messageLabel->setToolTip(probe.error.detail);
        return;
    }
    // The server answered: open the session's own connection on this (the UI) thread.
    const SignInResult r = signIn(probe.session.profile,
                                  probe.session.login,
                                  m_ui->passwordEdit->text(),
                                  QStringLiteral("main"));
    setBusy(false);
    if (!r.error.ok()) {
        showError(r.error.userMessage());
        return;
    }
    m_session = r.session;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("signin/recent")).toStringList();
    const QString url = r.session.profile.toUrl();
    recent.removeAll(url);
    recent.prepend(url);
    settings.setValue(QStringLiteral("signin/recent"), recent.mid(0, 8));
    settings.setValue(QStringLiteral("signin/user"), r.session.login);
    m_ui->messageLabel->clear();
    accept();
}
