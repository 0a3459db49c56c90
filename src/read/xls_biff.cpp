#include "read/xls_biff.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>

#include "read/read_error.hpp"
#include "read/text_encoding.hpp"

namespace sk {

namespace {

constexpr std::uint32_t end_of_chain = 0xFFFFFFFA;  // this and above: free, end, FAT or DIFAT sector
constexpr std::uint16_t bof = 0x0809, eof = 0x000A, boundsheet = 0x0085;
constexpr std::uint16_t chart_substream = 0x0020;  // BOF's substream type of a chart
constexpr std::uint16_t skipped_record = 0x1001;  // UNITS, a chart record: FreeXL reads no chart records
constexpr std::uint16_t formula = 0x0006, string_result = 0x0207, boolerr = 0x0205;

// A stream's bytes in the file: `unit`-sized runs at `offsets`.
struct Stream {
    std::size_t unit, size;
    std::vector<std::size_t> offsets;
    std::size_t at(std::size_t pos) const { return offsets[pos / unit] + pos % unit; }
    std::uint16_t u16(const std::string& b, std::size_t pos) const {
        return std::uint16_t(static_cast<unsigned char>(b[at(pos)]) | static_cast<unsigned char>(b[at(pos + 1)]) << 8);
    }
    std::uint32_t u32(const std::string& b, std::size_t pos) const {
        return std::uint32_t(u16(b, pos)) | std::uint32_t(u16(b, pos + 2)) << 16;
    }
};

// The OLE file's sectors and its allocation table, every read bounds-checked.
class Ole {
public:
    explicit Ole(std::string& bytes) : b_(bytes) {}

    bool open() {
        static constexpr unsigned char magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        if (b_.size() < 512) return false;
        for (std::size_t i = 0; i < 8; ++i)
            if (static_cast<unsigned char>(b_[i]) != magic[i]) return false;
        const std::uint16_t shift = u16(30);
        if (shift != 9 && shift != 12) return false;
        sector_ = std::size_t(1) << shift;
        return b_.size() >= 2 * sector_ && read_fat();
    }

    // Where the bytes of the stream named "Workbook" (or BIFF5's "Book") lie
    // in the file: a big one in sectors, one under 4 096 bytes in the mini
    // stream's 64-byte sectors. None when a chain breaks or loops.
    std::optional<Stream> workbook_stream() const {
        auto dir = follow(fat_, u32(48), sectors());
        if (!dir) return std::nullopt;
        for (std::uint32_t d : *dir)
            for (std::size_t e = sector_at(d); e + 128 <= sector_at(d) + sector_; e += 128) {
                const std::uint16_t name_bytes = u16(e + 64);
                if (b_[e + 66] != 2 || name_bytes < 2 || name_bytes > 64) continue;  // not a stream
                std::string name;
                for (std::size_t i = 0; i + 2 < name_bytes; i += 2) name += b_[e + i];
                if (name != "Workbook" && name != "Book") continue;
                const std::size_t size = u32(e + 120);
                return size < u32(56) ? in_mini_stream(u32(e + 116), size, sector_at((*dir)[0])) : in_sectors(u32(e + 116), size);
            }
        return std::nullopt;
    }

    std::uint16_t u16(std::size_t at) const {
        return std::uint16_t(static_cast<unsigned char>(b_[at]) | static_cast<unsigned char>(b_[at + 1]) << 8);
    }
    std::uint32_t u32(std::size_t at) const { return std::uint32_t(u16(at)) | std::uint32_t(u16(at + 2)) << 16; }

private:
    std::string& b_;
    std::size_t sector_ = 512;
    std::vector<std::uint32_t> fat_;

    std::size_t sector_at(std::uint32_t s) const { return (std::size_t(s) + 1) * sector_; }
    std::size_t sectors() const { return b_.size() / sector_ - 1; }  // whole sectors after the header

    // The units of a chain of `table` from `first`, each checked to lie within `units`.
    static std::optional<std::vector<std::uint32_t>> follow(const std::vector<std::uint32_t>& table, std::uint32_t first,
                                                            std::size_t units = SIZE_MAX) {
        std::vector<std::uint32_t> out;
        for (std::uint32_t s = first; s < end_of_chain; s = table[s]) {
            if (s >= table.size() || s >= units || out.size() > table.size()) return std::nullopt;  // out of range, or a loop
            out.push_back(s);
        }
        return out;
    }

