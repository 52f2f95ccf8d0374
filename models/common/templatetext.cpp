#include "common/templatetext.h"

namespace TemplateText {

QString fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), i);
        if (open < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        const qsizetype close = text.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0) {
            out += QStringView(text).mid(open);
            break;
        }
        const QString key = text.mid(open + 1, close - open - 1);
        const auto it = values.constFind(key);
        if (it != values.cend() && !key.contains(QLatin1Char('{'))) {
            out += *it;
            i = close + 1;
        } else {
            out += QLatin1Char('{'); // not a variable: keep the brace, look again after it
            i = open + 1;
        }
    }
    return out;
}

} // namespace TemplateText
