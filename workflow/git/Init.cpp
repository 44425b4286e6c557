#include "git/Init.h"

#include <git2.h>

namespace copydesk::git
{

void ensureInitialized()
{
    static const int once = git_libgit2_init();
    (void)once;
}

} // namespace copydesk::git
