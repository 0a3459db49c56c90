// A cell's text (or formula) in 16 bytes instead of std::string's 32: up to
// 15 bytes sit inside it, longer ones on the heap. A big sheet has a million
// cells and most of their texts are short ("2 683 000 kr", "1234567.5"), so
// this halves what the cells take and what the reader has to write.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace sk {

class CellText {
public:
    CellText() noexcept { bytes_[last] = 0; }
    CellText(std::string_view s) { set(s); }  // NOLINT: a text is its bytes
    CellText(const char* s) : CellText(std::string_view(s)) {}
    CellText(const std::string& s) : CellText(std::string_view(s)) {}
    CellText(const CellText& other) : CellText(other.view()) {}
    CellText(CellText&& other) noexcept {
        std::memcpy(bytes_, other.bytes_, sizeof bytes_);
        other.bytes_[last] = 0;
    }
    CellText& operator=(const CellText& other);
    CellText& operator=(CellText&& other) noexcept;
    CellText& operator=(std::string_view s);
    CellText& operator=(const char* s) { return *this = std::string_view(s); }
    CellText& operator=(const std::string& s) { return *this = std::string_view(s); }
    ~CellText() { release(); }

    const char* data() const noexcept {
        if (!heap()) return reinterpret_cast<const char*>(bytes_);
        const char* p;
        std::memcpy(&p, bytes_, sizeof p);
        return p;
    }
    std::size_t size() const noexcept {
        if (!heap()) return bytes_[last];
        std::uint64_t size;
        std::memcpy(&size, bytes_ + 8, sizeof size);
        return std::size_t(size & ~(std::uint64_t(on_heap) << 56));
    }
    bool empty() const noexcept { return size() == 0; }
    std::string_view view() const noexcept { return {data(), size()}; }
    operator std::string_view() const noexcept { return view(); }  // NOLINT: reads as text everywhere

    friend bool operator==(const CellText& a, std::string_view b) noexcept { return a.view() == b; }

private:
    // Inline: the bytes, then their count in the last byte. On the heap: a
    // pointer, then the size with the last byte's top bit set.
    static constexpr std::size_t last = 15;
    static constexpr unsigned char on_heap = 0x80;
    alignas(8) unsigned char bytes_[16];

    bool heap() const noexcept { return bytes_[last] & on_heap; }
    void set(std::string_view s);
    void release() noexcept;
};

}  // namespace sk
