// kiosk_bench: how fast the pure core and the picture decoder are, measured with std::chrono.
//
//   kiosk_bench [--quick] [--source DIR] [--png FILE] [--jpeg FILE] [--runs N]
//
// Every figure is the median and the minimum of repeated runs (after one warm-up run), printed
// beside its target. A benchmark, not a test: it never fails because a figure is slow.
//   - content load + validation (kiosk::load_content) of the shipped content, of copies at 10x
//     and 100x its size, and of the reference case (200 slides, 30 questions, 2,000 products);
//     the bigger copies are written to a temporary folder and reuse the shipped pictures;
//   - kiosk::recommend over every answer path of the shipped quiz;
//   - decoding a large PNG and a large JPEG the way the picture worker does (fit to 1080: the short
//   side of a 1920x1080 screen).
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "core/answer_paths.hpp"
#include "core/content_loader.hpp"
#include "core/image_header.hpp"
#include "core/recommend.hpp"
#include "platform/image_file.hpp"

#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wunused-function"
#include <stb_image_write.h>
#pragma GCC diagnostic pop

#ifndef KIOSK_SOURCE_DIR
#define KIOSK_SOURCE_DIR "."
#endif

namespace fs = std::filesystem;
using ojson = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

namespace {

struct Stats {
    double median_ms = 0, min_ms = 0;
    int runs = 0;
};

// One warm-up run, then `runs` timed runs.
Stats measure(int runs, const std::function<void()>& body) {
    body();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        body();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    const size_t n = ms.size();
    const double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    return {median, ms.front(), runs};
}

struct Row {
    std::string what, median, min, target, verdict;
};
std::vector<Row> table;

std::string fmt(const char* f, double v) {
    char b[64];
    std::snprintf(b, sizeof b, f, v);
    return b;
}

void add_ms_row(const std::string& what, const Stats& s, double target_ms,
                const std::string& target_text) {
    table.push_back({what, fmt("%.2f ms", s.median_ms), fmt("%.2f ms", s.min_ms), target_text,
                     target_ms <= 0 ? "info" : (s.median_ms <= target_ms ? "met" : "MISSED")});
}

ojson read_json(const fs::path& p) {
    std::ifstream in(p);
    if (!in) {
        std::fprintf(stderr, "kiosk_bench: cannot read %s\n", p.string().c_str());
        std::exit(2);
    }
    return ojson::parse(in);
}

void write_json(const fs::path& p, const ojson& j) {
    std::ofstream out(p);
    out << j.dump(2) << '\n';
}

// A copy of the shipped content with `slides`, `questions` and `products` entries, made by
// repeating the shipped ones with new ids (pictures, texts and tags stay the same).
fs::path make_scaled_content(const fs::path& shipped, const fs::path& dir, size_t slides,
                             size_t questions, size_t products) {
    fs::create_directories(dir);
    fs::copy_file(shipped / "kiosk.json", dir / "kiosk.json", fs::copy_options::overwrite_existing);
    if (fs::exists(shipped / "schema") && !fs::exists(dir / "schema"))
        fs::copy(shipped / "schema", dir / "schema", fs::copy_options::recursive);
    auto suffix = [](size_t round) {
        return round == 0 ? std::string() : "-r" + std::to_string(round);
    };

    ojson s = read_json(shipped / "slides.json");
    const ojson base_slides = s["slides"];
    s["slides"] = ojson::array();
    for (size_t i = 0; i < slides; ++i) {
        ojson slide = base_slides[i % base_slides.size()];
        slide["id"] = slide["id"].get<std::string>() + suffix(i / base_slides.size());
        s["slides"].push_back(std::move(slide));
    }
    write_json(dir / "slides.json", s);

    ojson q = read_json(shipped / "quiz.json");
    const ojson base_questions = q["questions"];
    q["questions"] = ojson::array();
    for (size_t i = 0; i < questions; ++i) {
        ojson question = base_questions[i % base_questions.size()];
        const std::string sfx = suffix(i / base_questions.size());
        question["id"] = question["id"].get<std::string>() + sfx;
        if (question.contains("show_if"))
            question["show_if"]["question"] =
                question["show_if"]["question"].get<std::string>() + sfx;
        q["questions"].push_back(std::move(question));
    }
    write_json(dir / "quiz.json", q);

    ojson p = read_json(shipped / "products.json");
    const ojson base_products = p["products"];
    p["products"] = ojson::array();
    for (size_t i = 0; i < products; ++i) {
        ojson product = base_products[i % base_products.size()];
        product["id"] = product["id"].get<std::string>() + suffix(i / base_products.size());
        p["products"].push_back(std::move(product));
    }
    write_json(dir / "products.json", p);
    return dir;
}

// Every way to answer the quiz: show_if honoured, one answer for "one", every subset of 0 to
// `max` answers (in file order) for "many".
void enumerate_paths(const kiosk::Quiz& quiz, size_t qi, kiosk::Choices& choices,
                     std::vector<kiosk::Choices>& out) {
    if (qi == quiz.questions.size()) {
        out.push_back(choices);
        return;
    }
    const kiosk::Question& q = quiz.questions[qi];
    if (!kiosk::is_shown(q, choices)) {
        enumerate_paths(quiz, qi + 1, choices, out);
        return;
    }
    if (q.choose == kiosk::Choose::one) {
        for (const auto& a : q.answers) {
            choices[q.id] = {a.id};
            enumerate_paths(quiz, qi + 1, choices, out);
        }
        choices.erase(q.id);
        return;
    }
    const size_t n = q.answers.size();
    const int most = q.most_answers();
    for (unsigned mask = 0; mask < (1u << n); ++mask) {
        if (std::popcount(mask) > most) continue;
        std::vector<std::string> ids;
        for (size_t i = 0; i < n; ++i)
            if (mask & (1u << i)) ids.push_back(q.answers[i].id);
        choices[q.id] = ids;
        enumerate_paths(quiz, qi + 1, choices, out);
    }
    choices.erase(q.id);
}

// A photo-like test picture: smooth colour fields with fine grain (the grain keeps PNG honest:
// a flat picture would compress and decode unrealistically fast).
std::vector<unsigned char> test_pixels(int w, int h) {
    std::vector<unsigned char> px(static_cast<size_t>(w) * h * 3);
    std::mt19937 rng(42);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const double fx = double(x) / w, fy = double(y) / h;
            unsigned char* p = &px[(static_cast<size_t>(y) * w + x) * 3];
            const int grain = static_cast<int>(rng() % 13) - 6;
            p[0] = static_cast<unsigned char>(
                std::clamp(int(128 + 100 * std::sin(6.0 * fx + 2 * fy)) + grain, 0, 255));
            p[1] = static_cast<unsigned char>(
                std::clamp(int(128 + 90 * std::cos(5.0 * fy - 3 * fx)) + grain, 0, 255));
            p[2] = static_cast<unsigned char>(
                std::clamp(int(128 + 80 * std::sin(9.0 * fx * fy)) + grain, 0, 255));
        }
    return px;
}

