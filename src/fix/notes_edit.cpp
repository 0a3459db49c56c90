#include "fix/notes_edit.hpp"

#include <set>

#include "base/ooxml.hpp"
#include "fix/xml_text.hpp"
#include "grid/grid.hpp"
#include "write/xml_escape.hpp"

namespace sk::fix {

namespace {

// What every note shape has in common sits once in the shape type, which
// VML shapes inherit from: each shape then holds only its id, its cell and
// its anchor (about 200 bytes instead of 620 a note).
constexpr const char* note_shape_type =
    "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" "
    "path=\"m,l,21600r21600,l21600,xe\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/>"
    "<v:stroke joinstyle=\"miter\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>"
    "<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>";

void append_comment(std::string& out, const Note& n, std::size_t author) {
    out += "<comment ref=\"";
    out += a1(n.row, n.col);
    out += "\" authorId=\"";
    out += std::to_string(author);
    out += "\"><text><r><rPr><sz val=\"9\"/><rFont val=\"Tahoma\"/></rPr>"
           "<t xml:space=\"preserve\">";
    append_xml_text(out, n.text);
    out += "</t></r></text></comment>";
}

void append_shape(std::string& out, const Note& n, std::uint32_t id) {
    const auto number = [&out](std::uint32_t v) { out += std::to_string(v); };
    out += "<v:shape id=\"_x0000_s";
    number(id);
    out += "\" type=\"#_x0000_t202\" style=\"visibility:hidden\"><x:ClientData ObjectType=\"Note\"><x:Anchor>";
    // Left column, dx, top row, dy, right column, dx, bottom row, dy.
    number(n.col + 1);
    out += ", 15, ";
    number(n.row == 0 ? 0 : n.row - 1);
    out += ", 10, ";
    number(n.col + 4);
    out += ", 15, ";
    number(n.row + 4);
    out += ", 4</x:Anchor><x:Row>";
    number(n.row);
    out += "</x:Row><x:Column>";
    number(n.col);
    out += "</x:Column></x:ClientData></v:shape>";
}

// Room for the notes' comments or shapes at once: a part grown by doubling
// touches up to twice its size in fresh memory, which on a big fix costs
// more than making the text (reserved and unused pages cost nothing).
void reserve_for(std::string& out, const std::vector<Note>& notes, std::size_t bytes_each) {
    std::size_t text = 0;
    for (const Note& n : notes) text += n.text.size();
    out.reserve(out.size() + text + text / 8 + notes.size() * bytes_each);
}

}  // namespace

std::string new_comments_part(const std::vector<Note>& notes) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"";
    out += ooxml::spreadsheet_ns;
    out += "\"><authors><author>summakoll</author></authors><commentList>";
    reserve_for(out, notes, 256);
    for (const Note& n : notes) append_comment(out, n, 0);
    out += "</commentList></comments>";
    return out;
}

std::string new_vml_drawing(const std::vector<Note>& notes, std::uint32_t first_shape_id) {
    std::string out =
        "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"" +
        std::to_string(first_shape_id / 1024) +
        "\"/></o:shapelayout>" + std::string(note_shape_type);
    reserve_for(out, notes, 240);
    for (const Note& n : notes) append_shape(out, n, first_shape_id++);
    out += "</xml>";
    return out;
}

std::vector<Note> append_comments(std::string& xml, const std::vector<Note>& notes) {
    std::set<std::string> taken;
    for (std::size_t p = xml.find("ref=\""); p != std::string::npos; p = xml.find("ref=\"", p + 5))
        taken.insert(xml.substr(p + 5, xml.find('"', p + 5) - p - 5));
    // Our author goes last in <authors>.
    std::size_t authors_close = xml.find("</authors>");
    std::size_t author_count = 0;
    for (std::size_t p = xml.find("<author>"); p != std::string::npos && p < authors_close; p = xml.find("<author>", p + 1))
        ++author_count;
    std::vector<Note> added;
    std::string comments;
    for (const Note& n : notes) {
        if (taken.count(a1(n.row, n.col))) continue;
        append_comment(comments, n, author_count);
        added.push_back(n);
    }
    std::size_t list_close = xml.find("</commentList>");
    if (list_close == std::string::npos || authors_close == std::string::npos) return {};
    xml.insert(list_close, comments);
    xml.insert(authors_close, "<author>summakoll</author>");
    return added;
}

void append_vml_shapes(std::string& vml, const std::vector<Note>& notes, std::uint32_t first_shape_id) {
    std::string shapes;
    for (const Note& n : notes) append_shape(shapes, n, first_shape_id++);
    std::size_t close = vml.rfind("</xml>");
    if (close == std::string::npos) return;
    // Existing drawings may lack the note shape type; add it when missing.
    if (vml.find("id=\"_x0000_t202\"") == std::string::npos) shapes = note_shape_type + shapes;
    vml.insert(close, shapes);
}

}  // namespace sk::fix
