#include "Settings.h"

#include <QSettings>

namespace copydesk::editor
{

namespace
{
constexpr int kMaxRecent = 8;
}

Identity Settings::identity()
{
    QSettings s;
    return {s.value(QStringLiteral("identity/name")).toString(),
            s.value(QStringLiteral("identity/email")).toString()};
}

void Settings::setIdentity(const Identity &identity)
{
    QSettings s;
    s.setValue(QStringLiteral("identity/name"), identity.name);
    s.setValue(QStringLiteral("identity/email"), identity.email);
}

QStringList Settings::recentNewsrooms()
{
    return QSettings().value(QStringLiteral("newsrooms/recent")).toStringList();
}

void Settings::addRecentNewsroom(const QString &root)
{
    QStringList recent = recentNewsrooms();
    recent.removeAll(root);
    recent.prepend(root);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("newsrooms/recent"), recent);
}

Settings::Theme Settings::theme()
{
    const QString t = QSettings().value(QStringLiteral("view/theme")).toString();
    if (t == QLatin1String("light"))
        return Theme::Light;
    if (t == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    const char *names[] = {"system", "light", "dark"};
    QSettings().setValue(QStringLiteral("view/theme"),
                         QString::fromLatin1(names[static_cast<int>(theme)]));
}

int Settings::fontSize()
{
    return QSettings().value(QStringLiteral("view/fontSize"), 0).toInt();
}

void Settings::setFontSize(int points)
{
    QSettings().setValue(QStringLiteral("view/fontSize"), points);
}

} // namespace copydesk::editor
