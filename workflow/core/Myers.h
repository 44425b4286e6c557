#pragma once

#include <utility>
#include <vector>

namespace copydesk
{

// Longest common subsequence of two sequences of symbol ids by Myers'
// O((N+M)D) algorithm (common prefix and suffix trimmed first). Returns the
// matched index pairs (i in `a`, j in `b`), increasing. Beyond `maxEdits`
// the middle is treated as entirely different, so memory stays bounded.
std::vector<std::pair<int, int>> longestCommonSubsequence(const std::vector<int> &a,
                                                          const std::vector<int> &b,
                                                          int maxEdits = 20000);

} // namespace copydesk
