// What staff can do with the preview's banner and its list of the content's problems, as a
// typed value made where its touch target is made (or by a key, core/preview.hpp).
#pragma once

#include <variant>

namespace kiosk {

namespace preview {

struct OpenList {  // a click on the banner (or the "Content OK" chip), or D
    friend bool operator==(const OpenList&, const OpenList&) = default;
};
struct CloseList {  // Close on the list, Esc or D
    friend bool operator==(const CloseList&, const CloseList&) = default;
};
struct NextPage {  // the list's next page
    friend bool operator==(const NextPage&, const NextPage&) = default;
};
struct PreviousPage {  // the list's previous page
    friend bool operator==(const PreviousPage&, const PreviousPage&) = default;
};

}  // namespace preview

using PreviewAction =
    std::variant<preview::OpenList, preview::CloseList, preview::NextPage, preview::PreviousPage>;

}  // namespace kiosk
