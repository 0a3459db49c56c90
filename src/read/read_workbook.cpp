#include "read/read_workbook.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "base/ascii.hpp"
#include "read/csv_reader.hpp"
#include "read/docx_document.hpp"
#include "read/file_bytes.hpp"
#include "read/ods_document.hpp"
#include "read/text_encoding.hpp"
#include "read/xlsx_workbook.hpp"
#include "read/zip_package.hpp"

namespace sk {

namespace {

bool extension_in(const std::string& name, std::initializer_list<std::string_view> extensions) {
    const std::string ext = ascii_lower(std::filesystem::path(name).extension().string());
    return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

bool named_as_text(const std::string& name) { return extension_in(name, {".csv", ".txt", ".tsv"}); }
bool named_as_ooxml(const std::string& name) {
    return extension_in(name, {".xlsx", ".xlsm", ".xltx", ".xltm", ".docx", ".docm", ".dotx", ".dotm"});
}
bool named_as_office(const std::string& name) {
    return named_as_ooxml(name) || extension_in(name, {".xls", ".doc", ".ods", ".pdf"});
}

// A file that is neither zip nor OLE and not named like an Office file is CSV
// when its text splits consistently.
bool sniffed_as_csv(std::string_view bytes, const std::string& name) {
    if (named_as_office(name)) return false;
    try {
        return looks_like_delimited_text(text_to_utf8(bytes));
    } catch (const ReadError&) {
        return false;
    }
}

}  // namespace

std::string read_file_bytes(const std::string& path, const ReadLimits& limits) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) throw ReadError(ReadErrorKind::NotFound, "");
    auto size = std::filesystem::file_size(path, ec);
    if (ec) throw ReadError(ReadErrorKind::NotFound, "");
    if (size > limits.max_file_bytes) throw ReadError(ReadErrorKind::TooLarge, std::to_string(size) + " byte");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ReadError(ReadErrorKind::NotFound, "");
    std::string bytes(size, '\0');
    in.read(bytes.data(), std::streamsize(size));
    bytes.resize(std::size_t(in.gcount()));
    return bytes;
}

namespace {

// The reader the bytes call for: PDF, .xls, CSV, or a zip (.ods, .docx, .xlsx).
Workbook read_file(FileBytes file, const std::string& name, const ReadLimits& limits) {
    const std::string_view bytes = file.view();
    if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return read_pdf_bytes(bytes, name, limits);
    if (is_ole_container(bytes)) {
        try {
            return read_xls_bytes(bytes, name, limits);
        } catch (const ReadError& e) {
            // Office keeps a password-protected .xlsx or .docx in an OLE container.
            if (e.kind == ReadErrorKind::DamagedXls && named_as_ooxml(name)) throw ReadError(ReadErrorKind::Encrypted, "");
            throw;
        }
    }
    const bool zip = bytes.starts_with(std::string_view("PK\x03\x04", 4)) || bytes.starts_with(std::string_view("PK\x05\x06", 4));
    if ((named_as_text(name) && !zip) || (!bytes.starts_with("PK") && sniffed_as_csv(bytes, name)))
        return read_csv_bytes(bytes, name, limits);
    ZipPackage pkg{std::move(file), limits};
    if (is_opendocument(pkg)) return read_ods_package(pkg, name, limits);
    std::string main_part = word_main_part(pkg, limits);
    if (!main_part.empty()) return read_docx_package(pkg, main_part, name, limits);
    return read_xlsx_package(pkg, name, limits);
}

}  // namespace

Workbook read_workbook_bytes(std::string bytes, const std::string& name, const ReadLimits& limits) {
    return read_file(FileBytes(std::move(bytes)), name, limits);
}

Workbook read_workbook(const std::string& path, const ReadLimits& limits) {
    return read_file(FileBytes::map(path, limits), path, limits);
}

}  // namespace sk
