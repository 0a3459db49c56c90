// Why a file could not be read. Readers throw ReadError; the programs turn it
// into one line naming the file and the reason, and exit code 2.
#pragma once

#include <stdexcept>
#include <string>

#include "base/lang.hpp"

namespace sk {

enum class ReadErrorKind {
    NotFound,         // no such file, or not a regular file
    Unsupported,      // a file type summakoll does not read
    NotZip,           // not a zip archive at all
    Encrypted,        // an OLE/CFB container that is not an .xls: a password-protected Office file or a .doc
    Truncated,        // a zip archive cut short or with a broken central directory
    Corrupt,          // a zip entry that fails to inflate or has a bad CRC
    UnsafeEntryName,  // ".." or an absolute path in an entry name
    TooLarge,         // an entry or the total uncompressed size is over the cap
    InflateRatio,     // an entry inflates beyond the ratio cap (a zip bomb)
    TooManyParts,     // more entries than the cap
    MissingPart,      // [Content_Types].xml, the workbook or a sheet part is missing
    MalformedXml,     // XML that does not parse
    XmlDoctype,       // a DOCTYPE or entity declaration: refused, never expanded
    TooDeep,          // XML nested deeper than the cap
    TooManyCells,     // more cells than the cap
    StringTooLong,    // one cell's text over the cap
    AbsurdDimension,  // a cell address outside Excel's grid
    NotAWorkbook,     // a zip that is some other kind of document
    NotText,          // read as CSV, but binary (NUL characters) or undecodable
    ImpossibleValue,  // NaN or infinity as a number, a shared-string index past the table
    DamagedXls,       // an .xls whose OLE directory or BIFF records are broken
    DamagedPdf,       // a PDF that poppler cannot open (truncated, not a PDF inside)
    EncryptedPdf,     // a PDF that needs a password to open
    ImageOnlyPdf,     // a PDF without text: a scan (summakoll does no OCR)
    TooManyPages,     // a PDF with more pages than the cap
    PdfReaderMissing, // the PDF reader's module (summakoll-pdf.so) is not beside the program
};

struct ReadError : std::runtime_error {
    ReadErrorKind kind;
    std::string detail;  // the part, entry or number concerned; may be empty
    ReadError(ReadErrorKind k, std::string d)
        : std::runtime_error(d), kind(k), detail(std::move(d)) {}
};

// One line for the user: "fil.xlsx: <reason>" in the chosen language.
std::string describe(const ReadError& e, const std::string& path, Lang lang);

}  // namespace sk
