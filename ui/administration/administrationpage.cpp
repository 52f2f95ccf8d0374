#include "administration/administrationpage.h"

#include "auth/roles.h"
#include "common/boundedquerymodel.h"
#include "common/domaintext.h"
#include "common/overviewqueries.h"
#include "common/presenter.h"
#include "db/dialect.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using Kind = BoundedQueryModel::Kind;

AdministrationPage::AdministrationPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_staff(new BoundedQueryModel(this))
    , m_services(new BoundedQueryModel(this))
{
    setUpHeader();
    m_staff->setColumns({
        {[this] { return tr("Login"); }, Kind::Code, "login"},
        {[this] { return tr("Name"); }, Kind::Name, "display_name_ar", "display_name_en"},
        {[this] { return tr("Roles"); },
         Kind::Mapped,
         "roles",
         {},
         [](const QVariant &v) {
             return RoleNames::displayNames(RoleNames::parse(v.toString()));
         }},
        {[this] { return tr("Active"); },
         Kind::Mapped,
         "active",
         {},
         [this](const QVariant &v) {
             return v.toBool() ? tr("Yes") : tr("No");
         }},
    });
    m_services->setColumns({
        {[this] { return tr("Code"); }, Kind::Code, "code"},
        {[this] { return tr("Service"); }, Kind::Text, "name_ar", "name_en"},
        {[this] { return tr("Category"); },
         Kind::Mapped,
         "category",
         {},
         [](const QVariant &v) {
             return DomainText::serviceCategory(v.toString());
         }},
        {[this] { return tr("SLA"); },
         Kind::Mapped,
         "sla_hours",
         {},
         [](const QVariant &v) {
             return Presenter::current().duration(v.toLongLong() * 3600);
         }},
        {[this] { return tr("Documents"); }, Kind::Number, "documents"},
    });
    m_staffLabel = new QLabel(this);
    m_servicesLabel = new QLabel(this);
    auto *staff = makeTable();
    staff->setModel(m_staff);
    staff->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    staff->horizontalHeader()->setStretchLastSection(true);
    auto *services = makeTable();
    services->setModel(m_services);
    services->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    services->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    services->horizontalHeader()->setStretchLastSection(false);
    m_layout->addWidget(m_staffLabel);
    m_layout->addWidget(staff, 2);
    m_layout->addWidget(m_servicesLabel);
    m_layout->addWidget(services, 3);
    retranslate();
}

void AdministrationPage::retranslate()
{
    setHeaderText(tr("Administration"),
                  tr("Staff accounts and the service catalogue. Create accounts with diwan-admin "
                     "create-staff."));
    m_staffLabel->setText(tr("Staff"));
    m_servicesLabel->setText(tr("Service catalogue"));
    m_staff->retranslate();
    m_services->retranslate();
}

void AdministrationPage::refresh()
{
    const Dialect d = Dialect::of(db());
    report(m_staff->load(db(), OverviewQueries::staff(d), {}, 1000));
    report(m_services->load(db(), OverviewQueries::services(d), {}, 1000));
}
