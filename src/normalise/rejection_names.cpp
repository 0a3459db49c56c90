#include "normalise/amount.hpp"

namespace sk::num {

const char* rejection_name(Rejection r, bool swedish) {
    switch (r) {
        case Rejection::None: return swedish ? "inget fel" : "no error";
        case Rejection::Date: return swedish ? "ett datum" : "a date";
        case Rejection::Code: return swedish ? "en kod" : "a code";
        case Rejection::Phone: return swedish ? "ett telefonnummer" : "a phone number";
        case Rejection::Ratio: return swedish ? "ett förhållande" : "a ratio";
        case Rejection::Words: return swedish ? "text med ord" : "text with words";
        case Rejection::Malformed: return swedish ? "ett felskrivet tal" : "a malformed number";
        case Rejection::Year: return swedish ? "ett årtal" : "a year";
        case Rejection::Time: return swedish ? "ett klockslag" : "a time of day";
        case Rejection::Range: return swedish ? "ett intervall" : "a range";
    }
    return "";
}

const char* rejection_code(Rejection r) {
    switch (r) {
        case Rejection::None: return "none";
        case Rejection::Date: return "date";
        case Rejection::Code: return "code";
        case Rejection::Phone: return "phone";
        case Rejection::Ratio: return "ratio";
        case Rejection::Words: return "words";
        case Rejection::Malformed: return "malformed";
        case Rejection::Year: return "year";
        case Rejection::Time: return "time";
        case Rejection::Range: return "range";
    }
    return "";
}

}  // namespace sk::num
