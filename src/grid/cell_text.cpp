#include "grid/cell_text.hpp"

#include <atomic>
#include <cstring>
#include <new>

namespace sk {

namespace text_block {

namespace {

// In front of the bytes. The count is atomic: a workbook's cells may be
// copied on two threads at once (the server, the checks' two groups).
struct Header {
    std::atomic<std::uint32_t> holders;
    std::size_t size;
};

Header* header_of(const char* bytes) noexcept {
    return reinterpret_cast<Header*>(const_cast<char*>(bytes) - sizeof(Header));
}

}  // namespace

const char* make(std::string_view s) {
    void* raw = ::operator new(sizeof(Header) + s.size());
    auto* h = new (raw) Header{{1}, s.size()};
    char* bytes = reinterpret_cast<char*>(h + 1);
    if (!s.empty()) std::memcpy(bytes, s.data(), s.size());
    return bytes;
}

void hold(const char* bytes) noexcept { header_of(bytes)->holders.fetch_add(1, std::memory_order_relaxed); }

void drop(const char* bytes) noexcept {
    Header* h = header_of(bytes);
    if (h->holders.fetch_sub(1, std::memory_order_acq_rel) == 1) {
        h->~Header();
        ::operator delete(h);
    }
}

std::size_t size(const char* bytes) noexcept { return header_of(bytes)->size; }

}  // namespace text_block

void CellText::set(std::string_view s) {
    if (s.size() <= last) {
        if (!s.empty()) std::memcpy(bytes_, s.data(), s.size());
        bytes_[last] = static_cast<unsigned char>(s.size());
        return;
    }
    const char* p = text_block::make(s);
    const std::uint64_t size = std::uint64_t(s.size()) | std::uint64_t(on_heap) << 56;
    std::memcpy(bytes_, &p, sizeof p);
    std::memcpy(bytes_ + 8, &size, sizeof size);
}

void CellText::release() noexcept {
    if (heap()) text_block::drop(data());
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

CellText& CellText::operator=(const CellText& other) noexcept {
    if (this != &other) *this = CellText(other);
    return *this;
}

CellText& CellText::operator=(std::string_view s) {
    // `s` may point into this text: copy before letting go.
    CellText copy;
    copy.set(s);
    return *this = std::move(copy);
}

}  // namespace sk
