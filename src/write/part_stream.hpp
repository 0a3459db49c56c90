// A zip part produced piece by piece while it is compressed, so a large
// worksheet never has to exist as one string. It is read once.
#pragma once

#include <string>

namespace sk {

class PartStream {
public:
    virtual ~PartStream() = default;
    // Replaces `piece` with the next piece; false when the part is complete.
    virtual bool next(std::string& piece) = 0;
};

}  // namespace sk
