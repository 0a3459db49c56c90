#include "write/text_pieces.hpp"

namespace sk {

std::size_t total_size(const TextPieces& pieces) {
    std::size_t n = 0;
    for (std::string_view p : pieces) n += p.size();
    return n;
}

std::pair<TextPieces, TextPieces> split_pieces(const TextPieces& pieces, std::size_t bytes) {
    std::pair<TextPieces, TextPieces> halves;
    for (std::string_view p : pieces) {
        const std::size_t here = std::min(bytes, p.size());
        if (here > 0) halves.first.push_back(p.substr(0, here));
        if (here < p.size()) halves.second.push_back(p.substr(here));
        bytes -= here;
    }
    return halves;
}

std::string joined(const TextPieces& pieces) {
    std::string text;
    text.reserve(total_size(pieces));
    for (std::string_view p : pieces) text += p;
    return text;
}

}  // namespace sk
