#include <iostream>

#include "cli/command.hpp"
#include "read/read_workbook.hpp"

namespace sk::cli {

std::optional<Workbook> read_or_say(const std::string& file, Context& ctx) {
    try {
        return read_workbook(file);
    } catch (const ReadError& e) {
        std::cerr << describe(e, file, ctx.lang()) << "\n";
        ctx.exit_code = 2;
        return std::nullopt;
    }
}

}  // namespace sk::cli
