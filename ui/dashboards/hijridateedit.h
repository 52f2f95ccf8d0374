#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QSpinBox;

// A date picked in the Umm al-Qura calendar (common/hijricalendar.h): day, month by name, year.
// QDateEdit takes only Qt's calendars, and Qt 6.4 has no Umm al-Qura. The date it holds and
// signals is the Gregorian QDate of that day, as the dashboards' filters keep it.
class HijriDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit HijriDateEdit(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date); // emits nothing
    void retranslate();              // month names and accessible names in the UI language

signals:
    void dateChanged(const QDate &date);

private:
    void show(const QDate &date);
    void picked();

    QDate m_date;
    QSpinBox *m_day = nullptr;
    QComboBox *m_month = nullptr;
    QSpinBox *m_year = nullptr;
};
