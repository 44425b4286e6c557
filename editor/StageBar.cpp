#include "StageBar.h"
#include "i18n/Language.h"

#include "Theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>

namespace copydesk::editor
{

namespace
{

void clear(QHBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Deleted later (a button may be the sender of what rebuilds the
            // bar); nameless meanwhile, so findChild() meets only the new ones.
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        delete item;
    }
}

} // namespace

// The library names actions in English; the button says it in the
// interface language.
QString StageBar::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("submit"),
         QT_TRANSLATE_NOOP("copydesk::editor::StageBar", "Submit for review")},
        {QStringLiteral("approve"), QT_TRANSLATE_NOOP("copydesk::editor::StageBar", "Approve")},
        {QStringLiteral("request-changes"),
         QT_TRANSLATE_NOOP("copydesk::editor::StageBar", "Request changes")},
        {QStringLiteral("advance"), QT_TRANSLATE_NOOP("copydesk::editor::StageBar", "Advance")},
        {QStringLiteral("publish"), QT_TRANSLATE_NOOP("copydesk::editor::StageBar", "Publish")},
        {QStringLiteral("reopen"), QT_TRANSLATE_NOOP("copydesk::editor::StageBar", "Move back…")},
        {QStringLiteral("waive"), QT_TRANSLATE_NOOP("copydesk::editor::StageBar", "Waive…")},
    };
    if (const char *source = labels.value(action))
        return QCoreApplication::translate("copydesk::editor::StageBar", source);
    return action;
}

StageBar::StageBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    m_stages = new QHBoxLayout;
    m_stages->setSpacing(2);
    m_actions = new QHBoxLayout;
    m_blockers = new QLabel(this);
    m_blockers->setObjectName(QStringLiteral("stageBlockers"));
    layout->addLayout(m_stages);
    layout->addSpacing(12);
    layout->addWidget(m_blockers, 1);
    layout->addLayout(m_actions);
}

void StageBar::setState(const QList<Stage> &stages, const QString &current,
                        const QList<ActionAvailability> &actions, const Blockers &blockers)
{
    m_state = {stages, current, actions, blockers};
    clear(m_stages);
    clear(m_actions);
    const QColor highlight = palette().color(QPalette::Highlight);
    bool passed = true;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const Stage &s = stages[i];
        const bool here = s.id == current;
        auto *label = new QLabel(s.titleFor(Language::current()), this);
        label->setObjectName(QStringLiteral("stage-") + s.id);
        label->setContentsMargins(8, 3, 8, 3);
        if (here) {
            label->setStyleSheet(
                QStringLiteral(
                    "QLabel { background: %1; color: %2; border-radius: 4px; font-weight: bold; }")
                    .arg(highlight.name(), palette().color(QPalette::HighlightedText).name()));
            passed = false;
        } else {
            label->setStyleSheet(
                passed ? QStringLiteral("QLabel { color: %1; }")
                             .arg(palette().color(QPalette::Text).name())
                       : QStringLiteral("QLabel { color: %1; }")
                             .arg(palette().color(QPalette::Disabled, QPalette::Text).name()));
        }
        if (!s.gate.isEmpty())
            label->setToolTip(tr("Gate: %1").arg(s.gate));
        m_stages->addWidget(label);
        if (i + 1 < stages.size())
            m_stages->addWidget(new QLabel(QStringLiteral("›"), this));
    }
    QStringList reasons; // dates as the interface locale writes them, as on the board
    for (const QString &line : blockers.reasons)
        reasons.append(Language::localDates(line));
    m_blockers->setText(reasons.join(QStringLiteral(" · ")));
    m_blockers->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::overdue().name()));
    for (const ActionAvailability &a : actions) {
        const QString label = actionLabel(a.action);
        auto *button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("action-") + a.action);
        button->setEnabled(a.allowed);
        button->setToolTip(a.allowed ? label : a.reason);
        // Disabled widgets still show their tooltip in Qt Widgets.
        const QString action = a.action;
        connect(button, &QPushButton::clicked, this,
                [this, action] { Q_EMIT actionTriggered(action); });
        m_actions->addWidget(button);
    }
}

void StageBar::changeEvent(QEvent *event)
{
    // Stage names and button labels at once; the page asks the library for
    // its reasons again (ArticlePage::changeEvent) and calls setState.
    if (event->type() == QEvent::LanguageChange && !m_state.stages.isEmpty())
        setState(m_state.stages, m_state.current, m_state.actions, m_state.blockers);
    QWidget::changeEvent(event);
}

} // namespace copydesk::editor
