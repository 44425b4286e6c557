#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace copydesk::editor
{

namespace
{

QPalette &systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6f, 0x72, 0x77));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6f, 0x72, 0x77));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6f, 0x72, 0x77));
    return p;
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

} // namespace

void Theme::apply(Settings::Theme choice)
{
    systemPalette(); // remember the platform's palette before replacing it
    if (QApplication::style()->name() != QLatin1String("fusion"))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (choice) {
    case Settings::Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Settings::Theme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Settings::Theme::System: {
        const bool dark = systemPalette().color(QPalette::Window).lightness() < 128;
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        break;
    }
    }
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor Theme::forKind(const QString &kind)
{
    const bool dark = isDark();
    if (kind == QLatin1String("money") || kind == QLatin1String("salary"))
        return dark ? QColor(0x4c, 0xaf, 0x50) : QColor(0x2e, 0x7d, 0x32);
    if (kind == QLatin1String("percent") || kind == QLatin1String("count"))
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    if (kind == QLatin1String("date") || kind == QLatin1String("weekday-mismatch"))
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00);
    if (kind == QLatin1String("quote"))
        return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x7b, 0x1f, 0xa2);
    if (kind == QLatin1String("name-variant"))
        return dark ? QColor(0x80, 0xcb, 0xc4) : QColor(0x00, 0x69, 0x5c);
    return dark ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x54, 0x6e, 0x7a);
}

QColor Theme::spelling()
{
    return isDark() ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd3, 0x2f, 0x2f);
}

QColor Theme::style()
{
    return isDark() ? QColor(0x64, 0xb5, 0xf6) : QColor(0x19, 0x76, 0xd2);
}

QColor Theme::overdue()
{
    return isDark() ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor Theme::comment()
{
    return isDark() ? QColor(0x6d, 0x5a, 0x1a) : QColor(0xff, 0xf1, 0x76);
}

} // namespace copydesk::editor
