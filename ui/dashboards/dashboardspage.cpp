#include "dashboards/dashboardspage.h"

#include "common/presenter.h"
#include "dashboards/chartfactory.h"
#include "dashboards/chartpanel.h"
#include "dashboards/dashboardreport.h"
#include "dashboards/dashboardtext.h"
#include "dashboards/hijridateedit.h"
#include "dashboards/significance.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabWidget>

namespace {

QDate todayInQatar()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(Presenter::timeZone()).date();
}

// A grid of panels, two a row, in a scroll area (nothing cut at 1280 x 800).
QWidget *panelGrid(const QList<ChartPanel *> &panels, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *grid = new QGridLayout(inner);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < panels.size(); ++i) {
        panels.at(i)->setMinimumHeight(340);
        panels.at(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        grid->addWidget(panels.at(i), i / 2, i % 2);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    scroll->setWidget(inner);
    return scroll;
}

} // namespace

DashboardsPage::DashboardsPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_loader(new DashboardLoader(session.connectionName, this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
{
    setUpHeader();
    buildFilters();
    for (ChartPanel **p :
         {&m_resultsPanel, &m_agreement, &m_breakdown, &m_trend, &m_participation, &m_comparison}) {
        *p = new ChartPanel(this);
        m_opinionPanels << *p;
    }
    for (int i = 0; i < 5; ++i)
        m_discussionPanels << new ChartPanel(this);
    for (int i = 0; i < 6; ++i)
        m_servicePanels << new ChartPanel(this);
    m_tabs->addTab(panelGrid(m_opinionPanels, m_tabs), QString());
    m_tabs->addTab(panelGrid(m_discussionPanels, m_tabs), QString());
    m_tabs->addTab(panelGrid(m_servicePanels, m_tabs), QString());
    m_status->setWordWrap(true);
    // What the figures are, and what can be done with them: the filter rows stay for filters.
    auto *row3 = new QHBoxLayout;
    row3->addWidget(m_status, 1);
    row3->addWidget(m_xlsx);
    row3->addWidget(m_pdf);
    row3->addWidget(m_print);
    m_layout->addLayout(row3);
    m_layout->addWidget(m_tabs, 1);
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardsPage::showResults);
    m_later.setSingleShot(true);
    connect(&m_later, &QTimer::timeout, this, &DashboardsPage::loadNow);
    readFilters();
    retranslate();
}

DashboardsPage::~DashboardsPage() = default;

void DashboardsPage::buildFilters()
{
    m_fromLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    // The Hijri pickers stand in the same place and are shown instead when Hijri is chosen.
    m_hijriFrom = new HijriDateEdit(this);
    m_hijriTo = new HijriDateEdit(this);
    const auto dateField = [this](QDateEdit *gregorian, HijriDateEdit *hijri) {
        auto *field = new QWidget(this);
        auto *row = new QHBoxLayout(field);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(gregorian);
        row->addWidget(hijri);
        hijri->hide();
        // Either picker keeps the other on the same day.
        connect(gregorian, &QDateEdit::dateChanged, hijri, &HijriDateEdit::setDate);
        connect(hijri, &HijriDateEdit::dateChanged, gregorian, [gregorian](const QDate &d) {
            const QSignalBlocker block(gregorian);
            gregorian->setDate(d);
        });
        return field;
    };
    QWidget *fromField = dateField(m_from, m_hijriFrom);
    QWidget *toField = dateField(m_to, m_hijriTo);
    m_calendarLabel = new QLabel(this);
    m_calendar = new QComboBox(this);
    m_calendar->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Gregorian" whole
    m_pollLabel = new QLabel(this);
    m_poll = new QComboBox(this);
    m_poll->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_poll->setMinimumContentsLength(24);
    m_questionLabel = new QLabel(this);
    m_question = new QComboBox(this);
    m_question->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_question->setMinimumContentsLength(28);
    m_segmentLabel = new QLabel(this);
    m_segment = new QComboBox(this);
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Municipality" whole
    m_weekly = new QCheckBox(this);
    m_serviceLabel = new QLabel(this);
    m_service = new QComboBox(this);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_service->setMinimumContentsLength(18);
    m_topicLabel = new QLabel(this);
    m_topic = new QComboBox(this);
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topic->setMinimumContentsLength(18);
    m_xlsx = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_print = new QPushButton(this);
    auto *print = new QShortcut(QKeySequence::Print, this);
    print->setContext(Qt::WidgetWithChildrenShortcut);
    connect(print, &QShortcut::activated, this, &DashboardsPage::askPrint);
    const QList<QPair<QLabel *, QWidget *>> pairs{{m_fromLabel, fromField},
                                                  {m_toLabel, toField},
                                                  {m_pollLabel, m_poll},
                                                  {m_questionLabel, m_question},
                                                  {m_calendarLabel, m_calendar},
                                                  {m_segmentLabel, m_segment},
                                                  {m_serviceLabel, m_service},
                                                  {m_topicLabel, m_topic}};
    for (const auto &[label, field] : pairs)
        label->setBuddy(field);
    auto *row1 = new QHBoxLayout;
    auto *row2 = new QHBoxLayout;
    for (int i = 0; i < pairs.size(); ++i) {
        QHBoxLayout *row = i < 4 ? row1 : row2;
        row->addWidget(pairs.at(i).first);
        row->addWidget(pairs.at(i).second, i == 2 || i == 3 ? 1 : 0);
        if (i == 5)
            row->addWidget(m_weekly);
    }
    row2->addStretch(1);
    m_layout->addLayout(row1);
    m_layout->addLayout(row2);

    const auto changed = [this] {
        if (m_filling)
            return;
        m_filters.from = m_from->date();
        m_filters.to = std::max(m_from->date(), m_to->date());
        m_filters.hijri = m_calendar->currentData().toString() == QLatin1String("hijri");
        m_filters.pollId = m_poll->currentData().toLongLong();
        m_filters.questionId = m_question->currentData().toLongLong();
        m_filters.segment = m_segment->currentData().toString();
        m_filters.weekly = m_weekly->isChecked();
        m_filters.serviceId = m_service->currentData().toLongLong();
        m_filters.topicId = m_topic->currentData().toLongLong();
        saveFilters();
        loadNow();
    };
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_hijriFrom, &HijriDateEdit::dateChanged, this, changed);
    connect(m_hijriTo, &HijriDateEdit::dateChanged, this, changed);
    for (QComboBox *c : {m_question, m_segment, m_service, m_topic, m_calendar})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    connect(m_poll, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (m_filling)
            return;
        const QSignalBlocker block(m_question);
        m_question->clear(); // the new poll's first question
        changed();
    });
    connect(m_weekly, &QCheckBox::toggled, this, changed);
    connect(m_xlsx, &QPushButton::clicked, this, &DashboardsPage::askExportXlsx);
    connect(m_pdf, &QPushButton::clicked, this, &DashboardsPage::askExportPdf);
    connect(m_print, &QPushButton::clicked, this, &DashboardsPage::askPrint);
}

