#include "grid/cell_text.hpp"

#include <cstring>

namespace sk {

void CellText::set(std::string_view s) {
    if (s.size() <= last) {
        if (!s.empty()) std::memcpy(bytes_, s.data(), s.size());
        bytes_[last] = static_cast<unsigned char>(s.size());
        return;
    }
    char* p = new char[s.size()];
    std::memcpy(p, s.data(), s.size());
    const std::uint64_t size = std::uint64_t(s.size()) | std::uint64_t(on_heap) << 56;
    std::memcpy(bytes_, &p, sizeof p);
    std::memcpy(bytes_ + 8, &size, sizeof size);
}

void CellText::release() noexcept {
    if (heap()) delete[] const_cast<char*>(data());
    bytes_[last] = 0;
}

CellText& CellText::operator=(CellText&& other) noexcept {
    if (this != &other) {
        release();
        std::memcpy(bytes_, other.bytes_, sizeof bytes_);
        other.bytes_[last] = 0;
    }
    return *this;
}

CellText& CellText::operator=(const CellText& other) {
    if (this != &other) *this = other.view();
    return *this;
}

CellText& CellText::operator=(std::string_view s) {
    // `s` may point into this text: copy before letting go.
    CellText copy;
    copy.set(s);
    return *this = std::move(copy);
}

}  // namespace sk
