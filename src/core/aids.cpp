#include "core/aids.hpp"

namespace kiosk {

std::string_view aid_name(Aid aid) {
    switch (aid) {
        case Aid::larger_text:
            return "larger_text";
        case Aid::high_contrast:
            return "high_contrast";
        case Aid::more_time:
            return "more_time";
        case Aid::read_aloud:
            return "read_aloud";
        case Aid::reach:
            return "reach";
    }
    return "";
}

std::optional<Aid> aid_named(std::string_view name) {
    for (Aid aid : every_aid)
        if (aid_name(aid) == name) return aid;
    return std::nullopt;
}

std::vector<std::string> Aids::names() const {
    std::vector<std::string> on;
    for (Aid aid : every_aid)
        if (has(aid)) on.emplace_back(aid_name(aid));
    return on;
}

}  // namespace kiosk
