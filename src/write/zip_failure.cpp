#include "write/zip_failure.hpp"

namespace sk {

WriteError zip_failure(zip_error_t* error) {
    std::string text = zip_error_strerror(error);
    if (zip_error_system_type(error) == ZIP_ET_SYS && zip_error_code_system(error) != 0)
        return WriteError(text, zip_error_code_system(error));
    return WriteError(WriteErrorKind::Io, text);
}

WriteError zip_failure(zip_t* archive) {
    if (!archive) return WriteError(WriteErrorKind::Io, "zip");
    return zip_failure(zip_get_error(archive));
}

}  // namespace sk
