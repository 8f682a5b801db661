// What staff can do in the hidden staff menu, as a typed value made where its button is made.
#pragma once

#include <variant>

namespace kiosk {

namespace staff {

struct Digit {  // a key of the PIN pad
    char digit = '0';
    friend bool operator==(const Digit&, const Digit&) = default;
};
struct Erase {  // the last digit typed
    friend bool operator==(const Erase&, const Erase&) = default;
};
struct SubmitPin {  // OK on the PIN pad
    friend bool operator==(const SubmitPin&, const SubmitPin&) = default;
};
struct Cancel {  // Cancel on the PIN pad
    friend bool operator==(const Cancel&, const Cancel&) = default;
};
struct Close {  // "Back to the kiosk" in the menu
    friend bool operator==(const Close&, const Close&) = default;
};
struct CheckContent {  // "Check content now"
    friend bool operator==(const CheckContent&, const CheckContent&) = default;
};
struct Screenshot {  // "Save a screenshot" of what shoppers see
    friend bool operator==(const Screenshot&, const Screenshot&) = default;
};
struct ExitKiosk {  // "Exit the kiosk": asks for a confirmation
    friend bool operator==(const ExitKiosk&, const ExitKiosk&) = default;
};
struct ConfirmExit {  // "Exit now": the confirmation, which ends the kiosk
    friend bool operator==(const ConfirmExit&, const ConfirmExit&) = default;
};
struct KeepRunning {  // "Cancel" beside "Exit now"
    friend bool operator==(const KeepRunning&, const KeepRunning&) = default;
};

}  // namespace staff

using StaffAction = std::variant<staff::Digit, staff::Erase, staff::SubmitPin, staff::Cancel,
                                 staff::Close, staff::CheckContent, staff::Screenshot,
                                 staff::ExitKiosk, staff::ConfirmExit, staff::KeepRunning>;

}  // namespace kiosk
