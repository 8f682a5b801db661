// What the picture library tells of pictures that fail (platform/picture_library.hpp): each
// failure kept with the file and the reason, handed out once, forgotten with the content. The
// library itself needs a GL context; its failure book (PictureFailures) and the decoder's
// reasons for a broken file are tested here without a window.
#include "platform/picture_library.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "core/path_text.hpp"
#include "scratch_folder.hpp"

using kiosk::PictureFailure;
using kiosk::PictureFailures;

TEST_CASE("picture_library: a failure is kept with its reason, the file's name left out") {
    PictureFailures failures;
    CHECK_FALSE(failures.has("/a/products/soap.png"));
    failures.add("/a/products/soap.png", "/a/products/soap.png: image data is damaged");
    CHECK(failures.has("/a/products/soap.png"));
    REQUIRE(failures.reason("/a/products/soap.png"));
    CHECK(*failures.reason("/a/products/soap.png") == "image data is damaged");
    CHECK_FALSE(failures.has("/a/products/cream.png"));
    CHECK(failures.reason("/a/products/cream.png") == nullptr);
}

TEST_CASE("picture_library: each failure is handed out once, oldest first") {
    PictureFailures failures;
    failures.add("/a/one.png", "cannot open /a/one.png");
    failures.add("/a/two.png", "/a/two.png: not a readable PNG or JPEG image");
    failures.add("/a/one.png", "cannot open /a/one.png");  // the same file failing again
    const std::vector<PictureFailure> taken = failures.take_new();
    REQUIRE(taken.size() == 2);
    CHECK(taken[0].file == kiosk::path_from_utf8("/a/one.png"));
    CHECK(taken[0].reason == "cannot open /a/one.png");  // a sentence about the file stays whole
    CHECK(taken[1].file == kiosk::path_from_utf8("/a/two.png"));
    CHECK(taken[1].reason == "not a readable PNG or JPEG image");
    CHECK(failures.take_new().empty());
    CHECK(failures.has("/a/one.png"));  // still known as failed: not tried again
}

TEST_CASE("picture_library: forgetting (new content) lets failed files be tried again") {
    PictureFailures failures;
    failures.add("/a/one.png", "/a/one.png: image data is damaged");
    failures.forget();
    CHECK_FALSE(failures.has("/a/one.png"));
    // A failure not yet taken is still reported.
    CHECK(failures.take_new().size() == 1);
    failures.add("/a/one.png", "/a/one.png: image data is damaged");  // fails again
    CHECK(failures.take_new().size() == 1);
}

TEST_CASE("picture_library: a file that decodes after all is no longer failed") {
    PictureFailures failures;
    failures.add("/a/one.png", "/a/one.png: image data is damaged");
    failures.remove("/a/one.png");
    CHECK_FALSE(failures.has("/a/one.png"));
}

TEST_CASE("picture_library: a broken file's decode failure gives the reason the library keeps") {
    kiosk::testing::ScratchFolder folder("kiosk-pictures-");
    const auto broken = folder.path / "broken.png";
    std::ofstream(broken, std::ios::binary) << "x";
    const kiosk::DecodedImage image = kiosk::decode_image_file(broken, 256, 256);
    REQUIRE_FALSE(image.error.empty());
    PictureFailures failures;
    const std::string key = kiosk::utf8_of(broken);
    failures.add(key, image.error);
    const std::vector<PictureFailure> taken = failures.take_new();
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].file == broken);
    CHECK_FALSE(taken[0].reason.empty());
    CHECK(taken[0].reason.find(key) == std::string::npos);  // the file is said once, in `file`

    const kiosk::DecodedImage missing = kiosk::decode_image_file(folder.path / "none.png", 0, 0);
    REQUIRE_FALSE(missing.error.empty());
    failures.add(kiosk::utf8_of(folder.path / "none.png"), missing.error);
    CHECK(failures.take_new().at(0).reason == missing.error);
}
