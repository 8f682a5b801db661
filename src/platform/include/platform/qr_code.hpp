// QR codes through libqrencode: text in, a square of dark and light modules out.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

struct QrCode {
    int size = 0;            // modules per side; 0 when the text could not be encoded
    std::vector<bool> dark;  // size × size, row by row
    [[nodiscard]] bool at(int x, int y) const { return dark[static_cast<size_t>(y * size + x)]; }
};

// Medium error correction: readable from a kiosk screen with a phone held at an angle.
[[nodiscard]] QrCode encode_qr(const std::string& text);

}  // namespace kiosk