void DashboardsPage::showCalendar(bool hijri)
{
    const QSignalBlocker block(m_calendar);
    m_calendar->setCurrentIndex(hijri ? 1 : 0);
    // The chosen calendar's pickers; the dates stay the same days.
    m_from->setVisible(!hijri);
    m_to->setVisible(!hijri);
    m_hijriFrom->setVisible(hijri);
    m_hijriTo->setVisible(hijri);
    m_fromLabel->setBuddy(hijri ? static_cast<QWidget *>(m_hijriFrom) : m_from);
    m_toLabel->setBuddy(hijri ? static_cast<QWidget *>(m_hijriTo) : m_to);
}

void DashboardsPage::readFilters()
{
    const QVariantMap saved
        = QSettings().value(QStringLiteral("dashboards/%1/filters").arg(m_session.login)).toMap();
    m_filters = DashboardFilters::fromMap(saved, todayInQatar());
}

void DashboardsPage::saveFilters() const
{
    // Per user, beside the other pages' settings.
    QSettings().setValue(QStringLiteral("dashboards/%1/filters").arg(m_session.login),
                         m_filters.toMap());
}

void DashboardsPage::setFilters(const DashboardFilters &filters)
{
    m_filters = filters;
    saveFilters();
    loadNow();
}

bool DashboardsPage::isBusy() const
{
    return m_loader->isBusy() || m_later.isActive();
}

