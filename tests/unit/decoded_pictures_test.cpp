// The pictures known to decode (platform/decoded_pictures.hpp): a picture that decoded is not
// decoded again while its file stays as it was; a changed file, or one that failed, is.
#include "platform/decoded_pictures.hpp"

#include <doctest/doctest.h>

#include <map>
#include <mutex>

#include "content_test_folder.hpp"
#include "platform/file_system.hpp"

using kiosk::testing::ContentTestFolder;

namespace {

// A decoder that counts its calls and fails files whose first byte is 'x'.
struct Decoder {
    std::mutex mutex;
    std::map<std::string, int> calls;

    kiosk::PictureCheck check() {
        return [this](const std::filesystem::path& file) -> std::optional<std::string> {
            std::lock_guard lock(mutex);
            ++calls[file.filename().string()];
            std::ifstream in(file, std::ios::binary);
            if (in.get() == 'x') return "damaged";
            return std::nullopt;
        };
    }
};

}  // namespace

TEST_CASE("decoded_pictures: a picture that decoded is not decoded again until its file changes") {
    ContentTestFolder folder;
    const auto file = folder.folders().assets / "a.png";
    folder.write_asset("a.png", "a picture");
    Decoder decoder;
    const auto known = std::make_shared<kiosk::DecodedPictures>();
    const kiosk::PictureCheck check = kiosk::skipping_decoded(known, decoder.check());
    CHECK_FALSE(check(file));
    CHECK_FALSE(check(file));
    CHECK(decoder.calls["a.png"] == 1);

    folder.write_asset("a.png", "a longer picture");  // another size
    CHECK_FALSE(check(file));
    CHECK(decoder.calls["a.png"] == 2);
    folder.write_asset("a.png", "x cut");
    CHECK(check(file) == "damaged");
    CHECK(check(file) == "damaged");  // a failure is not remembered
    CHECK(decoder.calls["a.png"] == 4);
}

TEST_CASE("decoded_pictures: a picture noted with its file's stamp is taken as decoded") {
    ContentTestFolder folder;
    const auto file = folder.folders().assets / "b.png";
    folder.write_asset("b.png", "x, but noted as it is");
    const kiosk::FileStamp stamp = kiosk::file_stamp(file);
    Decoder decoder;
    const auto known = std::make_shared<kiosk::DecodedPictures>();
    known->note(file, stamp.size + 1, stamp.modified);  // as it was before: decoded again
    const kiosk::PictureCheck check = kiosk::skipping_decoded(known, decoder.check());
    CHECK(check(file) == "damaged");
    known->note(file, stamp.size, stamp.modified);
    CHECK_FALSE(check(file));
    CHECK(decoder.calls["b.png"] == 1);
    CHECK(known->has(file, stamp.size, stamp.modified));
    CHECK_FALSE(known->has(folder.folders().assets / "other.png", stamp.size, stamp.modified));
}
