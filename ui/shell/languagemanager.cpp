#include "shell/languagemanager.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QSettings>

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

void LanguageManager::restore()
{
    QSettings settings;
    m_language = settings.value(QStringLiteral("ui/language"), QStringLiteral("ar")).toString();
    if (m_language != QLatin1String("en"))
        m_language = QStringLiteral("ar");
    m_digits = settings.value(QStringLiteral("ui/arabicIndicDigits"), false).toBool()
                   ? Presenter::Digits::ArabicIndic
                   : Presenter::Digits::Latin;
    apply();
}

void LanguageManager::setLanguage(const QString &language)
{
    m_language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ar");
    QSettings().setValue(QStringLiteral("ui/language"), m_language);
    apply();
}

void LanguageManager::setDigits(Presenter::Digits digits)
{
    m_digits = digits;
    QSettings().setValue(QStringLiteral("ui/arabicIndicDigits"),
                         digits == Presenter::Digits::ArabicIndic);
    apply();
}

void LanguageManager::apply()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qtbase);
    // The translator installed last is asked first: Diwan's, so that its words for Qt's own
    // buttons (ui/shell/standardterms.cpp) win over qtbase's.
    if (m_qtbase.load(QStringLiteral("qtbase_%1").arg(m_language),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtbase);
    if (m_app.load(QStringLiteral(":/i18n/diwan_%1.qm").arg(m_language)))
        QCoreApplication::installTranslator(&m_app);
    Presenter::setCurrent(Presenter(m_language, m_digits));
    QGuiApplication::setLayoutDirection(Presenter::current().direction());
    // Widgets get LanguageChange as posted events: deliver them now, so that the switch is
    // complete when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutDirectionChange);
    emit languageChanged(m_language);
}
