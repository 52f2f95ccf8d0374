#pragma once

#include <QString>

// What a person has typed and not yet sent, kept on this computer so that it survives Diwan
// being closed, killed or the computer restarting: one small file per thing being written, in
// the user's data folder, under a folder of its own per database and user (so that one account
// never sees another's drafts). Written atomically (QSaveFile): a crash leaves the last whole
// draft, never half of one. Drafts may hold personal data of applicants; they live only in the
// user's own profile and are deleted as soon as the text is sent or emptied.
class DraftStore
{
public:
    // `scope` names the database and the user, e.g. the profile URL and the login.
    explicit DraftStore(const QString &scope);

    // Empty or blank text removes the draft.
    bool save(const QString &key, const QString &text) const;
    QString load(const QString &key) const;
    void remove(const QString &key) const;
    QString folder() const { return m_folder; }

private:
    QString path(const QString &key) const;
    QString m_folder;
};
