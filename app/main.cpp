// diwan: the desktop back office. Wiring only: options, sign-in, main window, screenshots.
#include "db/database.h"
#include "db/migrator.h"
#include "demo/seeder.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "shell/screenshotter.h"
#include "shell/signindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTextStream>

#include <memory>
#include <thread>

#ifdef DIWAN_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QCommandLineParser &parser, const QString &message)
{
    err() << "diwan: " << message << "\n\n" << parser.helpText();
    err().flush();
    return 2;
}

QString demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.db"));
}

// Creates and seeds the demo database the first time; an existing one is only migrated.
DbError ensureDemoDatabase(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool fresh = !QFileInfo::exists(path);
    const QString connection = QStringLiteral("demo-setup");
    const ConnectionProfile profile = ConnectionProfile::sqlite(path);
    DbError e = Database::open(profile, {}, connection);
    if (e.ok()) {
        QSqlDatabase db = QSqlDatabase::database(connection);
        e = Migrator(db).migrate();
        if (e.ok() && (fresh || !Seeder::isSeeded(db))) {
            err() << "diwan: creating the demo database " << path << "\n";
            err().flush();
            Seeder::Options options;
            options.profile = profile;
            options.portalPollAnswers = true;
            e = Seeder::seed(db, options);
        }
    }
    Database::close(connection);
    if (!e.ok() && fresh)
        QFile::remove(path);
    return e;
}

