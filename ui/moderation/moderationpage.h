#pragma once

#include "shell/page.h"

class BoundedQueryModel;

// Moderation work area: public contributions waiting for review, oldest first.
class ModerationPage : public Page
{
    Q_OBJECT
public:
    explicit ModerationPage(const Session &session, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("moderation"); }
    QString title() const override { return tr("Moderation"); }
    void refresh() override;

protected:
    void retranslate() override;

private:
    BoundedQueryModel *m_pending = nullptr;
};
