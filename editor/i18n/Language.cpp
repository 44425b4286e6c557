#include "i18n/Language.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>
#include <QVBoxLayout>

namespace copydesk::editor
{

namespace
{

const char *kKey = "interface/language";
QString g_current;

QTranslator &appTranslator()
{
    static QTranslator t;
    return t;
}
QTranslator &qtTranslator()
{
    static QTranslator t;
    return t;
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString Language::setting()
{
    return QSettings().value(QLatin1String(kKey)).toString();
}

void Language::setSetting(const QString &code)
{
    QSettings().setValue(QLatin1String(kKey), code);
}

QString Language::resolve(const QString &setting)
{
    if (available().contains(setting))
        return setting;
    // The system's preferred languages, in order ("ko-KR", "en-US"…).
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Language::install(const QString &code)
{
    const QString lang = resolve(code.isEmpty() ? setting() : code);
    QCoreApplication::removeTranslator(&appTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    if (appTranslator().load(QStringLiteral(":/i18n/copydesk_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&appTranslator());
    if (qtTranslator().load(QStringLiteral("qtbase_%1").arg(lang),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
    // Dates and numbers in the interface language, with the system's
    // territory when it speaks that language (ko-KR, en-GB…).
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.name().startsWith(lang) ? system : QLocale(lang));
    g_current = lang;
    return lang;
}

QString Language::current()
{
    return g_current.isEmpty() ? resolve(setting()) : g_current;
}

QString Language::dateFormat()
{
    // Fixed patterns rather than QLocale's short format: CLDR's short forms
    // are two-digit years in an order that differs per territory, and under
    // C.UTF-8 English came out American ("12/2/26").
    if (current() == QLatin1String("ko"))
        return QStringLiteral("yyyy년 M월 d일 (ddd)");
    return QStringLiteral("d MMM yyyy");
}

QString Language::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    // Month and day names in the interface language, whatever the territory.
    return QLocale(current()).toString(date, dateFormat());
}

QString Language::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return date(local.date()) + u' ' + local.time().toString(QStringLiteral("HH:mm"));
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("ko"))
        return QStringLiteral("한국어");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

LanguageDialog::LanguageDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("languageDialog"));
    setWindowTitle(tr("Interface language"));
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("languageChoice"));
    m_choice->addItem(tr("Follow the system (%1)").arg(Language::nativeName(Language::resolve({}))),
                      QString());
    for (const QString &code : Language::available())
        m_choice->addItem(Language::nativeName(code), code);
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(Language::setting())));
    auto *note = new QLabel(
        tr("Menus, the board, the findings and the newsroom's refusals switch at once; dates "
           "and numbers follow the language too. Commit messages stay as they were written."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_choice);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString LanguageDialog::chosen() const
{
    return m_choice->currentData().toString();
}

void LanguageDialog::accept()
{
    Language::setSetting(chosen());
    Language::install();
    QDialog::accept();
}

QString Language::localDates(const QString &libraryText)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    QString out;
    qsizetype from = 0;
    for (auto it = iso.globalMatch(libraryText); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate date = QDate::fromString(m.captured(0), Qt::ISODate);
        out += libraryText.mid(from, m.capturedStart() - from);
        out += date.isValid() ? Language::date(date) : m.captured(0);
        from = m.capturedEnd();
    }
    return out + libraryText.mid(from);
}

} // namespace copydesk::editor
