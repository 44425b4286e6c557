#pragma once
// Shared set-up for the editor's widget tests: a demo newsroom made by the
// real CLI, settings and app data in a temporary folder.

#include "newsroom/Newsroom.h"

#include <QString>
#include <QTemporaryDir>

class QPlainTextEdit;

namespace copydesk::editor
{
class ArticlePage;
class MainWindow;
} // namespace copydesk::editor

namespace copydesk::test
{

// Points QSettings and QStandardPaths at `home` and names the application
// as the real one, so journals land where the editor looks for them.
void isolateEditorEnvironment(const QString &home);

// copydesk-cli demo into `dir`; returns false (with the CLI's output in
// `error`) when it fails.
bool makeDemoNewsroom(const QString &dir, QString *error);

Identity demoPerson(const QString &email);

// Waits for the page to load, its workflow view and checks to settle.
bool settle(copydesk::editor::ArticlePage *page, int timeoutMs = 30000);

// Types `text` at the end of the editor, key event by key event.
void typeAtEnd(QPlainTextEdit *edit, const QString &text);

} // namespace copydesk::test
