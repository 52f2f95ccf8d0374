#include "dashboards/hijridateedit.h"

#include "common/hijricalendar.h"
#include "common/presenter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>

HijriDateEdit::HijriDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_day(new QSpinBox(this))
    , m_month(new QComboBox(this))
    , m_year(new QSpinBox(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_day);
    row->addWidget(m_month);
    row->addWidget(m_year);
    m_day->setRange(1, 30);
    m_year->setRange(1400, 1500); // ICU's Umm al-Qura tables run 1300-1600
    m_month->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setFocusProxy(m_day);
    retranslate();
    connect(m_day, &QSpinBox::valueChanged, this, &HijriDateEdit::picked);
    connect(m_month, &QComboBox::currentIndexChanged, this, &HijriDateEdit::picked);
    connect(m_year, &QSpinBox::valueChanged, this, &HijriDateEdit::picked);
}

void HijriDateEdit::setDate(const QDate &date)
{
    m_date = date;
    show(date);
}

void HijriDateEdit::retranslate()
{
    const QSignalBlocker block(m_month);
    const int month = m_month->currentIndex();
    m_month->clear();
    const Presenter &p = Presenter::current();
    const QLocale locale = p.locale();
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(HijriCalendar::monthName(locale, m), m);
    m_month->setCurrentIndex(month);
    m_day->setAccessibleName(tr("Hijri day"));
    m_month->setAccessibleName(tr("Hijri month"));
    m_year->setAccessibleName(tr("Hijri year"));
    // The user's digits in the spin boxes, as everywhere else.
    const QLocale digits
        = p.isArabic() && p.digits() == Presenter::Digits::ArabicIndic ? locale : QLocale::c();
    m_day->setLocale(digits);
    m_year->setLocale(digits);
    m_year->setGroupSeparatorShown(false);
}

void HijriDateEdit::show(const QDate &date)
{
    const HijriCalendar::Date h = HijriCalendar::fromDate(date);
    if (!h.isValid())
        return;
    const QSignalBlocker blockDay(m_day);
    const QSignalBlocker blockMonth(m_month);
    const QSignalBlocker blockYear(m_year);
    m_year->setValue(h.year);
    m_month->setCurrentIndex(h.month - 1);
    m_day->setMaximum(HijriCalendar::daysInMonth(h.year, h.month));
    m_day->setValue(h.day);
}

void HijriDateEdit::picked()
{
    const int year = m_year->value();
    const int month = m_month->currentIndex() + 1;
    // A month of 29 days turns a 30th into its 29th.
    const int last = HijriCalendar::daysInMonth(year, month);
    const QDate date = HijriCalendar::toDate(year, month, std::min(m_day->value(), last));
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    show(date);
    emit dateChanged(date);
}
