#pragma once
// Picks the UI language (command line, then settings, then the system locale) and installs the
// embedded translations. Switching languages takes effect on the next start.
#include <QObject>
#include <QStringList>

class QTranslator;

namespace zt::ui {

class Translator : public QObject {
    Q_OBJECT
public:
    explicit Translator(QObject* parent = nullptr);

    // Codes understood by install() and stored in the settings ("system" follows the OS).
    static QStringList languageCodes() {
        return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
    }
    // Maps "system" (or anything unknown) to one of languageCodes() using the system locale.
    static QString resolve(const QString& choice);
    // Installs the application's and Qt's own translations for choice. Returns the code used.
    QString install(const QString& choice);

private:
    QTranslator* m_app;
    QTranslator* m_qt;
};

} // namespace zt::ui
