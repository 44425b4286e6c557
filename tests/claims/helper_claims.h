#pragma once

#include "claims/ClaimDetector.h"

#include <QString>

// The detector built from the shipped lexicons in the source tree.
const copydesk::ClaimDetector &shippedDetector();
QString sharedCorpusDir(); // $COPYDESK_SHARED/corpora, empty when absent
