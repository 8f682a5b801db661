// Image checks: paths inside the assets folder, PNG or JPEG, not too large.
#include "core/asset_images.hpp"
#include "core/image_header.hpp"

#include <doctest/doctest.h>

#include <fstream>

#include "content_test_folder.hpp"

using kiosk::testing::ContentTestFolder;

namespace {

std::string problem_with(const ContentTestFolder& folder, std::string_view image) {
    kiosk::AssetImages images(folder.folders().assets);
    return images.problem(image).value_or("fine");
}

std::string in_assets(const ContentTestFolder& folder, std::string_view file) {
    return (folder.folders().assets / file).generic_string();
}

}  // namespace

TEST_CASE("asset_images: PNG and JPEG files inside the folder are fine") {
    ContentTestFolder folder;
    folder.write_asset("a/ok.png", kiosk::testing::png_header(8192, 100));
    folder.write_asset("ok.jpg", kiosk::testing::jpeg_header(100, 8192));
    CHECK(problem_with(folder, "a/ok.png") == "fine");
    CHECK(problem_with(folder, "ok.jpg") == "fine");
}

TEST_CASE("asset_images: paths must stay inside the assets folder") {
    ContentTestFolder folder;
    folder.write_asset("ok.png", kiosk::testing::png_header(10, 10));
    CHECK(problem_with(folder, "") ==
          "the image path is empty; leave the key out when there is no image");
    CHECK(problem_with(folder, "/etc/passwd") ==
          "image '/etc/passwd' must be a path inside the assets folder, not an absolute path");
    CHECK(problem_with(folder, "C:/x.png") ==
          "image 'C:/x.png' must be a path inside the assets folder, not an absolute path");
    CHECK(problem_with(folder, "a/../ok.png") ==
          "image 'a/../ok.png' must not contain '..'; images stay inside the assets folder");
    CHECK(problem_with(folder, "..") ==
          "image '..' must not contain '..'; images stay inside the assets folder");
    CHECK(problem_with(folder, "a\\ok.png") ==
          "image 'a\\ok.png': write the path with '/', not '\\'");
    CHECK(problem_with(folder, "missing.png") ==
          "image 'missing.png' not found in the assets folder (" +
              in_assets(folder, "missing.png") + ")");
}

TEST_CASE("asset_images: a link that leaves the assets folder is refused") {
    ContentTestFolder folder;
    {
        std::ofstream outside(folder.root() / "outside.png", std::ios::binary);
        outside << kiosk::testing::png_header(10, 10);
    }
    std::error_code made;
    std::filesystem::create_symlink(folder.root() / "outside.png",
                                    folder.folders().assets / "link.png", made);
    if (made) {
        // Windows makes symbolic links only with developer mode or an administrator's right.
        MESSAGE("this system makes no symbolic links here (" << made.message()
                                                             << "); skipping the link checks");
        return;
    }
    std::filesystem::create_directory_symlink(folder.root(), folder.folders().assets / "up");
    CHECK(problem_with(folder, "link.png") ==
          "image 'link.png' leaves the assets folder through a link (" +
              in_assets(folder, "link.png") + ")");
    CHECK(problem_with(folder, "up/outside.png") ==
          "image 'up/outside.png' leaves the assets folder through a link (" +
              in_assets(folder, "up/outside.png") + ")");
}

TEST_CASE("asset_images: not an image, damaged, or too large") {
    ContentTestFolder folder;
    folder.write_asset("text.png", "this is not a picture");
    folder.write_asset("empty.png", "");
    folder.write_asset("huge.png", kiosk::testing::png_header(30000, 30000));
    folder.write_asset("wide.jpg", kiosk::testing::jpeg_header(8193, 10));
    std::filesystem::create_directory(folder.folders().assets / "folder.png");
    folder.write_asset("big.png", kiosk::testing::png_header(10, 10));
    std::filesystem::resize_file(folder.folders().assets / "big.png", 33u * 1024 * 1024);
    CHECK(problem_with(folder, "text.png") == "image 'text.png' is not a PNG or JPEG image");
    CHECK(problem_with(folder, "empty.png") == "image 'empty.png' is an empty file");
    CHECK(
        problem_with(folder, "huge.png") ==
        "image 'huge.png' is 30000x30000 pixels; images may be at most 8192 pixels on either side");
    CHECK(problem_with(folder, "wide.jpg") ==
          "image 'wide.jpg' is 8193x10 pixels; images may be at most 8192 pixels on either side");
    CHECK(problem_with(folder, "folder.png") == "image 'folder.png' is not a file");
    CHECK(problem_with(folder, "big.png") ==
          "image 'big.png' is 33 MiB; images may be at most 32 MiB");
}

TEST_CASE("asset_images: an unreadable file is refused") {
    ContentTestFolder folder;
    folder.write_asset("locked.png", kiosk::testing::png_header(10, 10));
    const auto path = folder.folders().assets / "locked.png";
    std::filesystem::permissions(path, std::filesystem::perms::none);
    if (std::ifstream(path)) {
        MESSAGE("running with rights that read any file; skipping the unreadable-file check");
        return;
    }
    CHECK(problem_with(folder, "locked.png") ==
          "image 'locked.png' cannot be read (check the file's permissions)");
}

TEST_CASE("asset_images: an image error names the key in the content file") {
    ContentTestFolder folder;
    folder.write("slides.json", R"({
  "slides": [
    {"id": "a", "title": "A", "image": "illustrations/gut.png"}
  ]
}
)");
    CHECK(
        folder.all_shown(folder.load()) ==
        "slides.json:3:40: error: image 'illustrations/gut.png' not found in the assets folder (" +
            in_assets(folder, "illustrations/gut.png") + ") [/slides/0/image]\n");
}

TEST_CASE("asset_images: a picture that is a symbolic link loop is named as one") {
    ContentTestFolder folder;
    std::error_code made;
    std::filesystem::create_symlink("loop.png", folder.folders().assets / "loop.png", made);
    if (made) {
        MESSAGE("this system makes no symbolic links here (" << made.message() << "); skipping");
        return;
    }
    CHECK(problem_with(folder, "loop.png") ==
          "image 'loop.png' cannot be read: a symbolic link loop (" +
              in_assets(folder, "loop.png") + ")");
}

TEST_CASE("asset_images: a picture whose decoding would take more than the budget is refused") {
    ContentTestFolder folder;
    folder.write_asset("poster.png", kiosk::testing::png_header(8000, 8000));
    folder.write_asset("photo.jpg", kiosk::testing::jpeg_header(6000, 4000));
    folder.write_asset("fits.png", kiosk::testing::png_header(4096, 4096));  // 128 MiB exactly
    CHECK(problem_with(folder, "poster.png") ==
          "image 'poster.png' is 8000x8000 pixels: decoding it takes 488 MiB, more than the 128 "
          "MiB a picture may take; save it at most 4096x4096");
    CHECK(problem_with(folder, "photo.jpg") ==
          "image 'photo.jpg' is 6000x4000 pixels: decoding it takes 160 MiB, more than the 128 MiB "
          "a picture may take; save it at most 5362x3575");
    CHECK(problem_with(folder, "fits.png") == "fine");
    CHECK(kiosk::decode_bytes(kiosk::ImageFormat::png, 4096, 4096) == kiosk::max_decode_bytes);
    CHECK(kiosk::decode_bytes(kiosk::ImageFormat::jpeg, 1000, 1000) == 7000000);
}
