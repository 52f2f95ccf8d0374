// libFuzzer target: the message templates sent to applicants. The input is split in two at its
// first newline: a template, and a value typed by a citizen (their name) that must come out as
// typed, never read as a template itself.
#include "common/templatetext.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString templ = input.section(QLatin1Char('\n'), 0, 0);
    const QString typed = input.section(QLatin1Char('\n'), 1);
    const QHash<QString, QString> values{{QStringLiteral("name"), typed},
                                         {QStringLiteral("reference"), QStringLiteral("MOI-1")}};
    // The citizen's value comes out exactly as typed, whatever braces it holds.
    const QString letter
        = TemplateText::fill(QStringLiteral("Dear {name}, ref {reference}."), values);
    if (letter != QStringLiteral("Dear ") + typed + QStringLiteral(", ref MOI-1."))
        abort();
    // Any template: text without braces is left alone; nothing grows past one value per brace.
    const QString filled = TemplateText::fill(templ, values);
    if (!templ.contains(QLatin1Char('{')) && filled != templ)
        abort();
    if (filled.size() > templ.size() + templ.count(QLatin1Char('{')) * (typed.size() + 5))
        abort();
    return 0;
}
