#include "core/Url.h"

#include <QStringList>
#include <QUrl>

namespace copydesk
{

namespace
{

// Where the user information of `url` is: [begin, at) before the '@' that
// ends it; at < 0 when there is none. Parsed by hand rather than with QUrl,
// which would normalise the rest of the address.
struct UserInfo {
    qsizetype begin = -1;
    qsizetype at = -1;
};

UserInfo findUserInfo(const QString &url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme <= 0)
        return {};
    const qsizetype begin = scheme + 3;
    qsizetype end = url.size();
    for (const QChar c : {QChar(u'/'), QChar(u'?'), QChar(u'#')}) {
        const qsizetype i = url.indexOf(c, begin);
        if (i >= 0 && i < end)
            end = i;
    }
    // The last '@' of the authority: a password may itself contain '@' only
    // percent-encoded, but people paste tokens as they are.
    const qsizetype at = url.lastIndexOf(u'@', end - 1);
    if (at < begin)
        return {};
    return UserInfo{begin, at};
}

QString decoded(const QString &s)
{
    return QUrl::fromPercentEncoding(s.toUtf8());
}

} // namespace

UrlCredentials splitUrlCredentials(const QString &url)
{
    const UserInfo u = findUserInfo(url);
    if (u.at < 0)
        return UrlCredentials{url, {}, {}};
    const QString info = url.mid(u.begin, u.at - u.begin);
    const qsizetype colon = info.indexOf(u':');
    if (colon < 0)
        return UrlCredentials{url, decoded(info), {}};
    const QString user = info.left(colon);
    // No user name left means no '@' either: "https://:token@host" → "https://host".
    const QString stripped =
        url.left(u.begin) + (user.isEmpty() ? QString() : user + u'@') + url.mid(u.at + 1);
    return UrlCredentials{stripped, decoded(user), decoded(info.mid(colon + 1))};
}

QString redactedUrl(const QString &url)
{
    const UserInfo u = findUserInfo(url);
    if (u.at < 0)
        return url;
    const QString info = url.mid(u.begin, u.at - u.begin);
    const qsizetype colon = info.indexOf(u':');
    if (colon < 0)
        return url;
    return url.left(u.begin) + info.left(colon) + QLatin1String(":***") + url.mid(u.at);
}

QString withoutSecrets(QString text, const QStringList &secrets)
{
    for (const QString &s : secrets) {
        if (s.isEmpty())
            continue;
        text.replace(s, QLatin1String("***"));
        // Also as it would appear inside an address.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(s));
        if (encoded != s)
            text.replace(encoded, QLatin1String("***"));
    }
    return text;
}

} // namespace copydesk