void DashboardsPage::waitForLoaded()
{
    if (m_later.isActive()) {
        m_later.stop();
        loadNow();
    }
    m_loader->waitForFinished();
}

void DashboardsPage::refresh()
{
    // A change somewhere (NOTIFY, or SQLite's poll) refreshes at most once per interval.
    if (m_lastLoad.isValid() && m_lastLoad.elapsed() < refreshInterval) {
        if (!m_later.isActive())
            m_later.start(int(refreshInterval - m_lastLoad.elapsed()));
        return;
    }
    loadNow();
}

void DashboardsPage::loadNow()
{
    m_later.stop();
    m_lastLoad.start();
    m_status->setText(tr("Loading..."));
    m_loader->setSource(readDb().connectionName());
    m_loader->load(m_filters, todayInQatar(), m_session.has(Role::Manager));
}

void DashboardsPage::fillChoices(const DashboardLoader::Results &r)
{
    m_filling = true;
    const Presenter &p = Presenter::current();
    showCalendar(r.filters.hijri);
    m_from->setDate(r.filters.from);
    m_to->setDate(r.filters.to);
    m_hijriFrom->setDate(r.filters.from);
    m_hijriTo->setDate(r.filters.to);
    m_poll->clear();
    for (const auto &poll : r.polls)
        m_poll->addItem(poll.title, poll.id);
    m_poll->setCurrentIndex(std::max(0, m_poll->findData(r.filters.pollId)));
    m_question->clear();
    for (int i = 0; i < r.questions.size(); ++i)
        m_question->addItem(p.number(i + 1) + QStringLiteral(". ") + r.questions.at(i).text,
                            r.questions.at(i).id);
    m_question->setCurrentIndex(std::max(0, m_question->findData(r.filters.questionId)));
    m_segment->clear();
    for (const char *s : {"gender", "age_band", "nationality_group", "municipality"})
        m_segment->addItem(DashboardText::segmentName(QLatin1String(s)), QLatin1String(s));
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(r.filters.segment)));
    m_weekly->setChecked(r.filters.weekly);
    m_service->clear();
    m_service->addItem(tr("All services"), qint64(0));
    for (const auto &s : r.services)
        m_service->addItem(s.name, s.id);
    m_service->setCurrentIndex(std::max(0, m_service->findData(r.filters.serviceId)));
    m_topic->clear();
    m_topic->addItem(tr("All topics"), qint64(0));
    for (const auto &t : r.topics)
        m_topic->addItem(t.title, t.id);
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(r.filters.topicId)));
    m_filling = false;
}

