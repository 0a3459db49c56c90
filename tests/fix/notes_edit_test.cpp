// The notes parts fix writes: every note's text as given, escaped, with the
// author's number in its attribute only.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fix/notes_edit.hpp"

using namespace sk::fix;

namespace {

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a new comments part holds each note's text as written, escaped") {
    const std::vector<Note> notes = {{0, 0, "Tidigare: AUTHOR & co <1 000>"}, {11, 27, "Andra"}};
    const std::string xml = new_comments_part(notes);
    CHECK(count(xml, "<comment ref=\"A1\" authorId=\"0\">") == 1);
    CHECK(count(xml, "<comment ref=\"AB12\" authorId=\"0\">") == 1);
    CHECK(count(xml, ">Tidigare: AUTHOR &amp; co &lt;1 000&gt;</t>") == 1);
    CHECK(count(xml, "<author>summakoll</author>") == 1);
}

TEST_CASE("notes added to an existing comments part take the next author's number and skip noted cells") {
    std::string xml =
        "<comments xmlns=\"m\"><authors><author>Anna</author><author>Bo</author></authors><commentList>"
        "<comment ref=\"B2\" authorId=\"1\"><text><t>redan</t></text></comment></commentList></comments>";
    const std::vector<Note> added = append_comments(xml, {{1, 1, "ny på B2"}, {2, 1, "AUTHOR på B3"}});
    REQUIRE(added.size() == 1);
    CHECK(added[0].row == 2);
    CHECK(count(xml, "<comment ref=\"B3\" authorId=\"2\">") == 1);
    CHECK(count(xml, ">AUTHOR på B3</t>") == 1);
    CHECK(count(xml, "<author>Anna</author><author>Bo</author><author>summakoll</author></authors>") == 1);
}

TEST_CASE("a new VML drawing has one hidden shape per note, anchored beside its cell") {
    const std::vector<Note> notes = {{0, 0, "a"}, {9, 2, "b"}, {100000, 7, "c"}};
    const std::string vml = new_vml_drawing(notes, 2048);
    CHECK(count(vml, "<v:shape id=") == 3);
    CHECK(count(vml, "<o:idmap v:ext=\"edit\" data=\"2\"/>") == 1);
    CHECK(count(vml, "id=\"_x0000_s2048\"") == 1);
    CHECK(count(vml, "id=\"_x0000_s2050\"") == 1);
    CHECK(count(vml, "<x:Anchor>1, 15, 0, 10, 4, 15, 4, 4</x:Anchor>") == 1);
    CHECK(count(vml, "<x:Anchor>3, 15, 8, 10, 6, 15, 13, 4</x:Anchor><x:Row>9</x:Row><x:Column>2</x:Column>") == 1);
    CHECK(count(vml, "<v:shapetype id=\"_x0000_t202\"") == 1);
    CHECK(count(vml, "type=\"#_x0000_t202\" style=\"visibility:hidden\"") == 3);
    CHECK(count(vml, "<x:Row>100000</x:Row><x:Column>7</x:Column>") == 1);
    CHECK(vml.ends_with("</v:shape></xml>"));
}
