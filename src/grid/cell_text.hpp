// A cell's text in 16 bytes instead of std::string's 32: up to 15 bytes sit
// inside it, longer ones in a shared heap block. A big sheet has a million
// cells and most of their texts are short ("2 683 000 kr", "1234567.5"), so
// this halves what the cells take and what the reader has to write. A long
// text is shared, not copied: every cell of a shared string ("Psykisk hälsa
// barn och unga" in 20 000 rows) points at the one block the string table
// holds. The texts never change in place, so sharing is safe.
//
// A cell's formula (rare: most cells have none) is a RareText, 8 bytes: a
// pointer to such a block, or null.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace sk {

// Heap blocks of text with a count of their holders: the size and count sit
// just before the bytes, so a holder keeps only the bytes' address.
namespace text_block {
const char* make(std::string_view s);   // a block holding `s`, held once
void hold(const char* bytes) noexcept;  // one more holder
void drop(const char* bytes) noexcept;  // one holder fewer; the last frees it
std::size_t size(const char* bytes) noexcept;
}  // namespace text_block

class CellText {
public:
    CellText() noexcept { bytes_[last] = 0; }
    CellText(std::string_view s) { set(s); }  // NOLINT: a text is its bytes
    CellText(const char* s) : CellText(std::string_view(s)) {}
    CellText(const std::string& s) : CellText(std::string_view(s)) {}
    CellText(const CellText& other) noexcept {
        std::memcpy(bytes_, other.bytes_, sizeof bytes_);
        if (heap()) text_block::hold(data());
    }
    CellText(CellText&& other) noexcept {
        std::memcpy(bytes_, other.bytes_, sizeof bytes_);
        other.bytes_[last] = 0;
    }
    CellText& operator=(const CellText& other) noexcept;
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
    // Inline: the bytes, then their count in the last byte. On the heap: the
    // block's bytes, then the size with the last byte's top bit set.
    static constexpr std::size_t last = 15;
    static constexpr unsigned char on_heap = 0x80;
    alignas(8) unsigned char bytes_[16];

    bool heap() const noexcept { return bytes_[last] & on_heap; }
    void set(std::string_view s);
    void release() noexcept;
};

class RareText {
public:
    RareText() noexcept = default;
    RareText(std::string_view s) : bytes_(s.empty() ? nullptr : text_block::make(s)) {}  // NOLINT: a text is its bytes
    RareText(const char* s) : RareText(std::string_view(s)) {}
    RareText(const std::string& s) : RareText(std::string_view(s)) {}
    RareText(const RareText& other) noexcept : bytes_(other.bytes_) {
        if (bytes_) text_block::hold(bytes_);
    }
    RareText(RareText&& other) noexcept : bytes_(other.bytes_) { other.bytes_ = nullptr; }
    RareText& operator=(RareText other) noexcept {
        std::swap(bytes_, other.bytes_);
        return *this;
    }
    RareText& operator=(std::string_view s) { return *this = RareText(s); }
    RareText& operator=(const char* s) { return *this = RareText(s); }
    RareText& operator=(const std::string& s) { return *this = RareText(s); }
    ~RareText() {
        if (bytes_) text_block::drop(bytes_);
    }

    const char* data() const noexcept { return bytes_ ? bytes_ : ""; }
    std::size_t size() const noexcept { return bytes_ ? text_block::size(bytes_) : 0; }
    bool empty() const noexcept { return !bytes_; }
    std::string_view view() const noexcept { return {data(), size()}; }
    operator std::string_view() const noexcept { return view(); }  // NOLINT: reads as text everywhere

    friend bool operator==(const RareText& a, std::string_view b) noexcept { return a.view() == b; }

private:
    const char* bytes_ = nullptr;  // a text_block's bytes; null when empty
};

}  // namespace sk
