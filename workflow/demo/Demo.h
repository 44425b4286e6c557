#pragma once

#include <QString>

namespace copydesk
{

// Creates the demo newsroom in `dir` (which must not be a newsroom yet) by
// replaying dictionaries/demo/demo.json through the real workflow: people,
// articles in both languages, several revisions each, reviews, waivers and
// verifications, spread over the past twelve days. Every commit is a genuine
// event, so `copydesk-cli verify` accepts the result.
void createDemoNewsroom(const QString &dir);

} // namespace copydesk