std::vector<unsigned char> read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void usage() {
    std::puts(
        "usage: kiosk_bench [--quick] [--runs N] [--source DIR] [--png FILE] [--jpeg FILE]\n"
        "  --quick      few runs and no 100x content (checks that the benchmark works)\n"
        "  --runs N     timed runs per figure (default 15; 100x content and decoding use fewer)\n"
        "  --source DIR the project folder holding content/ and assets/\n"
        "  --png FILE, --jpeg FILE  large pictures to decode (default: 4000x3000 ones written "
        "here)");
}

}  // namespace

int main(int argc, char** argv) {
    bool quick = false;
    int runs = 15;
    fs::path source = KIOSK_SOURCE_DIR, png, jpeg;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage();
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--quick")
            quick = true;
        else if (a == "--runs")
            runs = std::max(1, std::atoi(value().c_str()));
        else if (a == "--source")
            source = value();
        else if (a == "--png")
            png = value();
        else if (a == "--jpeg")
            jpeg = value();
        else if (a == "--help" || a == "-h") {
            usage();
            return 0;
        } else {
            usage();
            return 2;
        }
    }
    if (quick) runs = 2;
    const fs::path shipped = source / "content", assets = source / "assets";
    std::error_code ec;
    const fs::path tmp = fs::temp_directory_path() / ("kiosk-bench-" + std::to_string(::getpid()));
    fs::create_directories(tmp);
    int status = 0;

    // ---- content load + validation ------------------------------------------------------------
    kiosk::ContentLoad first = kiosk::load_content({shipped, assets});
    if (!first.content) {
        std::fprintf(stderr, "kiosk_bench: the shipped content does not load (%d errors)\n",
                     first.errors());
        for (const auto& d : first.diagnostics)
            std::fprintf(stderr, "  %s\n", d.to_string().c_str());
        return 1;
    }
    const kiosk::Content& content = *first.content;
    const size_t ns = content.slides.size(), nq = content.quiz.questions.size(),
                 np = content.products.size();

    struct Case {
        std::string name;
        size_t slides, questions, products;
        double target_ms;
        std::string target_text;
        int runs;
    };
    std::vector<Case> cases = {
        {"shipped (1x)", ns, nq, np, 50, "< 50 ms", runs},
        {"10x", ns * 10, nq * 10, np * 10, 0, "-", runs},
        {"100x", ns * 100, nq * 100, np * 100, 0, "-", quick ? 0 : std::max(3, runs / 3)},
        {"reference 200/30/2000", 200, 30, 2000, 300, "< 300 ms",
         quick ? 1 : std::max(5, runs / 2)},
    };
    kiosk::ContentLoad reference_load;
    for (const Case& c : cases) {
        if (c.runs == 0) continue;
        const fs::path folder =
            c.slides == ns && c.questions == nq && c.products == np
                ? shipped
                : make_scaled_content(shipped, tmp / ("content-" + std::to_string(c.slides)),
                                      c.slides, c.questions, c.products);
        kiosk::ContentLoad check = kiosk::load_content({folder, assets});
        if (!check.content) {
            std::fprintf(stderr, "kiosk_bench: generated content %s does not load:\n",
                         c.name.c_str());
            for (const auto& d : check.diagnostics)
                if (d.severity == kiosk::Severity::error)
                    std::fprintf(stderr, "  %s\n", d.to_string().c_str());
            status = 1;
            continue;
        }
        const Stats s = measure(c.runs, [&] { (void)kiosk::load_content({folder, assets}); });
        char what[160];
        std::snprintf(what, sizeof what,
                      "load+validate %s: %zu slides, %zu questions, %zu products", c.name.c_str(),
                      c.slides, c.questions, c.products);
        add_ms_row(what, s, c.target_ms, c.target_text);
        if (c.products == 2000) reference_load = std::move(check);
        if (c.name == "shipped (1x)") {
            // Where the time goes: the walk over every answer path (a part of the validation).
            size_t walked = 0;
            const Stats w = measure(
                c.runs, [&] { walked = kiosk::find_answer_path_gaps(*check.content).paths; });
            add_ms_row(
                "  of which the answer-path check (" + std::to_string(walked) + " paths walked)", w,
                0, "-");
        }
    }

    // ---- recommendation over every answer path ----------------------------------------------
    std::vector<kiosk::Choices> paths;
    {
        kiosk::Choices choices;
        enumerate_paths(content.quiz, 0, choices, paths);
    }
    size_t sink = 0;
    const Stats rs = measure(quick ? 1 : std::max(3, runs / 3), [&] {
        for (const auto& p : paths) sink += kiosk::recommend(content, p).products.size();
    });
    table.push_back({"recommend, every answer path of the shipped quiz (" +
                         std::to_string(paths.size()) + " paths)",
                     fmt("%.1f ms", rs.median_ms), fmt("%.1f ms", rs.min_ms), "-", "info"});
    const double per_path_us = rs.median_ms * 1000.0 / static_cast<double>(paths.size());
    table.push_back({"  = paths per second (median run)",
                     fmt("%.0f /s", paths.size() / (rs.median_ms / 1000.0)),
                     fmt("%.0f /s", paths.size() / (rs.min_ms / 1000.0)), "-", "info"});
    table.push_back({"  = one recommendation (on the tap that ends the quiz)",
                     fmt("%.1f us", per_path_us),
                     fmt("%.1f us", rs.min_ms * 1000.0 / static_cast<double>(paths.size())),
                     "< 16.7 ms (a frame)", per_path_us < 16700 ? "met" : "MISSED"});
    if (reference_load.content) {
        // The same answers against the 2,000-product catalogue of the reference case.
        const kiosk::Content& big = *reference_load.content;
        const size_t n = std::min<size_t>(paths.size(), quick ? 200 : 2000);
        const Stats bs = measure(quick ? 1 : 3, [&] {
            for (size_t i = 0; i < n; ++i) sink += kiosk::recommend(big, paths[i]).products.size();
        });
        const double us = bs.median_ms * 1000.0 / static_cast<double>(n);
        table.push_back({"  one recommendation, reference case (2,000 products)",
                         fmt("%.1f us", us),
                         fmt("%.1f us", bs.min_ms * 1000.0 / static_cast<double>(n)),
                         "< 16.7 ms (a frame)", us < 16700 ? "met" : "MISSED"});
    }

    // ---- picture decoding ---------------------------------------------------------------------
    const int big_w = quick ? 2000 : 4000, big_h = quick ? 1500 : 3000;
    if (png.empty() || jpeg.empty()) {
        const auto px = test_pixels(big_w, big_h);
        if (png.empty()) {
            png = tmp / "large.png";
            stbi_write_png_compression_level = 6;
            stbi_write_png(png.c_str(), big_w, big_h, 3, px.data(), big_w * 3);
        }
        if (jpeg.empty()) {
            jpeg = tmp / "large.jpg";
            stbi_write_jpg(jpeg.c_str(), big_w, big_h, 3, px.data(), 90);
        }
    }
    const int decode_runs = quick ? 1 : std::max(3, runs / 3);
    for (const fs::path& file : {png, jpeg}) {
        const auto bytes = read_file(file);
        kiosk::DecodedImage probe =
            kiosk::decode_image_bytes(bytes.data(), bytes.size(), 1080, 1080);
        if (!probe.error.empty()) {
            std::fprintf(stderr, "kiosk_bench: %s: %s\n", file.string().c_str(),
                         probe.error.c_str());
            status = 1;
            continue;
        }
        const kiosk::ImageHeaderReading header = kiosk::read_image_header(file);
        const int w = header.header ? static_cast<int>(header.header->width) : 0;
        const int h = header.header ? static_cast<int>(header.header->height) : 0;
        const Stats s = measure(decode_runs, [&] {
            sink += kiosk::decode_image_file(file, 1080, 1080).rgba.size();
        });
        char what[200];
        std::snprintf(what, sizeof what, "decode %s %dx%d (%.1f MB) to %dx%d, worker thread",
                      file.extension().string().c_str(), w, h,
                      static_cast<double>(bytes.size()) / 1e6, probe.width, probe.height);
        add_ms_row(what, s, 9000, "< 9 s (prefetched a slide ahead)");
        // The same without shrinking, to tell decoding from resizing.
        const Stats d = measure(decode_runs, [&] {
            sink += kiosk::decode_image_file(file, 0, 0).rgba.size();
        });
        add_ms_row("  of which decoding alone (no shrinking)", d, 0, "-");
    }

    // ---- the table ----------------------------------------------------------------------------
    size_t wide = 0;
    for (const Row& r : table) wide = std::max(wide, r.what.size());
    std::printf("\n%-*s  %12s  %12s  %-34s  %s\n", static_cast<int>(wide), "figure", "median",
                "min", "target", "");
    for (const Row& r : table)
        std::printf("%-*s  %12s  %12s  %-34s  %s\n", static_cast<int>(wide), r.what.c_str(),
                    r.median.c_str(), r.min.c_str(), r.target.c_str(), r.verdict.c_str());
    std::printf("\n(runs per figure: %d after a warm-up; recommend checksum %zu)\n", runs, sink);

    fs::remove_all(tmp, ec);
    return status;
}
