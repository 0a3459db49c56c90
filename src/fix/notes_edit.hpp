// Excel notes ("legacy comments") on changed cells: xl/commentsN.xml for the
// text plus a VML drawing that Excel and LibreOffice need to show them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sk::fix {

struct Note {
    std::uint32_t row = 0, col = 0;
    std::string text;
};

// A new comments part holding `notes`.
std::string new_comments_part(const std::vector<Note>& notes);
// A new VML drawing with one hidden note shape per note.
std::string new_vml_drawing(const std::vector<Note>& notes, std::uint32_t first_shape_id);

// Adds `notes` to an existing comments part, skipping cells that already
// have a note (Excel allows one per cell). Returns the notes that were added.
std::vector<Note> append_comments(std::string& comments_xml, const std::vector<Note>& notes);
// Adds note shapes to an existing VML drawing, before its closing </xml>.
void append_vml_shapes(std::string& vml, const std::vector<Note>& notes, std::uint32_t first_shape_id);

}  // namespace sk::fix
