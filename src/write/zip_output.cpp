#include "write/zip_output.hpp"

#include <unistd.h>
#include <zip.h>

#include <atomic>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>

#include "write/write_error.hpp"

namespace sk {

namespace {

// Feeds a PartStream to libzip. The size is learnt by a first pass so that
// libzip knows it before compressing: with an unknown size it writes Zip64
// local headers, which older Excel versions reject.
struct StreamSource {
    PartStream* stream = nullptr;
    std::string piece;
    std::size_t offset = 0;
    zip_uint64_t size = 0;
    bool sized = false;
    zip_error_t error{};

    zip_uint64_t measure() {
        if (!sized) {
            stream->restart();
            while (stream->next(piece)) size += piece.size();
            sized = true;
        }
        return size;
    }
};

zip_int64_t stream_callback(void* user, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
    auto* s = static_cast<StreamSource*>(user);
    try {
        switch (cmd) {
            case ZIP_SOURCE_OPEN:
                s->stream->restart();
                s->piece.clear();
                s->offset = 0;
                return 0;
            case ZIP_SOURCE_READ: {
                zip_uint64_t done = 0;
                auto* out = static_cast<char*>(data);
                while (done < len) {
                    if (s->offset == s->piece.size()) {
                        s->offset = 0;
                        if (!s->stream->next(s->piece)) {
                            s->piece.clear();
                            break;
                        }
                        continue;
                    }
                    std::size_t n = std::min<std::size_t>(len - done, s->piece.size() - s->offset);
                    std::memcpy(out + done, s->piece.data() + s->offset, n);
                    s->offset += n;
                    done += n;
                }
                return zip_int64_t(done);
            }
            case ZIP_SOURCE_CLOSE: return 0;
            case ZIP_SOURCE_STAT: {
                auto* st = static_cast<zip_stat_t*>(data);
                zip_stat_init(st);
                st->size = s->measure();
                st->valid |= ZIP_STAT_SIZE;
                return sizeof(zip_stat_t);
            }
            case ZIP_SOURCE_ERROR: return zip_error_to_data(&s->error, data, len);
            case ZIP_SOURCE_FREE: return 0;
            case ZIP_SOURCE_SUPPORTS:
                return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                      ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
            default: zip_error_set(&s->error, ZIP_ER_OPNOTSUPP, 0); return -1;
        }
    } catch (const std::exception&) {
        zip_error_set(&s->error, ZIP_ER_MEMORY, 0);
        return -1;
    }
}

std::string zip_message(zip_t* za) { return za ? zip_strerror(za) : "zip"; }

// Adds every part, deflated, dated 1980-01-01 as Excel dates its entries
// (the same workbook gives the same bytes). Deflate level 1: on the 100 000-row
// benchmark workbook (29 MB of sheet XML) it halves the write time of level 6
// for a file 40 % larger (5.8 MB instead of 4.1 MB).
void add_parts(zip_t* za, const std::vector<ZipPart>& parts, std::vector<std::unique_ptr<StreamSource>>& sources) {
    std::tm dos_epoch{};
    dos_epoch.tm_year = 80;
    dos_epoch.tm_mday = 1;
    dos_epoch.tm_isdst = -1;
    std::time_t mtime = std::mktime(&dos_epoch);
    for (const ZipPart& p : parts) {
        zip_source_t* src;
        if (p.stream) {
            sources.push_back(std::make_unique<StreamSource>());
            sources.back()->stream = p.stream;
            zip_error_init(&sources.back()->error);
            src = zip_source_function(za, stream_callback, sources.back().get());
        } else {
            src = zip_source_buffer(za, p.bytes.data(), p.bytes.size(), 0);
        }
        if (!src) throw WriteError(WriteErrorKind::Io, zip_message(za));
        zip_int64_t index = zip_file_add(za, p.name.c_str(), src, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            throw WriteError(WriteErrorKind::Io, zip_message(za));
        }
        if (zip_set_file_compression(za, zip_uint64_t(index), ZIP_CM_DEFLATE, 1) != 0 ||
            zip_file_set_mtime(za, zip_uint64_t(index), mtime, 0) != 0)
            throw WriteError(WriteErrorKind::Io, zip_message(za));
    }
}

// Adds the parts and writes the archive out; on failure the archive is
// discarded (nothing reaches its destination) and the error rethrown.
void add_and_close(zip_t* za, const std::vector<ZipPart>& parts) {
    std::vector<std::unique_ptr<StreamSource>> sources;  // read by zip_close
    try {
        add_parts(za, parts, sources);
        if (zip_close(za) != 0) throw WriteError(WriteErrorKind::Io, zip_message(za));
    } catch (...) {
        zip_discard(za);
        throw;
    }
}

// A name no other writer uses: hidden, in the target's folder, so the final
// rename stays on one file system and is atomic.
std::filesystem::path temporary_beside(const std::filesystem::path& target) {
    static std::atomic<unsigned> counter{0};
    std::filesystem::path dir = target.parent_path();
    std::string name = "." + target.filename().string() + "." + std::to_string(::getpid()) + "." +
                       std::to_string(counter++) + ".tmp";
    return dir.empty() ? std::filesystem::path(name) : dir / name;
}

}  // namespace

void write_zip_file(const std::vector<ZipPart>& parts, const std::string& path) {
    std::filesystem::path target(path);
    std::filesystem::path temp;
    zip_t* za = nullptr;
    int err = 0;
    for (int attempt = 0; attempt < 100 && !za; ++attempt) {
        temp = temporary_beside(target);
        za = zip_open(temp.c_str(), ZIP_CREATE | ZIP_EXCL, &err);
        if (!za && err != ZIP_ER_EXISTS) break;
    }
    if (!za) {
        zip_error_t e;
        zip_error_init_with_code(&e, err);
        std::string why = zip_error_strerror(&e);
        zip_error_fini(&e);
        throw WriteError(WriteErrorKind::Io, why);
    }
    try {
        add_and_close(za, parts);
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        throw;
    }
    std::error_code ec;
    std::filesystem::rename(temp, target, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        throw WriteError(WriteErrorKind::Io, ec.message());
    }
}

std::string write_zip_bytes(const std::vector<ZipPart>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) throw WriteError(WriteErrorKind::Io, zip_error_strerror(&error));
    zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!za) {
        zip_source_free(buffer);
        throw WriteError(WriteErrorKind::Io, zip_error_strerror(&error));
    }
    zip_source_keep(buffer);  // keep the bytes after zip_close
    try {
        add_and_close(za, parts);
    } catch (...) {
        zip_source_free(buffer);
        throw;
    }
    std::string out;
    zip_stat_t st;
    if (zip_source_stat(buffer, &st) != 0 || zip_source_open(buffer) != 0) {
        zip_source_free(buffer);
        throw WriteError(WriteErrorKind::Io, "zip buffer");
    }
    out.resize(st.size);
    zip_int64_t got = zip_source_read(buffer, out.data(), out.size());
    zip_source_close(buffer);
    zip_source_free(buffer);
    if (got != zip_int64_t(out.size())) throw WriteError(WriteErrorKind::Io, "zip buffer");
    return out;
}

}  // namespace sk
