#include "fix/notes_edit.hpp"

#include <set>

#include "fix/xml_text.hpp"
#include "grid/grid.hpp"

namespace sk::fix {

namespace {

constexpr const char* main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* note_shape_type =
    "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" "
    "path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" "
    "o:connecttype=\"rect\"/></v:shapetype>";

std::string comment_xml(const Note& n) {
    std::string text = xml_escape(n.text);
    return "<comment ref=\"" + a1(n.row, n.col) + "\" authorId=\"AUTHOR\"><text><r><rPr><sz val=\"9\"/>"
           "<color indexed=\"81\"/><rFont val=\"Tahoma\"/><family val=\"2\"/></rPr><t xml:space=\"preserve\">" +
           text + "</t></r></text></comment>";
}

std::string shape_xml(const Note& n, std::uint32_t id, std::uint32_t z) {
    // Anchor: left column, dx, top row, dy, right column, dx, bottom row, dy.
    std::string anchor = std::to_string(n.col + 1) + ", 15, " + std::to_string(n.row == 0 ? 0 : n.row - 1) + ", 10, " +
                         std::to_string(n.col + 4) + ", 15, " + std::to_string(n.row + 4) + ", 4";
    return "<v:shape id=\"_x0000_s" + std::to_string(id) + "\" type=\"#_x0000_t202\" style='position:absolute;"
           "margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:70pt;z-index:" + std::to_string(z) +
           ";visibility:hidden' fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/>"
           "<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>"
           "<v:textbox style='mso-direction-alt:auto'><div style='text-align:left'></div></v:textbox>"
           "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>" + anchor +
           "</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>" + std::to_string(n.row) + "</x:Row><x:Column>" +
           std::to_string(n.col) + "</x:Column></x:ClientData></v:shape>";
}

// In one pass: a replace in place per note would move the rest of the part each time.
void replace_all(std::string& s, const std::string& from, const std::string& to) {
    std::string out;
    out.reserve(s.size());
    std::size_t pos = 0;
    for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, pos)) {
        out.append(s, pos, p - pos).append(to);
        pos = p + from.size();
    }
    out.append(s, pos);
    s = std::move(out);
}

}  // namespace

std::string new_comments_part(const std::vector<Note>& notes) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"";
    out += main_ns;
    out += "\"><authors><author>summakoll</author></authors><commentList>";
    for (const Note& n : notes) out += comment_xml(n);
    out += "</commentList></comments>";
    replace_all(out, "AUTHOR", "0");
    return out;
}

std::string new_vml_drawing(const std::vector<Note>& notes, std::uint32_t first_shape_id) {
    std::string out =
        "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"" +
        std::to_string(first_shape_id / 1024) +
        "\"/></o:shapelayout>" + std::string(note_shape_type);
    std::uint32_t z = 1;
    for (const Note& n : notes) out += shape_xml(n, first_shape_id++, z++);
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
        comments += comment_xml(n);
        added.push_back(n);
    }
    replace_all(comments, "AUTHOR", std::to_string(author_count));
    std::size_t list_close = xml.find("</commentList>");
    if (list_close == std::string::npos || authors_close == std::string::npos) return {};
    xml.insert(list_close, comments);
    xml.insert(authors_close, "<author>summakoll</author>");
    return added;
}

void append_vml_shapes(std::string& vml, const std::vector<Note>& notes, std::uint32_t first_shape_id) {
    std::string shapes;
    std::uint32_t z = 1000;
    for (const Note& n : notes) shapes += shape_xml(n, first_shape_id++, z++);
    std::size_t close = vml.rfind("</xml>");
    if (close == std::string::npos) return;
    // Existing drawings may lack the note shape type; add it when missing.
    if (vml.find("id=\"_x0000_t202\"") == std::string::npos) shapes = note_shape_type + shapes;
    vml.insert(close, shapes);
}

}  // namespace sk::fix
