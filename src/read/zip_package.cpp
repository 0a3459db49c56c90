#include "read/zip_package.hpp"

#include <zip.h>

#include <algorithm>

#include "base/ascii.hpp"

namespace sk {

namespace {

bool unsafe_name(std::string_view name) {
    if (name.empty()) return false;
    if (name.front() == '/' || name.front() == '\\') return true;
    if (name.size() > 1 && name[1] == ':') return true;  // "C:\..."
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find_first_of("/\\", start);
        if (end == std::string_view::npos) end = name.size();
        if (name.substr(start, end - start) == "..") return true;
        start = end + 1;
    }
    return false;
}

std::string zip_error_code_to_text(int code) {
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    std::string text = zip_error_strerror(&e);
    zip_error_fini(&e);
    return text;
}

}  // namespace

bool is_ole_container(std::string_view bytes) {
    static constexpr unsigned char magic[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    return bytes.size() >= sizeof magic &&
           std::equal(std::begin(magic), std::end(magic), bytes.begin(),
                      [](unsigned char m, char b) { return m == static_cast<unsigned char>(b); });
}

ZipPackage::ZipPackage(FileBytes bytes, const ReadLimits& limits)
    : bytes_(std::move(bytes)), limits_(limits) {
    const std::string_view all = bytes_.view();
    if (is_ole_container(all)) throw ReadError(ReadErrorKind::Encrypted, "");
    if (all.size() < 4 || !all.starts_with("PK")) throw ReadError(ReadErrorKind::NotZip, "");

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(all.data(), all.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        throw ReadError(ReadErrorKind::NotZip, "");
    }
    archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    if (!archive_) {
        zip_source_free(source);
        throw ReadError(ReadErrorKind::Truncated, zip_error_code_to_text(code));
    }

    zip_int64_t count = zip_get_num_entries(archive_, 0);
    if (count < 0 || std::uint64_t(count) > limits_.max_entries) {
        zip_discard(archive_);
        archive_ = nullptr;
        throw ReadError(ReadErrorKind::TooManyParts, std::to_string(count));
    }
    names_.reserve(std::size_t(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* name = zip_get_name(archive_, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        std::string n = name ? name : "";
        if (unsafe_name(n)) {
            zip_discard(archive_);
            archive_ = nullptr;
            throw ReadError(ReadErrorKind::UnsafeEntryName, n);
        }
        index_.emplace(ascii_lower(n), zip_uint64_t(i));
        names_.push_back(std::move(n));
    }
}

ZipPackage::ZipPackage(ZipPackage&& o) noexcept
    : bytes_(std::move(o.bytes_)), limits_(o.limits_), archive_(o.archive_), names_(std::move(o.names_)),
      index_(std::move(o.index_)), total_read_(o.total_read_) {
    o.archive_ = nullptr;
}

ZipPackage& ZipPackage::operator=(ZipPackage&& o) noexcept {
    std::swap(bytes_, o.bytes_);
    std::swap(limits_, o.limits_);
    std::swap(archive_, o.archive_);
    std::swap(names_, o.names_);
    std::swap(index_, o.index_);
    std::swap(total_read_, o.total_read_);
    return *this;
}

ZipPackage::~ZipPackage() {
    if (archive_) zip_discard(archive_);
}

std::string ZipPackage::find(std::string_view part) const {
    if (!part.empty() && part.front() == '/') part.remove_prefix(1);
    auto it = index_.find(ascii_lower(part));
    return it == index_.end() ? std::string() : names_[it->second];
}

PartInflater ZipPackage::open(std::string_view part) {
    if (!part.empty() && part.front() == '/') part.remove_prefix(1);
    auto it = index_.find(ascii_lower(part));
    if (it == index_.end()) throw ReadError(ReadErrorKind::MissingPart, std::string(part));
    const std::string& name = names_[it->second];

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive_, it->second, 0, &st) != 0) throw ReadError(ReadErrorKind::Corrupt, name);
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        throw ReadError(ReadErrorKind::Encrypted, name);
    std::uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    std::uint64_t stated = (st.valid & ZIP_STAT_SIZE) && st.size <= limits_.max_entry_bytes ? st.size : 0;
    zip_file_t* file = zip_fopen_index(archive_, it->second, 0);
    if (!file) throw ReadError(ReadErrorKind::Corrupt, name);
    return PartInflater(*this, file, name, stated, compressed);
}

ZipPackage::StoredEntry ZipPackage::stored(std::size_t index) {
    if (index >= names_.size()) throw ReadError(ReadErrorKind::Corrupt, std::to_string(index));
    const std::string& name = names_[index];
    zip_stat_t st;
    zip_stat_init(&st);
    const zip_uint64_t needs = ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC | ZIP_STAT_COMP_METHOD;
    if (zip_stat_index(archive_, index, 0, &st) != 0 || (st.valid & needs) != needs)
        throw ReadError(ReadErrorKind::Corrupt, name);
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        throw ReadError(ReadErrorKind::Encrypted, name);
    StoredEntry e;
    e.name = st.name;
    e.method = st.comp_method;
    e.crc = st.crc;
    e.size = st.size;
    e.mtime = (st.valid & ZIP_STAT_MTIME) ? std::int64_t(st.mtime) : 0;
    if (st.comp_size > bytes_.view().size()) throw ReadError(ReadErrorKind::Corrupt, name);
    e.bytes.resize(std::size_t(st.comp_size));
    zip_file_t* file = zip_fopen_index(archive_, index, ZIP_FL_COMPRESSED);
    if (!file) throw ReadError(ReadErrorKind::Corrupt, name);
    const zip_int64_t got = zip_fread(file, e.bytes.data(), e.bytes.size());
    zip_fclose(file);
    if (got != zip_int64_t(e.bytes.size())) throw ReadError(ReadErrorKind::Corrupt, name);
    return e;
}

std::string ZipPackage::read(std::string_view part) {
    PartInflater in = open(part);
    std::string out;
    out.reserve(std::size_t(in.stated_size()));
    while (in.inflate_into(out, std::size_t(1) << 20) > 0) {
    }
    return out;
}

PartInflater::PartInflater(ZipPackage& package, zip_file* file, std::string name, std::uint64_t stated,
                           std::uint64_t compressed)
    : package_(package), file_(file), name_(std::move(name)), stated_size_(stated), compressed_(compressed) {}

PartInflater::PartInflater(PartInflater&& o) noexcept
    : package_(o.package_), file_(o.file_), name_(std::move(o.name_)), stated_size_(o.stated_size_),
      compressed_(o.compressed_), inflated_(o.inflated_) {
    o.file_ = nullptr;
}

PartInflater::~PartInflater() {
    if (file_) zip_fclose(file_);
}

void PartInflater::restart() {
    PartInflater again = package_.open(name_);
    package_.total_read_ -= inflated_;
    inflated_ = 0;
    std::swap(file_, again.file_);  // `again` closes the old one
}

std::size_t PartInflater::inflate_into(std::string& out, std::size_t most) {
    // Count what actually inflates: the sizes in the zip headers may lie.
    const ReadLimits& limits = package_.limits_;
    char chunk[65536];
    std::size_t added = 0;
    while (added < most) {
        zip_int64_t n = zip_fread(file_, chunk, std::min(sizeof chunk, most - added));
        if (n < 0) throw ReadError(ReadErrorKind::Corrupt, name_);
        if (n == 0) break;
        out.append(chunk, std::size_t(n));
        added += std::size_t(n);
        inflated_ += std::uint64_t(n);
        package_.total_read_ += std::uint64_t(n);
        if (inflated_ > limits.max_entry_bytes || package_.total_read_ > limits.max_total_bytes)
            throw ReadError(ReadErrorKind::TooLarge, name_);
        if (inflated_ > (1u << 20) && inflated_ > std::max<std::uint64_t>(compressed_, 1) * limits.max_inflate_ratio)
            throw ReadError(ReadErrorKind::InflateRatio, name_);
    }
    return added;
}

}  // namespace sk
