#include "core/content_loader.hpp"

#include "core/content_checks.hpp"
#include "core/content_files.hpp"
#include "core/path_text.hpp"

namespace kiosk {
namespace {

// The four files, in the order they are read and reported.
struct ContentFileSet {
    ContentFile kiosk, slides, quiz, products;

    explicit ContentFileSet(const std::filesystem::path& folder)
        : kiosk(named(folder, "kiosk.json")),
          slides(named(folder, "slides.json")),
          quiz(named(folder, "quiz.json")),
          products(named(folder, "products.json")) {}

    static ContentFile named(const std::filesystem::path& folder, const char* file) {
        return ContentFile(generic_utf8_of(folder / file));
    }
    [[nodiscard]] int errors() const {
        return kiosk.errors() + slides.errors() + quiz.errors() + products.errors();
    }
};

bool read_file(ContentFile& file, const ContentFolders& folders, const char* name) {
    return file.read(folders.content / name);
}

// Only between files that read without errors, so that a broken file causes no false alarms.
void check_across_files(ContentFileSet& files, const Content& content, bool kiosk_read,
                        bool quiz_read, bool products_read) {
    if (kiosk_read && products_read && files.kiosk.errors() == 0)
        check_map_points(files.products, content);
    if (!quiz_read || !products_read || files.products.errors() > 0) return;
    check_fallback_products(files.quiz, content.products);
    if (files.quiz.errors() > 0) return;
    check_answer_tags(files.quiz, content.quiz, content.products);
    if (files.errors() == 0) check_answer_paths(files.quiz, files.products, content);
}

}  // namespace

ContentLoad load_content(const ContentFolders& folders, const GlyphCheck& can_draw,
                         const PictureCheck& can_show, unsigned picture_workers) {
    AssetImages images(folders.assets);
    ReadingContext context{TextRules{{}, {}, can_draw}, images};
    ContentFileSet files(folders.content);
    Content content;
    const bool kiosk_read = read_file(files.kiosk, folders, "kiosk.json");
    if (kiosk_read) content.kiosk = read_kiosk_settings(root_of(files.kiosk), context);
    if (read_file(files.slides, folders, "slides.json"))
        content.slides = read_slides(root_of(files.slides), context);
    const bool quiz_read = read_file(files.quiz, folders, "quiz.json");
    if (quiz_read) content.quiz = read_quiz(root_of(files.quiz), context);
    const bool products_read = read_file(files.products, folders, "products.json");
    if (products_read) content.products = read_products(root_of(files.products), context);
    check_across_files(files, content, kiosk_read, quiz_read, products_read);
    decode_pictures(images.take_uses(), folders.assets, can_show, picture_workers);

    ContentLoad load;
    for (const ContentFile* file : {&files.kiosk, &files.slides, &files.quiz, &files.products}) {
        const auto diagnostics = file->diagnostics_in_file_order();
        load.diagnostics.insert(load.diagnostics.end(), diagnostics.begin(), diagnostics.end());
    }
    if (load.errors() == 0) load.content = std::move(content);
    return load;
}

}  // namespace kiosk
