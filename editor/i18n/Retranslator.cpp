#include "i18n/Retranslator.h"

#include <QEvent>

namespace copydesk::editor
{

Retranslator::Retranslator(QObject *widget, std::function<void()> retranslateUi)
    : QObject(widget), m_retranslate(std::move(retranslateUi))
{
    widget->installEventFilter(this);
}

void Retranslator::attach(QObject *widget, std::function<void()> retranslateUi)
{
    retranslateUi();
    new Retranslator(widget, std::move(retranslateUi));
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::LanguageChange)
        m_retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace copydesk::editor
