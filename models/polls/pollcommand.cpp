#include "polls/pollcommand.h"

#include "polls/limesurveyimport.h"
#include "polls/polljson.h"
#include "polls/pollservice.h"
#include "polls/pollvalidator.h"

#include <QDateTime>
#include <QFile>

namespace Polls {

namespace {

int refuse(QTextStream &err, const QString &reason)
{
    err << "diwan-admin: refused: " << reason << "\n";
    err.flush();
    return 1;
}

bool looksLikeJson(const QByteArray &data)
{
    for (char c : data) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

} // namespace

int PollCommand::importFile(QSqlDatabase *db,
                            const QString &login,
                            const QString &file,
                            bool dryRun,
                            QTextStream &out,
                            QTextStream &err)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return refuse(err, QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
    if (f.size() > 32 * 1024 * 1024)
        return refuse(err, QStringLiteral("%1 is larger than 32 MB").arg(file));
    const QByteArray data = f.readAll();

    Poll poll;
    if (looksLikeJson(data)) {
        const JsonImport json = PollJson::fromJson(data);
        if (!json.poll)
            return refuse(err, json.error);
        poll = *json.poll;
        out << "format: Diwan poll JSON\n";
    } else {
        const LimeSurveyImport lss = LimeSurveyImporter::read(data);
        if (!lss.poll)
            return refuse(err, lss.refusal);
        poll = *lss.poll;
        out << "format: LimeSurvey survey structure (.lss)\n";
        for (const QString &line : lss.notImported)
            out << "not imported: " << line << "\n";
        for (const QString &line : lss.notes)
            out << "note: " << line << "\n";
    }
    out << "questions imported: " << poll.questions.size() << "\n";
    const QList<Problem> problems = PollValidator::validate(poll, QDateTime::currentDateTimeUtc());
    for (const Problem &p : problems)
        out << (p.severity == Problem::Severity::Error ? "problem: " : "warning: ") << p.field
            << ": " << p.message << "\n";
    out.flush();
    if (PollValidator::hasErrors(problems)) {
        for (const Problem &p : problems)
            if (p.severity == Problem::Severity::Error)
                return refuse(err,
                              QStringLiteral("%1: %2 (a draft is saved only when it has no "
                                             "problem; fix the file and import again)")
                                  .arg(p.field, p.message));
    }
    if (dryRun) {
        out << "dry run: nothing saved\n";
        return 0;
    }
    qint64 id = 0;
    int version = 0;
    if (DbError e = PollService::saveDraft(*db, login, 0, 0, poll, &id, &version); !e.ok())
        return refuse(err, e.toString());
    out << "saved as draft poll " << id << "\n";
    return 0;
}

int PollCommand::exportPoll(QSqlDatabase &db, qint64 id, QTextStream &out, QTextStream &err)
{
    StoredPoll stored;
    if (DbError e = PollService::load(db, id, &stored); !e.ok())
        return refuse(err, e.toString());
    out << QString::fromUtf8(PollJson::toJson(stored.poll));
    out.flush();
    return 0;
}

} // namespace Polls
