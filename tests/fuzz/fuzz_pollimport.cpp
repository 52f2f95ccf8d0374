// libFuzzer target: importing a poll, as Diwan JSON (PollJson::fromJson) or as a LimeSurvey
// structure file (LimeSurveyImporter::read); the first byte chooses. For every input: no crash
// or undefined behaviour, a refusal that says why; and whatever is imported exports to JSON that
// imports again as the same poll (export, import, export gives the same bytes).
#include "polls/limesurveyimport.h"
#include "polls/polljson.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 65536)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    std::optional<Polls::Poll> poll;
    if (data[0] & 1) {
        const Polls::LimeSurveyImport r = Polls::LimeSurveyImporter::read(input);
        if (!r.poll && r.refusal.isEmpty())
            abort(); // refused without saying why
        if (r.poll && r.questionsImported != r.poll->questions.size())
            abort();
        poll = r.poll;
    } else {
        const Polls::JsonImport r = Polls::PollJson::fromJson(input);
        if (!r.poll && r.error.isEmpty())
            abort();
        poll = r.poll;
    }
    if (!poll)
        return 0;
    const QByteArray exported = Polls::PollJson::toJson(*poll);
    const Polls::JsonImport again = Polls::PollJson::fromJson(exported);
    if (!again.poll) {
        std::fprintf(
            stderr, "an imported poll does not import again: %s\n", qPrintable(again.error));
        abort();
    }
    if (Polls::PollJson::toJson(*again.poll) != exported) {
        std::fprintf(stderr, "export, import, export changed the poll\n");
        abort();
    }
    return 0;
}
