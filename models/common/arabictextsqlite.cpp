#include "common/arabictextsqlite.h"

#include "common/arabictextsearch.h"

#include <QSqlDriver>
#include <QVariant>

#include <dlfcn.h>

namespace ArabicTextSqlite {

namespace {

// The few pieces of the SQLite C API this needs, declared here (a stable ABI) so that the build
// needs no SQLite headers: the functions come from the very library the Qt driver loaded.
struct sqlite3;
struct sqlite3_context;
struct sqlite3_value;
using ScalarFunction = void (*)(sqlite3_context *, int, sqlite3_value **);
using CreateFunction = int (*)(sqlite3 *,
                               const char *,
                               int,
                               int,
                               void *,
                               ScalarFunction,
                               ScalarFunction,
                               void (*)(sqlite3_context *),
                               void (*)(void *));
constexpr int sqliteOk = 0;
constexpr int sqliteNull = 5;
constexpr int sqliteUtf16 = 4;
constexpr int sqliteDeterministic = 0x800;
constexpr int sqliteInnocuous = 0x200000;

struct Api
{
    CreateFunction createFunction = nullptr;
    int (*valueType)(sqlite3_value *) = nullptr;
    const void *(*valueText16)(sqlite3_value *) = nullptr;
    int (*valueBytes16)(sqlite3_value *) = nullptr;
    void (*resultText16)(sqlite3_context *, const void *, int, void (*)(void *)) = nullptr;
    void (*resultNull)(sqlite3_context *) = nullptr;
    void *(*userData)(sqlite3_context *) = nullptr;
    bool ok = false;
};

const Api &api()
{
    static const Api loaded = [] {
        Api a;
        // Only the library already in the process (the driver's): never a second copy.
        void *handle = ::dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        if (!handle)
            return a;
        auto bind = [&](auto &fn, const char *name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(::dlsym(handle, name));
            return fn != nullptr;
        };
        a.ok = bind(a.createFunction, "sqlite3_create_function_v2")
               && bind(a.valueType, "sqlite3_value_type")
               && bind(a.valueText16, "sqlite3_value_text16")
               && bind(a.valueBytes16, "sqlite3_value_bytes16")
               && bind(a.resultText16, "sqlite3_result_text16")
               && bind(a.resultNull, "sqlite3_result_null")
               && bind(a.userData, "sqlite3_user_data");
        return a;
    }();
    return loaded;
}

QStringView textOf(const Api &a, sqlite3_value *value)
{
    if (a.valueType(value) == sqliteNull)
        return {};
    const auto *text = static_cast<const char16_t *>(a.valueText16(value));
    const int bytes = a.valueBytes16(value);
    return QStringView(text, text ? bytes / qsizetype(sizeof(char16_t)) : 0);
}

// Every registered function: its TextFunction is the user data; NULL in the first argument
// gives NULL.
void callText(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const Api &a = api();
    const auto fn = reinterpret_cast<TextFunction>(a.userData(context));
    if (argc < 1 || a.valueType(argv[0]) == sqliteNull || !fn) {
        a.resultNull(context);
        return;
    }
    QList<QStringView> args;
    args.reserve(argc);
    for (int i = 0; i < argc; ++i)
        args << textOf(a, argv[i]);
    const QString result = fn(args);
    // SQLITE_TRANSIENT: SQLite copies the text.
    a.resultText16(context,
                   result.utf16(),
                   int(result.size() * qsizetype(sizeof(char16_t))),
                   reinterpret_cast<void (*)(void *)>(-1));
}

QString searchTerms(const QList<QStringView> &args)
{
    return ArabicText::searchTerms(args.at(0));
}

} // namespace

DbError installFunction(QSqlDatabase &db, const char *name, int arguments, TextFunction fn)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return DbError::make(DbError::Kind::Other,
                             QStringLiteral("not a SQLite connection: %1").arg(db.driverName()));
    auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
    const Api &a = api();
    if (!a.ok || !connection)
        return DbError::make(DbError::Kind::DriverMissing,
                             QStringLiteral("the SQLite library of the Qt driver is not reachable "
                                            "(libsqlite3.so.0): %1 cannot be computed")
                                 .arg(QLatin1String(name)));
    if (a.createFunction(connection,
                         name,
                         arguments,
                         sqliteUtf16 | sqliteDeterministic | sqliteInnocuous,
                         reinterpret_cast<void *>(fn),
                         &callText,
                         nullptr,
                         nullptr,
                         nullptr)
        != sqliteOk)
        return DbError::make(
            DbError::Kind::Other,
            QStringLiteral("cannot register %1 on SQLite").arg(QLatin1String(name)));
    return {};
}

DbError install(QSqlDatabase &db)
{
    return installFunction(db, "diwan_search_terms", 1, &searchTerms);
}

} // namespace ArabicTextSqlite
