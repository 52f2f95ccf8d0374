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
               && bind(a.resultNull, "sqlite3_result_null");
        return a;
    }();
    return loaded;
}

void searchTerms(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const Api &a = api();
    if (argc != 1 || a.valueType(argv[0]) == sqliteNull) {
        a.resultNull(context);
        return;
    }
    const auto *text = static_cast<const char16_t *>(a.valueText16(argv[0]));
    const int bytes = a.valueBytes16(argv[0]);
    const QString terms = ArabicText::searchTerms(
        QStringView(text, text ? bytes / qsizetype(sizeof(char16_t)) : 0));
    // SQLITE_TRANSIENT: SQLite copies the text.
    a.resultText16(context,
                   terms.utf16(),
                   int(terms.size() * qsizetype(sizeof(char16_t))),
                   reinterpret_cast<void (*)(void *)>(-1));
}

} // namespace

DbError install(QSqlDatabase &db)
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
                                            "(libsqlite3.so.0): search terms cannot be computed"));
    if (a.createFunction(connection,
                         "diwan_search_terms",
                         1,
                         sqliteUtf16 | sqliteDeterministic | sqliteInnocuous,
                         nullptr,
                         &searchTerms,
                         nullptr,
                         nullptr,
                         nullptr)
        != sqliteOk)
        return DbError::make(DbError::Kind::Other,
                             QStringLiteral("cannot register diwan_search_terms on SQLite"));
    return {};
}

} // namespace ArabicTextSqlite
