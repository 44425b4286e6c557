#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace copydesk
{

namespace git
{
class Repository;
}
struct Stage;

// Signed events: with "requireSignedEvents": true in copydesk/newsroom.json,
// approvals, waivers, publications and the fact-check sign-off must carry an
// SSH signature (git's gpg.format=ssh) by the actor's key, listed in
// copydesk/allowed_signers (ssh-keygen's ALLOWED SIGNERS format).
namespace Signing
{

inline constexpr const char *kNamespace = "git"; // what git signs commits with
inline const QString kAllowedSignersPath = QStringLiteral("copydesk/allowed_signers");

// Whether `event`, leaving stage `from`, must be signed when the newsroom
// requires signed events.
bool eventNeedsSignature(const QString &event, const Stage *from);

// Whether changing these paths (relative to the repository root) must be
// signed when the newsroom requires signed events: any configuration file
// under copydesk/ except the house dictionary (copydesk/words/).
bool configChangeNeedsSignature(const QStringList &changedPaths);

// copydesk/newsroom.json's "requireSignedEvents" (false when absent or broken).
bool requiredBy(const QByteArray &newsroomJson);

// The key Copydesk signs commits with: $COPYDESK_SIGNING_KEY, else git's
// user.signingkey when gpg.format is ssh. "~/" is expanded; empty: none.
QString signingKey(const git::Repository &repo);

// `ssh-keygen -Y sign -n git -f KEY` over `data`; the armored signature.
// Throws Error(Failed) with ssh-keygen's own message.
QByteArray sign(const QString &keyPath, const QByteArray &data);

struct SignatureCheck {
    bool valid = false;
    QString problem; // when not valid, in plain English
};

// `ssh-keygen -Y verify -n git -f ALLOWED -I EMAIL -s SIG` over `data`.
SignatureCheck verify(const QByteArray &allowedSigners, const QString &email,
                      const QByteArray &signature, const QByteArray &data);

} // namespace Signing
} // namespace copydesk
