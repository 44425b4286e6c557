#pragma once

#include <QObject>
#include <functional>

namespace copydesk::editor
{

// Sets a widget's texts now and again whenever the interface language
// changes (QEvent::LanguageChange, sent to every widget when
// Language::install swaps the translators). For widgets whose labels are
// plain tr() calls; owned by the widget, so it ends with it.
class Retranslator : public QObject
{
public:
    static void attach(QObject *widget, std::function<void()> retranslateUi);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Retranslator(QObject *widget, std::function<void()> retranslateUi);
    std::function<void()> m_retranslate;
};

} // namespace copydesk::editor