void DashboardsPage::showResults(const DashboardLoader::Results &r)
{
    if (!r.error.ok()) {
        m_status->setText(r.error.userMessage());
        report(r.error);
        return;
    }
    m_results = r;
    m_filters = r.filters;
    fillChoices(r);
    const Presenter &p = Presenter::current();
    m_status->setText(tr("Figures up to %1, from the rollups; they refresh when the data "
                         "changes.")
                          .arg(p.dateTime(QDateTime::currentDateTimeUtc())));

    // Opinion.
    const OpinionDashboard::Result &o = r.opinion;
    if (o.question.id == 0) {
        m_resultsPanel->setData(DataTable(QStringLiteral("opinion-results"),
                                          tr("Results"),
                                          tr("No poll has responses yet."),
                                          {}),
                                nullptr);
    } else {
        m_resultsPanel->setData(o.results, ChartFactory::horizontalBars(o.results, 0, {2}, 3, 4));
    }
    const bool likert = o.question.kind == QLatin1String("likert");
    m_agreement->setVisible(likert);
    if (likert) {
        // The whole sample and each group, as diverging bars of the answers' shares.
        DataTable agreement(
            QStringLiteral("opinion-agreement"),
            tr("Agreement by %1").arg(DashboardText::segmentName(r.filters.segment)),
            tr("The share of each answer, agreeing to one side of zero and "
               "disagreeing to the other, for everyone and each group."),
            o.breakdown.columns);
        agreement.percentColumns = o.breakdown.percentColumns;
        QVariantList all{tr("Everyone"), o.n};
        for (const QVariantList &row : o.results.rows)
            all << row.value(2);
        agreement.rows << all;
        agreement.rows << o.breakdown.rows;
        m_agreement->setData(agreement, ChartFactory::diverging(agreement, 0, 2));
    }
    // By municipality, the share of the chosen answer on a map-like grid too (the table behind
    // the toggle); the other segments are a few rows, a table alone.
    if (r.filters.segment == QLatin1String("municipality") && o.question.id != 0)
        m_breakdown->setGrid(o.breakdown, o.breakdown.percentColumns, 1);
    else
        m_breakdown->setData(o.breakdown, nullptr);
    m_trend->setData(o.trend, ChartFactory::timeLines(o.trend, 0, 1, 4, 5, 6));
    m_participation->setData(o.participation, ChartFactory::timeLines(o.participation, 0, -1, 1));
    DataTable marked = o.comparison;
    for (QVariantList &row : marked.rows) {
        if (row.value(6).isValid() && row.value(6).toDouble() < Significance::alpha)
            row[0] = tr("%1 (changed, p = %2)")
                         .arg(row.value(0).toString(), p.decimal(row.value(6).toDouble(), 4));
    }
    m_comparison->setData(o.comparison, ChartFactory::horizontalBars(marked, 0, {2, 4}));

    // Discussions.
    const DiscussionsDashboard::Result &d = r.discussions;
    m_discussionPanels.at(0)->setData(d.perTopic, ChartFactory::timeLines(d.perTopic, 0, 1, 2));
    m_discussionPanels.at(1)->setData(d.states, ChartFactory::horizontalBars(d.states, 0, {2}));
    m_discussionPanels.at(2)->setData(d.reasons, ChartFactory::horizontalBars(d.reasons, 0, {1}));
    m_discussionPanels.at(3)->setData(d.backlog, ChartFactory::columns(d.backlog, 0, 1));
    m_discussionPanels.at(4)->setData(d.timeToDecision,
                                      ChartFactory::horizontalBars(d.timeToDecision, 0, {2, 3}));

    // Services.
    const ServicesDashboard::Result &s = r.servicesResult;
    m_servicePanels.at(0)->setData(s.byService, ChartFactory::horizontalBars(s.byService, 0, {1}));
    m_servicePanels.at(1)->setGrid(s.byMunicipality, {1});
    m_servicePanels.at(2)->setData(s.backlog, ChartFactory::columns(s.backlog, 0, 1));
    m_servicePanels.at(3)->setData(s.sla, ChartFactory::horizontalBars(s.sla, 0, {1}));
    m_servicePanels.at(4)->setData(s.timeToDecision,
                                   ChartFactory::horizontalBars(s.timeToDecision, 0, {2, 3}));
    const bool manager = m_session.has(Role::Manager);
    m_servicePanels.at(5)->setVisible(manager);
    if (manager)
        m_servicePanels.at(5)->setData(s.clerks, ChartFactory::horizontalBars(s.clerks, 0, {1}));
}

void DashboardsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

DashboardsPage::Tab DashboardsPage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

QList<ChartPanel *> DashboardsPage::panels(Tab tab) const
{
    const QList<ChartPanel *> &all = tab == Tab::Opinion       ? m_opinionPanels
                                     : tab == Tab::Discussions ? m_discussionPanels
                                                               : m_servicePanels;
    QList<ChartPanel *> shown;
    for (ChartPanel *p : all) {
        if (!p->isHidden())
            shown << p;
    }
    return shown;
}

ChartPanel *DashboardsPage::panel(const QString &key) const
{
    for (const QList<ChartPanel *> *list :
         {&m_opinionPanels, &m_discussionPanels, &m_servicePanels}) {
        for (ChartPanel *p : *list) {
            if (p->data().key == key)
                return p;
        }
    }
    return nullptr;
}

