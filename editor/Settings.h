#pragma once

#include "newsroom/Newsroom.h"

#include <QStringList>

namespace copydesk::editor
{

// What the editor remembers between runs (QSettings): who the user is, the
// newsrooms they opened, the theme and the zoom.
class Settings
{
public:
    enum class Theme { System, Light, Dark };

    static Identity identity();
    static void setIdentity(const Identity &identity);

    static QStringList recentNewsrooms();
    static void addRecentNewsroom(const QString &root);

    static Theme theme();
    static void setTheme(Theme theme);

    static int fontSize(); // 0: default
    static void setFontSize(int points);
};

} // namespace copydesk::editor
