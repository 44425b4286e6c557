#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDialog>
#include <QString>
#include <QStringList>

class QComboBox;

namespace copydesk::editor
{

// The interface language: English or Korean, following the system locale
// unless the person chose one in the settings (QSettings
// "interface/language": "", "en" or "ko"). Installs the translators (the
// editor's .qm files embedded as resources, and Qt's own) and makes QLocale
// format dates and numbers in that language.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::editor::Language)
public:
    static QStringList available(); // "en", "ko"
    static QString setting();       // "" follows the system
    static void setSetting(const QString &code);
    // The language in use for `setting` ("" → the system's when available, else English).
    static QString resolve(const QString &setting);
    // Installs the translators for the setting (or `code` when given). Open
    // windows receive QEvent::LanguageChange. Returns the language in use.
    static QString install(const QString &code = {});
    static QString current();
    // The language's own name: "English", "한국어".
    static QString nativeName(const QString &code);
    // Dates as people write them, never a bare numeric "26. 12. 2." or
    // "12/2/26" whose order a reader must guess: "2026년 12월 2일 (수)" in
    // Korean, "2 Dec 2026" in English. The one place dates are formatted for
    // the interface (board, stage bar, history, audit, the audit report).
    static QString dateFormat(); // the QDate format string (also for date edits)
    static QString date(const QDate &date);
    static QString dateTime(const QDateTime &time); // local time, with hours and minutes
    // Library text (blocker reasons such as "overdue since 2025-03-05") with
    // each ISO date written as date() writes it: the library keeps ISO
    // because the CLI and hooks print it.
    static QString localDates(const QString &libraryText);
};

// Settings ▸ Interface language.
class LanguageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LanguageDialog(QWidget *parent = nullptr);
    QString chosen() const; // "" (system), "en" or "ko"
    void accept() override;

private:
    QComboBox *m_choice;
};

} // namespace copydesk::editor
