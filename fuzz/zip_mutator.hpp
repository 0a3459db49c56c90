// A structure-aware mutator for the zip-based formats. Byte mutations of a
// whole .xlsx/.docx almost always break a CRC or the deflate stream, so the
// XML readers behind the zip layer would hardly ever be reached. This one
// unpacks the input, mutates one part with libFuzzer's own mutator, and packs
// the parts again (stored, uncompressed). One call in four mutates the raw
// bytes instead, to keep fuzzing the container itself.
#pragma once

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace sk::fuzz {

struct ZipPart {
    std::string name, bytes;
};

inline std::vector<ZipPart> unzip(const std::uint8_t* data, std::size_t size) {
    std::vector<ZipPart> parts;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(data, size, 0, &error);
    if (!src) return parts;
    zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &error);
    if (!za) {
        zip_source_free(src);
        return parts;
    }
    zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n && i < 200; ++i) {
        zip_stat_t st;
        if (zip_stat_index(za, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > (1u << 20)) {
            parts.clear();
            break;
        }
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(zip_fopen_index(za, zip_uint64_t(i), 0), zip_fclose);
        std::string bytes(std::size_t(st.size), '\0');
        if (!f || zip_fread(f.get(), bytes.data(), st.size) != zip_int64_t(st.size)) {
            parts.clear();
            break;
        }
        parts.push_back({st.name, std::move(bytes)});
    }
    zip_discard(za);
    return parts;
}

inline std::string zip_stored(const std::vector<ZipPart>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!src) return {};
    zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &error);
    if (!za) {
        zip_source_free(src);
        return {};
    }
    zip_source_keep(src);
    for (const auto& p : parts) {
        zip_source_t* part = zip_source_buffer(za, p.bytes.data(), p.bytes.size(), 0);
        zip_int64_t index = part ? zip_file_add(za, p.name.c_str(), part, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (part) zip_source_free(part);
            continue;
        }
        zip_set_file_compression(za, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    std::string out;
    if (zip_close(za) != 0) {
        zip_discard(za);
    } else if (zip_source_open(src) == 0) {
        zip_source_seek(src, 0, SEEK_END);
        zip_int64_t size = zip_source_tell(src);
        zip_source_seek(src, 0, SEEK_SET);
        if (size > 0) {
            out.resize(std::size_t(size));
            if (zip_source_read(src, out.data(), out.size()) != size) out.clear();
        }
        zip_source_close(src);
    }
    zip_source_free(src);
    return out;
}

inline std::size_t mutate_zip(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned seed) {
    std::vector<ZipPart> parts = seed % 4 == 0 ? std::vector<ZipPart>{} : unzip(data, size);
    if (parts.empty()) return LLVMFuzzerMutate(data, size, max_size);
    ZipPart& victim = parts[(seed / 4) % parts.size()];
    std::size_t len = victim.bytes.size();
    victim.bytes.resize(len + len / 4 + 64);
    victim.bytes.resize(LLVMFuzzerMutate(reinterpret_cast<std::uint8_t*>(victim.bytes.data()), len, victim.bytes.size()));
    std::string out = zip_stored(parts);
    if (out.empty() || out.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
    std::memcpy(data, out.data(), out.size());
    return out.size();
}

}  // namespace sk::fuzz
