#include "letterfixture.h"

#include "administration/staffadmin.h"
#include "auth/session.h"
#include "db/database.h"
#include "transactions/transactionservice.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace TransactionService;

LetterFixture::~LetterFixture()
{
    Database::close(clerkConnection);
    Database::close(otherConnection);
}

bool LetterFixture::setUp()
{
    LetterFixture &f = *this;
    QSqlDatabase db = f.db->db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO services (code, name_ar, name_en, category, sla_hours) "
                             "VALUES ('residence_renewal', ?, 'Residence permit renewal', "
                             "'residency', 24)"));
    q.addBindValue(QString::fromUtf16(u"\u062a\u062c\u062f\u064a\u062f \u0625\u0630\u0646 "
                                      u"\u0627\u0644\u0625\u0642\u0627\u0645\u0629"));
    if (!q.exec())
        return false;
    // Due dates order them in the queue: the clerk takes the Arabic one, then the English one.
    const struct
    {
        const char *reference;
        QString name;
        const char *language;
        const char *due;
    } rows[] = {
        {"MOI-2026-0000101",
         QString::fromUtf16(u"\u0645\u0631\u064a\u0645 \u0627\u0644\u0643\u0648\u0627\u0631\u064a"),
         "ar",
         "2030-11-21T08:00:00.000Z"},
        {"MOI-2026-0000102", QStringLiteral("John Smith"), "en", "2030-11-22T08:00:00.000Z"},
        {"MOI-2026-0000103", QStringLiteral("Amal"), "ar", "2030-11-23T08:00:00.000Z"},
    };
    q.prepare(QStringLiteral(
        "INSERT INTO transactions (reference, service_id, applicant_name, applicant_name_norm, "
        "qid, phone, language, submitted_at, due_at) VALUES (?, (SELECT id FROM services), ?, ?, "
        "'28463400123', '+974 55512345', ?, '2026-11-20T08:00:00.000Z', ?)"));
    for (const auto &r : rows) {
        q.addBindValue(QString::fromLatin1(r.reference));
        q.addBindValue(r.name);
        q.addBindValue(r.name.toLower());
        q.addBindValue(QString::fromLatin1(r.language));
        q.addBindValue(QString::fromLatin1(r.due));
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
    }
    const QString clerkLogin = f.db->uniqueLogin(QStringLiteral("clerk"));
    f.clerkLogin = clerkLogin;
    const QString otherLogin = f.db->uniqueLogin(QStringLiteral("other"));
    const StaffAdmin::NewStaff clerk{clerkLogin,
                                     QString::fromUtf16(u"\u0623\u062d\u0645\u062f "
                                                        u"\u0627\u0644\u0633\u0627\u0644\u0645"),
                                     QStringLiteral("Ahmed Al-Salem"),
                                     Role::Clerk,
                                     QStringLiteral("password-123")};
    const StaffAdmin::NewStaff other{
        otherLogin, QString(), QString(), Role::Clerk, QStringLiteral("password-123")};
    for (auto [staff, id] : {std::pair{clerk, &f.clerk}, std::pair{other, &f.other}}) {
        if (!StaffAdmin::createStaff(db, staff, id).ok())
            return false;
        q.exec(QStringLiteral(
                   "INSERT INTO staff_services (staff_id, service_id) SELECT %1, id FROM services")
                   .arg(*id));
    }
    f.clerkConnection = Database::uniqueConnectionName(QStringLiteral("letter"));
    f.otherConnection = Database::uniqueConnectionName(QStringLiteral("letter-other"));
    if (!signIn(f.db->profileFor(clerkLogin),
                clerkLogin,
                QStringLiteral("password-123"),
                f.clerkConnection)
             .error.ok()
        || !signIn(f.db->profileFor(otherLogin),
                   otherLogin,
                   QStringLiteral("password-123"),
                   f.otherConnection)
                .error.ok())
        return false;

    QSqlDatabase clerkDb = QSqlDatabase::database(f.clerkConnection);
    Claim first;
    Claim second;
    if (!takeNext(clerkDb, f.clerk, &first).ok() || !takeNext(clerkDb, f.clerk, &second).ok()
        || first.reference != QLatin1String("MOI-2026-0000101")
        || second.reference != QLatin1String("MOI-2026-0000102"))
        return false;
    Decision approve;
    approve.action = Decision::Action::Approve;
    Decision reject;
    reject.action = Decision::Action::Reject;
    reject.reasonCode = QStringLiteral("expired_passport");
    reject.reasonText = reasonText();
    if (!decide(clerkDb, f.clerk, first.id, first.version, approve).ok()
        || !decide(clerkDb, f.clerk, second.id, second.version, reject).ok())
        return false;
    f.approved = first.id;
    f.rejected = second.id;
    f.submitted = scalar(
        QStringLiteral("SELECT id FROM transactions WHERE reference = 'MOI-2026-0000103'"));
    return f.submitted > 0;
}

qint64 LetterFixture::scalar(const QString &sql) const
{
    QSqlQuery q(db->db());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}
