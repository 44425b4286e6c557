#pragma once

#include "pipeline/Pipeline.h"
#include "pipeline/Workflow.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace copydesk::editor
{

// The pipeline as a row of stages with the current one marked, then the
// actions the current person may take as buttons. A refused action stays
// visible but disabled, its tooltip saying why (role, four-eyes rule, open
// findings, unresolved comments).
class StageBar : public QWidget
{
    Q_OBJECT
public:
    explicit StageBar(QWidget *parent = nullptr);
    void setState(const QList<Stage> &stages, const QString &current,
                  const QList<ActionAvailability> &actions, const Blockers &blockers);

    // "approve" → the button's label in the interface language.
    static QString actionLabel(const QString &action);

Q_SIGNALS:
    void actionTriggered(const QString &action);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct State {
        QList<Stage> stages;
        QString current;
        QList<ActionAvailability> actions;
        Blockers blockers;
    };
    State m_state;
    QHBoxLayout *m_stages;
    QHBoxLayout *m_actions;
    QLabel *m_blockers;
};

} // namespace copydesk::editor
