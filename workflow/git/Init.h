#pragma once

namespace copydesk::git
{

// libgit2 must be initialised before any other call; this does it once per
// process (libgit2 counts initialisations, so programs that also call
// git_libgit2_init themselves are fine).
void ensureInitialized();

} // namespace copydesk::git
