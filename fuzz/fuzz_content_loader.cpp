// The content loader with one of its four files replaced by the input: byte 0 picks which
// (byte % 4: kiosk, slides, quiz, products), the rest is that file. The other three are the
// shipped content. The per-file readers and the checks across files run in memory, the way
// load_content runs them (see load_in_memory); every 64th input also goes through load_content
// itself, from files in a temporary folder made once per process. That folder's assets hold a
// 1x1 PNG for every picture the shipped content names, so the shipped files read without errors
// and the checks across files run.
#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>

#include "core/asset_images.hpp"
#include "core/content_checks.hpp"
#include "core/content_files.hpp"
#include "core/content_loader.hpp"

namespace {

namespace fs = std::filesystem;
constexpr std::array<const char*, 4> file_names = {"kiosk.json", "slides.json", "quiz.json",
                                                   "products.json"};

std::string read_whole(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

constexpr unsigned char one_pixel_png[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x03, 0x00, 0x00,
    0x00, 0x28, 0xcb, 0x34, 0xbb, 0x00, 0x00, 0x00, 0x03, 0x50, 0x4c, 0x54, 0x45, 0xff,
    0xff, 0xff, 0xa7, 0xc4, 0x1b, 0xc8, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54,
    0x08, 0xd7, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01, 0xe2, 0x21, 0xbc, 0x33,
    0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

struct Shipped {
    std::array<std::string, 4> texts;
    fs::path folder;  // a copy of the shipped content, with one file swapped per whole load
    fs::path assets;  // a 1x1 PNG under every picture name the shipped content uses

    Shipped() {
        for (std::size_t i = 0; i < file_names.size(); ++i)
            texts[i] = read_whole(fs::path(KIOSK_SOURCE_CONTENT_DIR) / file_names[i]);
        folder = fs::temp_directory_path() / ("kiosk-fuzz-content-" + std::to_string(getpid()));
        fs::create_directories(folder);
        for (std::size_t i = 0; i < file_names.size(); ++i) write(i, texts[i]);
        assets = folder / "assets";
        const std::regex picture(R"re("([^"\\]+\.(png|jpe?g))")re");
        for (const std::string& text : texts)
            for (std::sregex_iterator it(text.begin(), text.end(), picture), end; it != end; ++it) {
                const fs::path file = assets / (*it)[1].str();
                fs::create_directories(file.parent_path());
                std::ofstream(file, std::ios::binary)
                    .write(reinterpret_cast<const char*>(one_pixel_png), sizeof one_pixel_png);
            }
    }
    ~Shipped() {
        std::error_code ignored;
        fs::remove_all(folder, ignored);
    }
    void write(std::size_t which, std::string_view text) const {
        std::ofstream(folder / file_names[which], std::ios::binary | std::ios::trunc)
            .write(text.data(), static_cast<std::streamsize>(text.size()));
    }
};

// What load_content does, with the files' bytes given instead of read: kiosk.json always (its
// languages rule the texts of the others), then the file that changed; the checks across files
// (a walk over every way through the quiz, the slow part) only when quiz.json or products.json
// changed, since the shipped pair never changes.
void load_in_memory(const std::array<std::string_view, 4>& texts, std::size_t which,
                    kiosk::AssetImages& images) {
    kiosk::ReadingContext context{kiosk::TextRules{}, images};
    kiosk::ContentFile kiosk_file("kiosk.json"), slides_file("slides.json"), quiz_file("quiz.json"),
        products_file("products.json");
    kiosk::Content content;
    if (kiosk_file.parse(texts[0]))
        content.kiosk = kiosk::read_kiosk_settings(kiosk::root_of(kiosk_file), context);
    if (which == 1 && slides_file.parse(texts[1]))
        content.slides = kiosk::read_slides(kiosk::root_of(slides_file), context);
    if (which >= 2) {
        const bool quiz_read = quiz_file.parse(texts[2]);
        if (quiz_read) content.quiz = kiosk::read_quiz(kiosk::root_of(quiz_file), context);
        const bool products_read = products_file.parse(texts[3]);
        if (products_read)
            content.products = kiosk::read_products(kiosk::root_of(products_file), context);
        if (quiz_read && products_read && products_file.errors() == 0) {
            kiosk::check_fallback_products(quiz_file, content.products);
            if (quiz_file.errors() == 0) {
                kiosk::check_answer_tags(quiz_file, content.quiz, content.products);
                if (kiosk_file.errors() + quiz_file.errors() + products_file.errors() == 0)
                    kiosk::check_answer_paths(quiz_file, products_file, content);
            }
        }
    }
    for (const kiosk::ContentFile* file : {&kiosk_file, &slides_file, &quiz_file, &products_file})
        (void)file->diagnostics_in_file_order();
    (void)images.take_uses();  // decoding pictures is fuzz_image_decode's part
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Shipped shipped;
    static unsigned long inputs = 0;
    if (size < 1) return 0;
    const std::size_t which = data[0] % 4;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

    std::array<std::string_view, 4> texts;
    for (std::size_t i = 0; i < texts.size(); ++i) texts[i] = shipped.texts[i];
    texts[which] = text;
    // The assets checks are cached per path; a fresh cache now and then keeps memory bounded.
    static std::unique_ptr<kiosk::AssetImages> images;
    if (!images || inputs % 4096 == 0)
        images = std::make_unique<kiosk::AssetImages>(shipped.assets);
    load_in_memory(texts, which, *images);

    if (++inputs % 64 == 0) {
        shipped.write(which, text);
        const kiosk::ContentLoad load = kiosk::load_content({shipped.folder, shipped.assets});
        if (load.content.has_value() != (load.errors() == 0)) __builtin_trap();
        shipped.write(which, shipped.texts[which]);
    }
    return 0;
}
