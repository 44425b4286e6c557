#include "core/Myers.h"

#include <algorithm>

namespace copydesk
{

std::vector<std::pair<int, int>> longestCommonSubsequence(const std::vector<int> &x,
                                                          const std::vector<int> &y, int maxEdits)
{
    const int n = int(x.size()), m = int(y.size());
    std::vector<std::pair<int, int>> matches;
    int prefix = 0;
    while (prefix < n && prefix < m && x[size_t(prefix)] == y[size_t(prefix)]) {
        matches.emplace_back(prefix, prefix);
        ++prefix;
    }
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix &&
           x[size_t(n - 1 - suffix)] == y[size_t(m - 1 - suffix)])
        ++suffix;

    const int N = n - prefix - suffix, M = m - prefix - suffix;
    const int maxD = N + M;
    const int limit = std::min(maxD, maxEdits);
    const int offset = maxD + 1;
    std::vector<int> v(size_t(2 * maxD + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= limit && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int xi;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                xi = v[size_t(offset + k + 1)];
            else
                xi = v[size_t(offset + k - 1)] + 1;
            int yi = xi - k;
            while (xi < N && yi < M && x[size_t(prefix + xi)] == y[size_t(prefix + yi)])
                ++xi, ++yi;
            v[size_t(offset + k)] = xi;
            if (xi >= N && yi >= M) {
                found = d;
                break;
            }
        }
    }
    std::vector<std::pair<int, int>> middle;
    if (found >= 0) {
        // Walk the trace back, collecting the diagonal (matching) moves.
        int xi = N, yi = M;
        for (int d = found; d > 0; --d) {
            const std::vector<int> &pv = trace[size_t(d)];
            const int k = xi - yi;
            const int prevK =
                (k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)]))
                    ? k + 1
                    : k - 1;
            const int prevX = pv[size_t(offset + prevK)];
            const int prevY = prevX - prevK;
            while (xi > prevX && yi > prevY) {
                --xi, --yi;
                middle.emplace_back(prefix + xi, prefix + yi);
            }
            xi = prevX, yi = prevY;
        }
        while (xi > 0 && yi > 0) {
            --xi, --yi;
            middle.emplace_back(prefix + xi, prefix + yi);
        }
        std::reverse(middle.begin(), middle.end());
    }
    matches.insert(matches.end(), middle.begin(), middle.end());
    for (int s = suffix; s > 0; --s)
        matches.emplace_back(n - s, m - s);
    return matches;
}

} // namespace copydesk
