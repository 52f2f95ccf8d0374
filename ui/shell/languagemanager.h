#pragma once

#include "common/presenter.h"

#include <QObject>
#include <QTranslator>

// Switches the UI language at runtime (Arabic right-to-left by default, English) and the digits
// setting; remembers both in QSettings. Widgets follow through QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static LanguageManager &instance();

    // Applies the remembered (or default Arabic) language; call once after QApplication exists.
    void restore();
    void setLanguage(const QString &language); // "ar" or "en"
    void setDigits(Presenter::Digits digits);
    QString language() const { return m_language; }
    Presenter::Digits digits() const { return m_digits; }

signals:
    void languageChanged(const QString &language);

private:
    LanguageManager() = default;
    void apply();

    QString m_language = QStringLiteral("ar");
    Presenter::Digits m_digits = Presenter::Digits::Latin;
    QTranslator m_app;
    QTranslator m_qtbase;
};
