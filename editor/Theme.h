#pragma once

#include "Settings.h"

#include <QColor>
#include <QString>

namespace copydesk::editor
{

// Light and dark palettes. Qt 6.4 has no colour-scheme API, so "System"
// derives the scheme from the platform palette's window colour.
class Theme
{
public:
    static void apply(Settings::Theme choice);
    static bool isDark();

    // Colours the editor draws with, per claim kind and finding family.
    static QColor forKind(const QString &kind);
    static QColor spelling();
    static QColor style();
    static QColor overdue();
    static QColor comment();
};

} // namespace copydesk::editor
