#pragma once

#include "shell/page.h"

class BoundedQueryModel;

// Poll designer work area: the polls, their state, questions and responses.
class PollDesignerPage : public Page
{
    Q_OBJECT
public:
    explicit PollDesignerPage(const Session &session, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("polls"); }
    QString title() const override { return tr("Poll designer"); }
    void refresh() override;

protected:
    void retranslate() override;

private:
    BoundedQueryModel *m_polls = nullptr;
};
