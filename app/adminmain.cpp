// diwan-admin: the administrator's command line (migrate, seed, create-staff, normalize).
#include "administration/staffadmin.h"
#include "common/arabictext.h"
#include "dashboards/rollupcommand.h"
#include "db/connectionprofile.h"
#include "db/database.h"
#include "db/migrator.h"
#include "demo/seeder.h"
#include "polls/pollcommand.h"
#include "searchcommand.h"
#include "simulation/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTextStream>

#include <cstdio>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

const char usage[]
    = "Usage: diwan-admin COMMAND [options]\n"
      "\n"
      "Commands:\n"
      "  migrate --database URL            create or upgrade the schema; prints the version\n"
      "  seed --database URL [--scale N] [--seed S]\n"
      "                                    load deterministic demo or benchmark data\n"
      "  create-staff --database URL --login NAME --roles clerk,moderator,editor,manager,admin\n"
      "               [--name-ar TEXT] [--name-en TEXT] --password-stdin\n"
      "                                    create a staff account\n"
      "  normalize TEXT                    print the Arabic search normalisation of TEXT\n"
      "  demo-accounts                     print the demo database's accounts\n"
      "  poll import --database URL [--dry-run] [--login NAME] FILE\n"
      "                                    import a poll (Diwan JSON or LimeSurvey .lss) as a\n"
      "                                    draft and print the import report (--login: the\n"
      "                                    editor on SQLite); exit 0 imported, 1 refused\n"
      "  poll export --database URL ID     print the poll as Diwan JSON\n"
      "  rollup --database URL [--check]   rebuild every dashboard rollup from the raw rows;\n"
      "                                    --check compares instead, exit 1 on a difference\n"
      "  search --database URL [--in transactions|contributions|all] [--limit N] [--] TEXT\n"
      "                                    the GUI's search: one line per match, AREA, ID and\n"
      "                                    the text with what matched in [brackets]; exit 0\n"
      "                                    with matches or \"nothing found\", 1 on a database\n"
      "                                    error (-- before a TEXT that starts with a dash)\n"
      "  simulate --database URL [--rate N] [--duration S] [--seed S]\n"
      "                                    play the public website through its entry points\n"
      "                                    (PostgreSQL: as a diwan_portal login): N requests a\n"
      "                                    second (20) for S seconds (10); prints what was sent\n"
      "                                    and refused; exit 1 on a database error\n"
      "\n"
      "URL: sqlite:///absolute/path.db or postgresql://user@host:port/dbname?sslmode=...\n"
      "The password for PostgreSQL is read from DIWAN_PASSWORD (never from the command line).\n";

int usageError(const QString &message)
{
    if (!message.isEmpty())
        err() << "diwan-admin: " << message << "\n\n";
    err() << usage;
    err().flush();
    return 2;
}

int fail(const QString &message)
{
    err() << "diwan-admin: " << message << "\n";
    err().flush();
    return 1;
}

