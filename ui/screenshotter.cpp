#include "screenshotter.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "page.h"
#include "shortcutsdialog.h"
#include "signindialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPixmap>

namespace Screenshotter {

static bool save(QWidget &widget, const QString &path, QStringList &written, QString *error)
{
    QApplication::processEvents();
    if (!widget.grab().save(path)) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    written << path;
    return true;
}

QStringList
renderAll(MainWindow &window, const QString &folder, const QStringList &languages, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return written;
    }
    const QString before = LanguageManager::instance().language();
    window.show();
    for (const QString &language : languages) {
        LanguageManager::instance().setLanguage(language);
        for (const QString &key : window.pageKeys()) {
            window.showPage(key);
            QDeadlineTimer deadline(10000);
            while (window.currentPage() && window.currentPage()->isBusy() && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            if (!save(window,
                      QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(language, key)),
                      written,
                      error))
                return written;
        }
        SignInDialog signIn;
        signIn.setDatabaseUrl(
            QStringLiteral("postgresql://amal@db.moi.example:5432/diwan?sslmode=verify-full"));
        signIn.setUser(QStringLiteral("amal"));
        signIn.show();
        if (!save(signIn,
                  QDir(folder).filePath(QStringLiteral("%1-signin.png").arg(language)),
                  written,
                  error))
            return written;
        ShortcutsDialog shortcuts(window.shortcutActions(), &window);
        shortcuts.show();
        if (!save(shortcuts,
                  QDir(folder).filePath(QStringLiteral("%1-shortcuts.png").arg(language)),
                  written,
                  error))
            return written;
    }
    LanguageManager::instance().setLanguage(before);
    return written;
}

} // namespace Screenshotter
