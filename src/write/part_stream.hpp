// A zip part produced piece by piece while it is compressed, so a large
// worksheet never has to exist as one string.
#pragma once

#include <string>

namespace sk {

class PartStream {
public:
    virtual ~PartStream() = default;
    // Back to the first piece (the part is read twice: once to learn its
    // size, which keeps the zip free of Zip64 headers, once to compress it).
    virtual void restart() = 0;
    // Replaces `piece` with the next piece; false when the part is complete.
    virtual bool next(std::string& piece) = 0;
};

}  // namespace sk
