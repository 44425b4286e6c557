#include "helper_editor.h"

#include "ArticlePage.h"
#include "CheckService.h"
#include "IncrementalChecker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTest>

namespace copydesk::test
{

void isolateEditorEnvironment(const QString &home)
{
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/data")).toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral("Copydesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Copydesk"));
}

bool makeDemoNewsroom(const QString &dir, QString *error)
{
    QProcess p;
    p.start(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli"), {QStringLiteral("demo"), dir});
    const bool ok =
        p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && error)
        *error = QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
    return ok;
}

Identity demoPerson(const QString &email)
{
    return {email.section(u'@', 0, 0), email};
}

bool settle(editor::ArticlePage *page, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (page->isLoaded() && !page->isBusy()) {
            page->checker()->flush();
            QCoreApplication::processEvents();
            if (!page->isBusy() && page->checker()->isIdle())
                return true;
        }
        QTest::qWait(20);
    }
    return false;
}

void typeAtEnd(QPlainTextEdit *edit, const QString &text)
{
    QTextCursor c = edit->textCursor();
    c.movePosition(QTextCursor::End);
    edit->setTextCursor(c);
    edit->setFocus();
    for (QChar ch : text) {
        const bool newline = ch == u'\n';
        QKeyEvent press(QEvent::KeyPress,
                        newline ? Qt::Key_Return : (ch == u' ' ? Qt::Key_Space : 0), Qt::NoModifier,
                        newline ? QStringLiteral("\r") : QString(ch));
        QCoreApplication::sendEvent(edit, &press);
        QKeyEvent release(QEvent::KeyRelease, press.key(), Qt::NoModifier, press.text());
        QCoreApplication::sendEvent(edit, &release);
    }
}

} // namespace copydesk::test
