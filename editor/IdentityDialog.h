#pragma once

#include "newsroom/Newsroom.h"

#include <QDialog>

class QLineEdit;

namespace copydesk::editor
{

// Asks who is writing (name and email, prefilled from git's configuration);
// every revision and event is recorded under this identity.
class IdentityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IdentityDialog(const Identity &prefill, QWidget *parent = nullptr);
    Identity identity() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_email;
};

} // namespace copydesk::editor
