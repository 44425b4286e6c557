#pragma once

#include <QString>

namespace copydesk
{

// The shipped `dictionaries/` folder: $COPYDESK_DICTIONARIES, else the source
// tree (development builds), else the install prefix, else next to the binary.
QString shippedDictionariesDir();

} // namespace copydesk