QString demoPassword(const QString &login)
{
    for (const auto &a : Seeder::demoAccounts()) {
        if (a.login == login)
            return a.password;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef DIWAN_HAVE_FONTCONFIG
    // Fontconfig reads its configuration and font caches (some 5 ms) the first time text is laid
    // out: in the sign-in window, after QApplication is up. Read them meanwhile on the other core;
    // Qt's own FcInit then finds them ready (tests/bench, cold_start).
    std::thread fontconfig([] { FcInit(); });
#endif
    QApplication app(argc, argv);
#ifdef DIWAN_HAVE_FONTCONFIG
    fontconfig.join();
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("Diwan"));
    QCoreApplication::setApplicationName(QStringLiteral("diwan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIWAN_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Diwan"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Diwan: back office of the Ministry of Interior website"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("sqlite:///path.db or postgresql://user@host:port/db?sslmode=..."),
        QStringLiteral("URL"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("open the demo SQLite database (created if missing)"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("render every page and main dialog to DIR and exit"),
        QStringLiteral("DIR"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("ar, en or both (screenshots)"),
                                            QStringLiteral("LANG"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("user name to sign in with"),
                                        QStringLiteral("NAME"));
    const QCommandLineOption replicaOption(
        QStringLiteral("read-replica"),
        QStringLiteral("postgresql://host:port/db?...: a hot standby for searches and dashboards"),
        QStringLiteral("URL"));
    parser.addOptions(
        {databaseOption, demoOption, screenshotsOption, languageOption, userOption, replicaOption});

    if (!parser.parse(app.arguments()))
        return usageError(parser, parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "diwan " << DIWAN_VERSION << "\n";
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            parser,
            QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first()));
    const QString language = parser.value(languageOption);
    const bool screenshots = parser.isSet(screenshotsOption);
    if (!language.isEmpty() && language != QLatin1String("ar") && language != QLatin1String("en")
        && !(screenshots && language == QLatin1String("both")))
        return usageError(
            parser, QStringLiteral("--language must be ar or en (or both with --screenshots)"));
    if (parser.isSet(demoOption) && parser.isSet(databaseOption))
        return usageError(parser, QStringLiteral("use either --demo or --database, not both"));

    std::optional<ConnectionProfile> profile;
    if (parser.isSet(databaseOption)) {
        QString urlError;
        profile = ConnectionProfile::fromUrl(parser.value(databaseOption), &urlError);
        if (!profile)
            return usageError(parser, QStringLiteral("malformed database URL: %1").arg(urlError));
    }

    std::optional<ConnectionProfile> replica;
    if (parser.isSet(replicaOption)) {
        QString urlError;
        replica = ConnectionProfile::fromUrl(parser.value(replicaOption), &urlError);
        if (!replica)
            return usageError(parser,
                              QStringLiteral("malformed read replica URL: %1").arg(urlError));
        if (!replica->isPostgres() || !profile || !profile->isPostgres())
            return usageError(
                parser, QStringLiteral("--read-replica needs a PostgreSQL --database and replica"));
    }
    // The session with its read replica opened, when one was given; if it cannot be used, Diwan
    // reads from the central database and says so.
    auto withReplica = [&](Session s, const QString &pw) {
        if (replica) {
            if (DbError e = openReadReplica(s, *replica, pw); !e.ok())
                err() << "diwan: the read replica is not used: " << e.toString() << "\n";
        }
        return s;
    };

    LanguageManager::instance().restore();
    if (language == QLatin1String("ar") || language == QLatin1String("en"))
        LanguageManager::instance().setLanguage(language);

    const bool demo = parser.isSet(demoOption) || (screenshots && !profile);
    if (demo) {
        const QString path = demoDatabasePath();
        if (DbError e = ensureDemoDatabase(path); !e.ok()) {
            err() << "diwan: the demo database could not be prepared: " << e.toString() << "\n";
            return 1;
        }
        profile = ConnectionProfile::sqlite(path);
    }

    QString user = parser.value(userOption);
    QString password = qEnvironmentVariable("DIWAN_PASSWORD");
    // Screenshots of a database given by URL with no --user: the demo administrator, if the
    // database has the demo accounts (a seeded one does). An empty user name is never tried.
    const bool guessedUser = user.isEmpty() && (demo || (screenshots && password.isEmpty()));
    if (screenshots && user.isEmpty() && !guessedUser)
        return usageError(parser,
                          QStringLiteral("--screenshots with DIWAN_PASSWORD needs --user NAME"));
    if (guessedUser)
        user = QStringLiteral("demo");
    if (guessedUser && password.isEmpty())
        password = demoPassword(user);

    if (screenshots) {
        const SignInResult r = signIn(*profile, user, password, QStringLiteral("main"));
        if (!r.error.ok() && guessedUser && !demo) {
            err() << "diwan: no --user given, and this database has no demo administrator (" << user
                  << ") to sign in as: give --user NAME and set DIWAN_PASSWORD.\n";
            return 1;
        }
        if (!r.error.ok()) {
            err() << "diwan: cannot sign in as " << user << ": " << r.error.toString() << "\n";
            return 1;
        }
        MainWindow window(withReplica(r.session, password), password);
        QStringList languages{language.isEmpty() ? LanguageManager::instance().language()
                                                 : language};
        if (language == QLatin1String("both"))
            languages = {QStringLiteral("ar"), QStringLiteral("en")};
        QString error;
        const QStringList files
            = Screenshotter::renderAll(window, parser.value(screenshotsOption), languages, &error);
        if (!error.isEmpty()) {
            err() << "diwan: " << error << "\n";
            return 1;
        }
        QTextStream out(stdout);
        for (const QString &f : files)
            out << f << "\n";
        return 0;
    }

    // Interactive: sign in, work, sign out and in again, until the user quits.
    std::unique_ptr<MainWindow> window;
    std::function<void()> showSignIn;
    bool autoSubmit = !password.isEmpty();
    showSignIn = [&]() {
        SignInDialog dialog;
        if (profile)
            dialog.setDatabaseUrl(profile->toUrl());
        if (!user.isEmpty())
            dialog.setUser(user);
        if (autoSubmit) {
            dialog.setPassword(password);
            dialog.submit();
            autoSubmit = false;
        }
        if (dialog.exec() != QDialog::Accepted) {
            QCoreApplication::exit(0);
            return;
        }
        window = std::make_unique<MainWindow>(withReplica(dialog.session(), dialog.password()),
                                              dialog.password());
        QObject::connect(window.get(), &MainWindow::signOutRequested, &app, [&]() {
            window->hide();
            window.release()->deleteLater();
            Database::close(QStringLiteral("main"));
            Database::close(QStringLiteral("main-read"));
            QMetaObject::invokeMethod(&app, showSignIn, Qt::QueuedConnection);
        });
        window->show();
    };
    QMetaObject::invokeMethod(&app, showSignIn, Qt::QueuedConnection);
    return app.exec();
}
