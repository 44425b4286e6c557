#pragma once
// Credentials in a server address (https://user:token@host/…). Copydesk
// never stores the token part and never prints it: a remote is saved
// without it and every message that shows an address shows it redacted.

#include <QString>

namespace copydesk
{

struct UrlCredentials {
    QString url;      // the address without its password (the user name stays)
    QString user;     // percent-decoded; empty when the address names no one
    QString password; // percent-decoded; empty when there is none
};

// Splits `url` ("scheme://[user[:password]@]host…"); anything else (a path,
// git@host:path) comes back unchanged with no credentials.
UrlCredentials splitUrlCredentials(const QString &url);

// `url` with its password, if any, shown as "***" — for messages.
QString redactedUrl(const QString &url);

// `text` with every occurrence of each non-empty secret replaced by "***"
// (a library's error message may quote the address it was given).
QString withoutSecrets(QString text, const QStringList &secrets);

} // namespace copydesk
