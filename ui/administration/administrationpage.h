#pragma once

#include "shell/page.h"

class BoundedQueryModel;
class QLabel;

// Administration work area: staff accounts and the service catalogue.
class AdministrationPage : public Page
{
    Q_OBJECT
public:
    explicit AdministrationPage(const Session &session, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("administration"); }
    QString title() const override { return tr("Administration"); }
    void refresh() override;

protected:
    void retranslate() override;

private:
    BoundedQueryModel *m_staff = nullptr;
    BoundedQueryModel *m_services = nullptr;
    QLabel *m_staffLabel = nullptr;
    QLabel *m_servicesLabel = nullptr;
};
