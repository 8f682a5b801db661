// One visitor made of several lambdas, for std::visit over the action variants.
#pragma once

namespace kiosk {

template <class... Ways>
struct Overloaded : Ways... {
    using Ways::operator()...;
};
template <class... Ways>
Overloaded(Ways...) -> Overloaded<Ways...>;

}  // namespace kiosk
