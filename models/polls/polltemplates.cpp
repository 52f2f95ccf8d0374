#include "polls/polltemplates.h"

#include "polls/polljson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Polls {

const QList<PollTemplate> &pollTemplates()
{
    static const QList<PollTemplate> all = [] {
        QList<PollTemplate> out;
        QFile f(QStringLiteral(":/templates/poll_templates.json"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray list = QJsonDocument::fromJson(f.readAll())
                                    .object()
                                    .value(QLatin1String("templates"))
                                    .toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject t = v.toObject();
            const JsonImport read = PollJson::fromJson(
                QJsonDocument(t.value(QLatin1String("poll")).toObject()).toJson());
            if (!read.poll) {
                qWarning("poll template %s: %s",
                         qPrintable(t.value(QLatin1String("name_en")).toString()),
                         qPrintable(read.error));
                continue;
            }
            out.append({t.value(QLatin1String("name_ar")).toString(),
                        t.value(QLatin1String("name_en")).toString(),
                        *read.poll});
        }
        return out;
    }();
    return all;
}

} // namespace Polls