QString readPasswordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("diwan-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIWAN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Diwan administration"));
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("migrate, seed, create-staff, normalize, demo-accounts, poll, search"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("database URL"), QStringLiteral("URL"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"), QStringLiteral("transactions to create"), QStringLiteral("N"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("S"));
    const QCommandLineOption loginOption(
        QStringLiteral("login"), QStringLiteral("login name"), QStringLiteral("NAME"));
    const QCommandLineOption rolesOption(
        QStringLiteral("roles"), QStringLiteral("comma-separated roles"), QStringLiteral("ROLES"));
    const QCommandLineOption nameArOption(QStringLiteral("name-ar"),
                                          QStringLiteral("display name in Arabic"),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption nameEnOption(QStringLiteral("name-en"),
                                          QStringLiteral("display name in English"),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption passwordStdinOption(
        QStringLiteral("password-stdin"),
        QStringLiteral("read the new password from standard input"));
    const QCommandLineOption noAccountsOption(QStringLiteral("no-accounts"),
                                              QStringLiteral("seed without demo accounts"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("simulate: requests per second"),
                                        QStringLiteral("N"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"), QStringLiteral("simulate: seconds"), QStringLiteral("S"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          QStringLiteral("poll import: check and report only"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QStringLiteral("rollup: compare, do not rebuild"));
    const QCommandLineOption inOption(QStringLiteral("in"),
                                      QStringLiteral("search: transactions, contributions or all"),
                                      QStringLiteral("AREA"));
    const QCommandLineOption limitOption(
        QStringLiteral("limit"), QStringLiteral("search: matches per area"), QStringLiteral("N"));
    parser.addOptions({checkOption,
                       databaseOption,
                       inOption,
                       limitOption,
                       scaleOption,
                       seedOption,
                       loginOption,
                       rolesOption,
                       nameArOption,
                       nameEnOption,
                       passwordStdinOption,
                       noAccountsOption,
                       dryRunOption,
                       rateOption,
                       durationOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out() << usage;
        return 0;
    }
    if (parser.isSet(versionOption)) {
        out() << "diwan-admin " << DIWAN_VERSION << "\n";
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = args.first();

    if (command == QLatin1String("normalize")) {
        if (args.size() < 2)
            return usageError(QStringLiteral("normalize needs the TEXT to normalise"));
        out() << ArabicText::normalize(args.mid(1).join(QLatin1Char(' '))) << "\n";
        return 0;
    }
    if (command == QLatin1String("demo-accounts")) {
        out() << "Demo accounts (demo database only):\n";
        for (const auto &a : Seeder::demoAccounts())
            out() << "  " << a.login.leftJustified(12)
                  << " password: " << a.password.leftJustified(16)
                  << " roles: " << RoleNames::keys(a.roles).join(QLatin1Char(',')) << "\n";
        return 0;
    }

    static const QStringList known{QStringLiteral("migrate"),
                                   QStringLiteral("seed"),
                                   QStringLiteral("create-staff"),
                                   QStringLiteral("poll"),
                                   QStringLiteral("rollup"),
                                   QStringLiteral("search"),
                                   QStringLiteral("simulate")};
    if (!known.contains(command))
        return usageError(QStringLiteral("unknown command: %1").arg(command));
    const bool poll = command == QLatin1String("poll");
    if (poll
        && (args.size() != 3
            || (args.at(1) != QLatin1String("import") && args.at(1) != QLatin1String("export"))))
        return usageError(QStringLiteral("poll needs import FILE or export ID"));
    bool pollIdOk = true;
    const qint64 pollId
        = poll && args.at(1) == QLatin1String("export") ? args.at(2).toLongLong(&pollIdOk) : 0;
    if (!pollIdOk || (poll && args.at(1) == QLatin1String("export") && pollId <= 0))
        return usageError(QStringLiteral("poll export needs a poll ID"));
    const bool search = command == QLatin1String("search");
    if (search && args.size() < 2)
        return usageError(QStringLiteral("search needs the TEXT to search for"));
    if (!poll && !search && args.size() > 1)
        return usageError(QStringLiteral("unexpected argument: %1").arg(args.at(1)));
    auto area = SearchCommand::Area::All;
    if (parser.isSet(inOption)) {
        const QString in = parser.value(inOption);
        if (in == QLatin1String("transactions"))
            area = SearchCommand::Area::Transactions;
        else if (in == QLatin1String("contributions"))
            area = SearchCommand::Area::Contributions;
        else if (in != QLatin1String("all"))
            return usageError(
                QStringLiteral("--in needs transactions, contributions or all, not %1").arg(in));
    }
    bool limitOk = true;
    const int limit = parser.isSet(limitOption) ? parser.value(limitOption).toInt(&limitOk) : 50;
    if (!limitOk || limit < 1 || limit > 10000)
        return usageError(QStringLiteral("--limit needs a number from 1 to 10000"));
    if (!parser.isSet(databaseOption))
        return usageError(QStringLiteral("%1 needs --database URL").arg(command));
    QString urlError;
    const auto profile = ConnectionProfile::fromUrl(parser.value(databaseOption), &urlError);
    if (!profile)
        return usageError(QStringLiteral("malformed database URL: %1").arg(urlError));

    // For create-staff the new password comes first on stdin; the connection password from
    // the environment.
    QString newPassword;
    if (command == QLatin1String("create-staff")) {
        if (!parser.isSet(loginOption) || !parser.isSet(rolesOption)
            || !parser.isSet(passwordStdinOption))
            return usageError(
                QStringLiteral("create-staff needs --login, --roles and --password-stdin"));
        QString unknown;
        RoleNames::parse(parser.value(rolesOption), &unknown);
        if (!unknown.isEmpty())
            return usageError(QStringLiteral("unknown role: %1").arg(unknown));
        newPassword = readPasswordFromStdin();
    }
    bool scaleOk = true;
    const qint64 scale
        = parser.isSet(scaleOption) ? parser.value(scaleOption).toLongLong(&scaleOk) : 0;
    if (!scaleOk || scale < 0)
        return usageError(QStringLiteral("--scale needs a non-negative number"));
    bool seedOk = true;
    const quint64 seedValue
        = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong(&seedOk) : 2026;
    if (!seedOk)
        return usageError(QStringLiteral("--seed needs a number"));

    // simulate: "--rate 20" or "--rate 20/s", "--duration 10".
    Simulation::Options simulation;
    if (command == QLatin1String("simulate")) {
        bool ok = true;
        QString rate = parser.value(rateOption);
        rate.remove(QLatin1String("/s"));
        if (parser.isSet(rateOption))
            simulation.rate = rate.toInt(&ok);
        if (!ok || simulation.rate <= 0 || simulation.rate > 10000)
            return usageError(QStringLiteral("--rate needs a number of requests a second"));
        if (parser.isSet(durationOption))
            simulation.durationSeconds = parser.value(durationOption).toInt(&ok);
        if (!ok || simulation.durationSeconds <= 0)
            return usageError(QStringLiteral("--duration needs a number of seconds"));
        simulation.seed = parser.isSet(seedOption) ? seedValue : 1;
    }
    const QString password = qEnvironmentVariable("DIWAN_PASSWORD");
    const QString connection = QStringLiteral("admin");
    if (DbError e = Database::open(*profile, password, connection); !e.ok())
        return fail(e.toString());
    QSqlDatabase db = QSqlDatabase::database(connection);
    Migrator migrator(db);

    if (command == QLatin1String("migrate")) {
        int version = 0;
        if (DbError e = migrator.migrate(&version); !e.ok())
            return fail(e.toString());
        out() << "schema version " << version << "\n";
        return 0;
    }
    if (DbError e = migrator.checkCompatible(); !e.ok())
        return fail(e.toString());

    if (command == QLatin1String("rollup"))
        return Dashboards::runRollupCommand(db, parser.isSet(checkOption), out(), err());
    if (search)
        return SearchCommand::run(
            db, area, limit, args.mid(1).join(QLatin1Char(' ')), out(), err());
    if (poll && pollId > 0)
        return Polls::PollCommand::exportPoll(db, pollId, out(), err());
    if (poll) {
        const QString login = profile->isPostgres() ? profile->user : parser.value(loginOption);
        if (login.isEmpty() && !parser.isSet(dryRunOption))
            return usageError(QStringLiteral("poll import on SQLite needs --login NAME"));
        return Polls::PollCommand::importFile(
            &db, login, args.at(2), parser.isSet(dryRunOption), out(), err());
    }

    if (command == QLatin1String("simulate")) {
        Simulation::Report report;
        Simulation::Simulator simulator(db, simulation);
        if (DbError e = simulator.run(&report); !e.ok())
            return fail(e.toString());
        out() << report.toText();
        return report.errors() > 0 ? 1 : 0;
    }
    if (command == QLatin1String("create-staff")) {
        StaffAdmin::NewStaff staff;
        staff.login = parser.value(loginOption);
        staff.roles = RoleNames::parse(parser.value(rolesOption));
        staff.displayNameAr = parser.value(nameArOption);
        staff.displayNameEn = parser.value(nameEnOption);
        staff.password = newPassword;
        qint64 id = 0;
        if (DbError e = StaffAdmin::createStaff(db, staff, &id); !e.ok())
            return fail(e.toString());
        out() << "created " << staff.login << " (staff id " << id << ", roles "
              << RoleNames::keys(staff.roles).join(QLatin1Char(',')) << ")\n";
        return 0;
    }

    // seed
    Seeder::Options options;
    if (scale > 0)
        options.transactions = scale;
    options.seed = seedValue;
    options.createAccounts = !parser.isSet(noAccountsOption);
    options.profile = *profile;
    options.password = password;
    QElapsedTimer lastPrint;
    lastPrint.start();
    options.progress = [&](const QString &stage, qint64 done, qint64 total) {
        if (lastPrint.elapsed() < 1000 && done != total)
            return;
        lastPrint.restart();
        err() << "  " << stage << ": " << done << " / " << total << "\n";
        err().flush();
    };
    Seeder::Report report;
    if (DbError e = Seeder::seed(db, options, &report); !e.ok())
        return fail(e.toString());
    out() << "seeded " << report.services << " services, " << report.staff << " staff, "
          << report.transactions << " transactions, " << report.attachments << " attachments, "
          << report.contributions << " contributions, " << report.polls << " polls, "
          << report.pollResponses << " poll responses in " << report.milliseconds << " ms";
    if (report.milliseconds > 0)
        out() << " (" << (report.transactions * 1000 / report.milliseconds) << " transactions/s)";
    out() << "\n";
    return 0;
}
