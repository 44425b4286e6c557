#pragma once

#include <QString>
#include <exception>

namespace copydesk
{

// The one error type of the core library. Operations throw it with a message
// a user can act on; the CLI and the editor catch it at their boundary and
// show it. No bool-plus-out-parameter error plumbing.
class Error : public std::exception
{
public:
    enum class Kind {
        Failed,   // something went wrong (I/O, git, corrupt data)
        Usage,    // the request itself is malformed (bad slug, bad option)
        Refused,  // a workflow rule forbids it
        Conflict, // concurrent work must be reconciled first
        NotFound, // no such article, revision, newsroom…
    };

    explicit Error(QString message, Kind kind = Kind::Failed)
        : m_message(std::move(message)), m_kind(kind), m_utf8(m_message.toUtf8())
    {
    }

    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }
    const char *what() const noexcept override { return m_utf8.constData(); }

    // Exit status a command-line tool should use for this error.
    int exitCode() const
    {
        switch (m_kind) {
        case Kind::Usage:
            return 2;
        case Kind::Refused:
            return 3;
        case Kind::Conflict:
            return 4;
        case Kind::NotFound:
            return 5;
        case Kind::Failed:
            break;
        }
        return 1;
    }

private:
    QString m_message;
    Kind m_kind;
    QByteArray m_utf8;
};

} // namespace copydesk
