#pragma once

#include <QString>

namespace copydesk
{

// The shipped `dictionaries/` folder: $COPYDESK_DICTIONARIES, else the source
// tree (development builds), else the install prefix, else next to the binary.
QString shippedDictionariesDir();

// Nothing in a newsroom is read or written through a symbolic link: a link
// committed as articles/x/index.md could point at /etc/passwd or ~/.ssh.
// The first component of `relative` ('/'-separated, below `root`) that is a
// symbolic link, as root + "/" + the components up to it; empty when none.
// `root` itself is not examined (a newsroom may live behind a link).
QString firstSymLink(const QString &root, const QString &relative);
// The first symbolic link at root/relative or anywhere below it (a folder
// is searched without entering links); empty when none.
QString symLinkWithin(const QString &root, const QString &relative);
// Throws Error(Refused) naming the link when firstSymLink() finds one.
void refuseSymLink(const QString &root, const QString &relative);

} // namespace copydesk
