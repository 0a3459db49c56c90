// Small edits on XML text that keep every other byte as it was.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace sk::fix {

// Offset of "</…name>" (any prefix) for the first such closing tag, or npos.
std::size_t closing_tag(const std::string& xml, std::string_view name);
// The same for the root element's closing tag, searched from the end: a
// part that grows by one element per sheet is not read from its start each time.
std::size_t root_closing_tag(const std::string& xml, std::string_view name);
// Offset of the first start tag "<…name" (any prefix) at or after `from`, or npos.
std::size_t start_tag(const std::string& xml, std::string_view name, std::size_t from = 0);

// Rewrites count="N" in the start tag of the first element named `name`.
void set_count(std::string& xml, std::string_view name, std::uint32_t count);
// Sets attribute `name` to `value` in the start tag that begins at `tag_begin`.
void set_attribute(std::string& xml, std::size_t tag_begin, std::string_view name, std::string_view value);

// Adds `prefix` ("x:") to every element name in a snippet written without one.
std::string with_prefix(std::string_view snippet, std::string_view prefix);

}  // namespace sk::fix