    std::optional<Stream> in_sectors(std::uint32_t first, std::size_t size) const {
        auto units = follow(fat_, first, sectors());
        if (!units || size > units->size() * sector_) return std::nullopt;
        Stream out{sector_, size, {}};
        for (std::uint32_t s : *units) out.offsets.push_back(sector_at(s));
        return out;
    }

    // The mini stream is the root entry's stream; the mini FAT chains its 64-byte sectors.
    std::optional<Stream> in_mini_stream(std::uint32_t first, std::size_t size, std::size_t root_entry) const {
        auto root = in_sectors(u32(root_entry + 116), u32(root_entry + 120));
        auto table = in_sectors(u32(60), std::size_t(u32(64)) * sector_);
        if (!root || !table) return std::nullopt;
        std::vector<std::uint32_t> mini_fat;
        for (std::size_t pos = 0; pos + 4 <= table->size; pos += 4) mini_fat.push_back(table->u32(b_, pos));
        auto units = follow(mini_fat, first, root->size / 64);
        if (!units || size > units->size() * 64) return std::nullopt;
        Stream out{64, size, {}};
        for (std::uint32_t m : *units) out.offsets.push_back(root->at(std::size_t(m) * 64));
        return out;
    }

    // The FAT's sectors are listed by the header (109) and the DIFAT sectors after it.
    bool read_fat() {
        const std::size_t max_sectors = sectors();
        std::vector<std::uint32_t> fat_sectors;
        for (std::size_t i = 0; i < 109; ++i) fat_sectors.push_back(u32(76 + 4 * i));
        std::uint32_t next = u32(68);
        for (std::size_t n = 0; next < end_of_chain && n < max_sectors; ++n) {
            std::size_t at = sector_at(next);
            if (at + sector_ > b_.size()) return false;
            for (std::size_t i = 0; i + 4 < sector_; i += 4) fat_sectors.push_back(u32(at + i));
            next = u32(at + sector_ - 4);
        }
        const std::uint32_t count = u32(44);
        if (count > fat_sectors.size() || count > max_sectors) return false;
        for (std::uint32_t i = 0; i < count; ++i) {
            std::size_t at = sector_at(fat_sectors[i]);
            if (at + sector_ > b_.size()) return false;
            for (std::size_t k = 0; k < sector_; k += 4) fat_.push_back(u32(at + k));
        }
        return true;
    }
};

// The text an error code stands for, as Excel shows it.
const char* error_text(unsigned code) {
    switch (code) {
        case 0x00: return "#NULL!";
        case 0x07: return "#DIV/0!";
        case 0x0F: return "#VALUE!";
        case 0x17: return "#REF!";
        case 0x1D: return "#NAME?";
        case 0x24: return "#NUM!";
        case 0x2A: return "#N/A";
        default: return "#N/A";
    }
}

// A STRING record's text (BIFF8: a count of characters, a flag byte, then
// Latin-1 bytes or UTF-16LE units), as UTF-8; what a CONTINUE record holds is left out.
std::string string_record(const std::string& data) {
    if (data.size() < 3) return {};
    const std::size_t count = std::size_t(static_cast<unsigned char>(data[0]) | static_cast<unsigned char>(data[1]) << 8);
    const bool wide = (static_cast<unsigned char>(data[2]) & 1) != 0;
    const std::string_view chars = std::string_view(data).substr(3, count * (wide ? 2 : 1));
    try {
        return convert_to_utf8(chars.substr(0, chars.size() - chars.size() % (wide ? 2 : 1)), wide ? "UTF-16LE" : "ISO-8859-1");
    } catch (const ReadError&) {
        return {};
    }
}

}  // namespace

std::vector<BiffCell> biff_cells(const std::string& file) {
    std::string bytes = file;
    Ole ole(bytes);
    if (!ole.open()) return {};
    const std::optional<Stream> stream = ole.workbook_stream();
    if (!stream) return {};
    auto record = [&](std::size_t pos, std::size_t length) {
        std::string data(length, '\0');
        for (std::size_t i = 0; i < length; ++i) data[i] = bytes[stream->at(pos + 4 + i)];
        return data;
    };
    auto u16 = [](const std::string& d, std::size_t at) {
        return std::uint16_t(static_cast<unsigned char>(d[at]) | static_cast<unsigned char>(d[at + 1]) << 8);
    };
    std::vector<BiffCell> out;
    int depth = 0;
    std::size_t substreams = 0;  // the workbook's own (globals) first, then one per sheet
    bool text_pending = false;   // a formula whose text result is in the next STRING record
    for (std::size_t pos = 0; pos + 4 <= stream->size;) {
        const std::uint16_t type = stream->u16(bytes, pos), length = stream->u16(bytes, pos + 2);
        if (pos + 4 + length > stream->size) break;
        if (type == bof) {
            const bool chart = depth >= 1 && length >= 4 && stream->u16(bytes, pos + 6) == chart_substream;
            depth = chart ? depth + 1 : 1;
            if (!chart) ++substreams;
        }
        if (type == eof && depth > 0) --depth;
        if (depth == 1 && substreams >= 2) {
            if (type == formula && length >= 14) {
                const std::string d = record(pos, 14);
                BiffCell c{substreams - 2, u16(d, 0), u16(d, 2), {}};
                if (u16(d, 12) != 0xFFFF) {
                    double v = 0;
                    std::memcpy(&v, d.data() + 6, sizeof v);
                    // LibreOffice saves a formula's text result as the number 0 (it computes again
                    // on opening): a saved 0 may be a text, and is left out as before.
                    if (v != 0 && std::isfinite(v)) {
                        c.cell.type = CellType::Number;
                        c.cell.number = v;
                    }
                } else if (d[6] == 1) {
                    c.cell.type = CellType::Bool;
                    c.cell.boolean = d[8] != 0;
                    c.cell.text = c.cell.boolean ? "1" : "0";
                } else if (d[6] == 2) {
                    c.cell.type = CellType::Error;
                    c.cell.text = error_text(static_cast<unsigned char>(d[8]));
                }
                text_pending = u16(d, 12) == 0xFFFF && d[6] == 0;
                if (c.cell.type != CellType::Empty || text_pending) out.push_back(std::move(c));
            } else if (type == string_result && text_pending) {
                out.back().cell.type = CellType::Text;
                out.back().cell.text = string_record(record(pos, length));
                text_pending = false;
            } else if (type == boolerr && length >= 8) {
                text_pending = false;  // a STRING record belongs to the formula right before it
                const std::string d = record(pos, 8);
                BiffCell c{substreams - 2, u16(d, 0), u16(d, 2), {}};
                if (d[7] != 0) {
                    c.cell.type = CellType::Error;
                    c.cell.text = error_text(static_cast<unsigned char>(d[6]));
                } else {
                    c.cell.type = CellType::Bool;
                    c.cell.boolean = d[6] != 0;
                    c.cell.text = c.cell.boolean ? "1" : "0";
                }
                out.push_back(std::move(c));
            }
        }
        pos += 4 + std::size_t(length);
    }
    // A formula whose STRING record is missing gives no cell.
    std::erase_if(out, [](const BiffCell& c) { return c.cell.type == CellType::Empty; });
    return out;
}

std::vector<bool> mend_for_freexl(std::string& bytes) {
    Ole ole(bytes);
    if (!ole.open()) return {};
    const std::optional<Stream> stream = ole.workbook_stream();
    if (!stream) return {};
    std::vector<bool> worksheets;
    std::vector<std::size_t> nested;  // stream offsets of the records to turn into chart records
    int depth = 0;
    for (std::size_t pos = 0; pos + 4 <= stream->size;) {
        const std::uint16_t type = stream->u16(bytes, pos), length = stream->u16(bytes, pos + 2);
        if (pos + 4 + length > stream->size) break;
        // A chart's BOF inside a sheet's substream goes one deeper; any other BOF starts a substream of the workbook.
        if (type == bof)
            depth = depth >= 1 && length >= 4 && stream->u16(bytes, pos + 6) == chart_substream ? depth + 1 : 1;
        if (depth >= 2) nested.push_back(pos);
        if (type == eof && depth > 0) --depth;
        if (type == boundsheet && depth == 1 && length >= 6) worksheets.push_back(bytes[stream->at(pos + 4 + 5)] == 0);
        pos += 4 + std::size_t(length);
    }
    for (std::size_t pos : nested) {
        bytes[stream->at(pos)] = char(skipped_record & 0xFF);
        bytes[stream->at(pos + 1)] = char(skipped_record >> 8);
    }
    return worksheets;
}

}  // namespace sk