QList<DataTable> DashboardsPage::tablesOf(Tab tab) const
{
    QList<DataTable> out;
    for (ChartPanel *p : panels(tab))
        out << p->data();
    return out;
}

QString DashboardsPage::filtersText() const
{
    QStringList parts{tr("Period: %1 to %2")
                          .arg(DashboardText::dateText(m_filters.from, m_filters.hijri),
                               DashboardText::dateText(m_filters.to, m_filters.hijri))};
    switch (currentTab()) {
    case Tab::Opinion:
        parts << tr("Poll: %1").arg(m_poll->currentText())
              << tr("Question: %1").arg(m_question->currentText())
              << tr("Breakdown by: %1").arg(m_segment->currentText());
        break;
    case Tab::Discussions:
        parts << tr("Topic: %1").arg(m_topic->currentText());
        break;
    case Tab::Services:
        parts << tr("Service: %1").arg(m_service->currentText());
        break;
    }
    return parts.join(QStringLiteral(" - "));
}

bool DashboardsPage::exportXlsx(const QString &path, QString *error)
{
    const TableExport::Result r
        = DashboardReport::writeXlsx(this, tablesOf(currentTab()), path, filtersText());
    if (!r.ok && !r.cancelled && error)
        *error = r.error;
    return r.ok;
}

bool DashboardsPage::exportPdf(const QString &path, QString *error)
{
    const QString title = m_tabs->tabText(m_tabs->currentIndex());
    return DashboardReport::writePdf(this, title, filtersText(), panels(currentTab()), path, error);
}

std::unique_ptr<QPrintPreviewDialog> DashboardsPage::printPreview()
{
    const QString title = m_tabs->tabText(m_tabs->currentIndex());
    return DashboardReport::printPreview(this, title, filtersText(), panels(currentTab()));
}

void DashboardsPage::askPrint()
{
    if (isBusy())
        return;
    if (const std::unique_ptr<QPrintPreviewDialog> dialog = printPreview())
        dialog->exec();
}

void DashboardsPage::askExportXlsx()
{
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Export to Excel"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("dashboard.xlsx")),
        tr("Excel workbooks (*.xlsx)"));
    QString error;
    if (!path.isEmpty() && !exportXlsx(path, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Export to Excel"), error);
}

void DashboardsPage::askExportPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Export a PDF report"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("dashboard.pdf")),
        tr("PDF documents (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Export a PDF report"), error);
}

void DashboardsPage::retranslate()
{
    setHeaderText(tr("Dashboards"),
                  tr("Public opinion, discussions and services at a glance: every chart has "
                     "the table of its numbers."));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    m_calendarLabel->setText(tr("Calendar"));
    m_hijriFrom->retranslate();
    m_hijriTo->retranslate();
    {
        const QSignalBlocker block(m_calendar);
        m_calendar->clear();
        m_calendar->addItem(tr("Gregorian"), QStringLiteral("gregorian"));
        m_calendar->addItem(tr("Hijri"), QStringLiteral("hijri"));
    }
    showCalendar(m_filters.hijri);
    m_pollLabel->setText(tr("Poll"));
    m_questionLabel->setText(tr("Question"));
    m_segmentLabel->setText(tr("Breakdown by"));
    m_weekly->setText(tr("&Weekly"));
    m_serviceLabel->setText(tr("Service"));
    m_topicLabel->setText(tr("Topic"));
    m_xlsx->setText(tr("Export to &Excel..."));
    m_pdf->setText(tr("Export a P&DF report..."));
    m_print->setText(tr("&Print..."));
    m_print->setToolTip(
        tr("Print the report with a preview (%1)")
            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_tabs->setTabText(0, tr("Opinion"));
    m_tabs->setTabText(1, tr("Discussions"));
    m_tabs->setTabText(2, tr("Services"));
    for (const QList<ChartPanel *> *list :
         {&m_opinionPanels, &m_discussionPanels, &m_servicePanels}) {
        for (ChartPanel *p : *list)
            p->retranslate();
    }
    // The figures carry the language's names and digits: load them again.
    if (m_lastLoad.isValid())
        loadNow();
}
