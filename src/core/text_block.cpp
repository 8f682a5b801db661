#include "core/text_block.hpp"

namespace kiosk {

const char* role_name(TextRole role) {
    switch (role) {
        case TextRole::title:
            return "title";
        case TextRole::heading:
            return "heading";
        case TextRole::body:
            return "body";
        case TextRole::label:
            return "label";
        case TextRole::price:
            return "price";
        case TextRole::why:
            return "why";
        case TextRole::fine:
            return "fine";
        case TextRole::staff:
            return "staff";
    }
    return "body";
}

}  // namespace kiosk
