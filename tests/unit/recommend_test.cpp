// The recommendation rule (content-format.md, "Recommendation rule", normative), step by step,
// on the small sample content of sample_content.hpp. Every expected value is worked out by hand
// in the comments next to it.
#include "core/recommend.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sample_content.hpp"

using kiosk::Choices;
using kiosk::Content;
using kiosk::Profile;
using kiosk::Recommendation;

namespace {

std::vector<std::string> product_ids(const Recommendation& r) {
    std::vector<std::string> out;
    for (const auto& p : r.products) out.push_back(p.product->id);
    return out;
}

std::vector<int> scores(const Recommendation& r) {
    std::vector<int> out;
    for (const auto& p : r.products) out.push_back(p.score);
    return out;
}

std::vector<std::string> why_ids(const Recommendation& r, const std::string& product_id) {
    std::vector<std::string> out;
    for (const auto& p : r.products)
        if (p.product->id == product_id)
            for (const kiosk::Answer* a : p.why) out.push_back(a->id);
    return out;
}

std::vector<std::string> tip_ids(const Recommendation& r) {
    std::vector<std::string> out;
    for (const kiosk::Tip* t : r.tips) out.push_back(t->id);
    return out;
}

using Ids = std::vector<std::string>;

}  // namespace

// ---------------------------------------------------------------------------------------------
// Step 1: the profile

TEST_CASE("recommend: the profile sums every tag over the chosen answers of shown questions") {
    const Content c = kiosk::sample::content();
    // breakouts {acne 3, oily 1} + kimchi {gut 2} + yogurt {gut 1, dry 1} + tight {dry 2, oily -2}
    // acne 3; oily 1 - 2 = -1; gut 2 + 1 = 3; dry 1 + 2 = 3.
    const Choices choices{
        {"concern", {"breakouts"}}, {"fermented", {"kimchi", "yogurt"}}, {"skin-feel", {"tight"}}};
    CHECK(kiosk::profile_of(c.quiz, choices) ==
          Profile{{"acne", 3}, {"dry", 3}, {"gut", 3}, {"oily", -1}});
    CHECK(kiosk::recommend(c, choices).profile ==
          Profile{{"acne", 3}, {"dry", 3}, {"gut", 3}, {"oily", -1}});
}

TEST_CASE("recommend: a shown question chained on another shown question counts") {
    const Content c = kiosk::sample::content();
    // concern=breakouts shows fermented; fermented=none shows diet.
    // breakouts {acne 3, oily 1} + none {low-fermented 2} + sugar {acne 1, low-fermented 1}
    // acne 3 + 1 = 4; oily 1; low-fermented 2 + 1 = 3. skin-feel fine adds nothing.
    const Choices choices{{"concern", {"breakouts"}},
                          {"fermented", {"none"}},
                          {"diet", {"sugar"}},
                          {"skin-feel", {"fine"}}};
    CHECK(kiosk::profile_of(c.quiz, choices) ==
          Profile{{"acne", 4}, {"low-fermented", 3}, {"oily", 1}});
}

TEST_CASE("recommend: answers of a question hidden by show_if do not count, even when present") {
    const Content c = kiosk::sample::content();
    // fermented shows only for breakouts or redness; with dryness it is hidden, so kimchi
    // {gut 2} must not count. P = {dry 3}.
    const Choices choices{
        {"concern", {"dryness"}}, {"fermented", {"kimchi"}}, {"skin-feel", {"fine"}}};
    CHECK(kiosk::profile_of(c.quiz, choices) == Profile{{"dry", 3}});

    // Scores with P = {dry 3}: cleanser 0, cream 3*2 = 6, calm-serum 0, gut-blend 0 (it would be
    // 2*2 = 4, enough for min_score 2, if kimchi counted), daily-multi 0.
    const Recommendation r = kiosk::recommend(c, choices);
    CHECK(product_ids(r) == Ids{"cream"});
    CHECK(scores(r) == std::vector<int>{6});
    CHECK_FALSE(r.fallback);
}

TEST_CASE(
    "recommend: a question hidden because the question it depends on is hidden does not count") {
    const Content c = kiosk::sample::content();
    // concern=dryness hides fermented; diet depends on fermented=none, and fermented was never
    // shown, so diet is hidden too: neither none {low-fermented 2} nor sugar {acne 1,
    // low-fermented 1} counts. P = {dry 3}.
    const Choices choices{{"concern", {"dryness"}},
                          {"fermented", {"none"}},
                          {"diet", {"sugar"}},
                          {"skin-feel", {"fine"}}};
    CHECK(kiosk::profile_of(c.quiz, choices) == Profile{{"dry", 3}});
    const Recommendation r = kiosk::recommend(c, choices);
    // With P = {dry 3} only cream scores (6); the only tip is hydrate (dry 3 > 0).
    CHECK(product_ids(r) == Ids{"cream"});
    CHECK(tip_ids(r) == Ids{"hydrate"});
}

TEST_CASE("recommend: is_shown and counted_answers follow show_if and question order") {
    const Content c = kiosk::sample::content();
    const kiosk::Question& fermented = c.quiz.questions[1];
    CHECK(kiosk::is_shown(c.quiz.questions[0], {}));  // no show_if: always shown
    CHECK_FALSE(kiosk::is_shown(fermented, {}));      // concern not answered yet
    CHECK_FALSE(kiosk::is_shown(fermented, {{"concern", {"dryness"}}}));
    CHECK(kiosk::is_shown(fermented, {{"concern", {"breakouts"}}}));
    CHECK(kiosk::is_shown(fermented, {{"concern", {"redness"}}}));

    // The answers come in question order (concern before skin-feel), whatever the map order.
    const auto counted =
        kiosk::counted_answers(c.quiz, {{"skin-feel", {"shiny"}}, {"concern", {"breakouts"}}});
    REQUIRE(counted.size() == 2);
    CHECK(counted[0]->id == "breakouts");
    CHECK(counted[1]->id == "shiny");
}

// ---------------------------------------------------------------------------------------------
// Step 2: the score

TEST_CASE("recommend: a product's score is the sum of P[tag] times its weight") {
    const Content c = kiosk::sample::content();
    const Profile p{{"acne", 3}, {"oily", -1}, {"dry", 5}};
    CHECK(kiosk::score_of(*c.find_product("cleanser"), p) == 5);     // 3*2 + (-1)*1
    CHECK(kiosk::score_of(*c.find_product("cream"), p) == 10);       // 5*2
    CHECK(kiosk::score_of(*c.find_product("calm-serum"), p) == 3);   // sensitive absent: 0*2 + 3*1
    CHECK(kiosk::score_of(*c.find_product("gut-blend"), p) == 0);    // gut absent from P
    CHECK(kiosk::score_of(*c.find_product("daily-multi"), p) == 0);  // no tags
}

TEST_CASE("recommend: negative answer weights lower scores") {
    const Content c = kiosk::sample::content();
    // dryness {dry 3} + shiny {oily 2}: P = {dry 3, oily 2}.
    // cleanser 2*1 = 2 (qualifies, min_score 2), cream 3*2 = 6.
    const Recommendation shiny =
        kiosk::recommend(c, {{"concern", {"dryness"}}, {"skin-feel", {"shiny"}}});
    CHECK(product_ids(shiny) == Ids{"cream", "cleanser"});
    CHECK(scores(shiny) == std::vector<int>{6, 2});

    // dryness {dry 3} + tight {dry 2, oily -2}: P = {dry 5, oily -2}.
    // cleanser (-2)*1 = -2 drops out; cream 5*2 = 10.
    const Choices tight{{"concern", {"dryness"}}, {"skin-feel", {"tight"}}};
    CHECK(kiosk::profile_of(c.quiz, tight) == Profile{{"dry", 5}, {"oily", -2}});
    CHECK(kiosk::score_of(*c.find_product("cleanser"), kiosk::profile_of(c.quiz, tight)) == -2);
    const Recommendation r = kiosk::recommend(c, tight);
    CHECK(product_ids(r) == Ids{"cream"});
    CHECK(scores(r) == std::vector<int>{10});
}

// ---------------------------------------------------------------------------------------------
// Step 3: stock

TEST_CASE("recommend: a product with in_stock false is never recommended") {
    Content c = kiosk::sample::content();
    c.quiz.results.max_products = 6;
    // breakouts {acne 3, oily 1}: cleanser 3*2 + 1*1 = 7, calm-serum 3*1 = 3, old-toner 3*3 = 9
    // (highest of all, but out of stock), others 0.
    const Recommendation r =
        kiosk::recommend(c, {{"concern", {"breakouts"}}, {"skin-feel", {"fine"}}});
    CHECK(product_ids(r) == Ids{"cleanser", "calm-serum"});
    CHECK(scores(r) == std::vector<int>{7, 3});
    CHECK_FALSE(r.fallback);
}

// ---------------------------------------------------------------------------------------------
// Steps 4 and 5: ranking, max_products, min_score

TEST_CASE("recommend: highest score first, equal scores keep their products.json order") {
    Content c = kiosk::sample::content();
    c.quiz.results.max_products = 3;
    c.quiz.results.min_score = 1;
    c.quiz.results.fallback.clear();
    // P = {acne 3, oily 1} (breakouts). Scores: p-a 1*3 = 3, p-b 3*1 = 3, p-c 3*2 = 6,
    // p-d 1*3 = 3. Ranked: p-c 6, then the three 3s in file order p-a, p-b, p-d; the first 3.
    c.products = {
        kiosk::sample::product("p-a", {{"oily", 3}}), kiosk::sample::product("p-b", {{"acne", 1}}),
        kiosk::sample::product("p-c", {{"acne", 2}}), kiosk::sample::product("p-d", {{"oily", 3}})};
    const Choices choices{{"concern", {"breakouts"}}};
    Recommendation r = kiosk::recommend(c, choices);
    CHECK(product_ids(r) == Ids{"p-c", "p-a", "p-b"});
    CHECK(scores(r) == std::vector<int>{6, 3, 3});

    // The same products in another file order: the ties follow the new order, not the ids.
    c.products = {
        kiosk::sample::product("p-d", {{"oily", 3}}), kiosk::sample::product("p-c", {{"acne", 2}}),
        kiosk::sample::product("p-b", {{"acne", 1}}), kiosk::sample::product("p-a", {{"oily", 3}})};
    r = kiosk::recommend(c, choices);
    CHECK(product_ids(r) == Ids{"p-c", "p-d", "p-b"});
}

TEST_CASE("recommend: the first max_products products with a score of at least min_score") {
    Content c = kiosk::sample::content();
    // redness {sensitive 2, acne 1}: P = {sensitive 2, acne 1}.
    // cleanser 1*2 = 2, cream 0, calm-serum 2*2 + 1*1 = 5, gut-blend 0, old-toner out of stock,
    // daily-multi 0.
    const Choices choices{{"concern", {"redness"}}, {"skin-feel", {"fine"}}};

    SUBCASE("a score equal to min_score qualifies") {
        const Recommendation r = kiosk::recommend(c, choices);  // min_score 2, max_products 2
        CHECK(product_ids(r) == Ids{"calm-serum", "cleanser"});
        CHECK(scores(r) == std::vector<int>{5, 2});
    }
    SUBCASE("below min_score does not, even with room left") {
        c.quiz.results.min_score = 3;
        c.quiz.results.max_products = 6;
        const Recommendation r = kiosk::recommend(c, choices);
        CHECK(product_ids(r) == Ids{"calm-serum"});
        CHECK_FALSE(r.fallback);
    }
    SUBCASE("no more than max_products") {
        c.quiz.results.max_products = 1;
        const Recommendation r = kiosk::recommend(c, choices);
        CHECK(product_ids(r) == Ids{"calm-serum"});
    }
    SUBCASE("min_score 0 lets score-0 products in, in file order after the scored ones") {
        c.quiz.results.min_score = 0;
        c.quiz.results.max_products = 6;
        // calm-serum 5, cleanser 2, then the 0s in file order: cream, gut-blend, daily-multi.
        const Recommendation r = kiosk::recommend(c, choices);
        CHECK(product_ids(r) == Ids{"calm-serum", "cleanser", "cream", "gut-blend", "daily-multi"});
    }
}

// ---------------------------------------------------------------------------------------------
// Step 6: fallback

TEST_CASE("recommend: when none qualifies, the in-stock fallback products, fallback true") {
    Content c = kiosk::sample::content();
    SUBCASE("no answers at all: every score is 0") {
        // fallback lists old-toner (out of stock, left out) and daily-multi.
        const Recommendation r = kiosk::recommend(c, {});
        CHECK(r.fallback);
        CHECK(product_ids(r) == Ids{"daily-multi"});
        CHECK(why_ids(r, "daily-multi").empty());
        CHECK(r.tips.empty());  // P is empty, no tag > 0
    }
    SUBCASE("scores below min_score") {
        c.quiz.results.min_score = 100;
        const Recommendation r = kiosk::recommend(c, {{"concern", {"dryness"}}});
        CHECK(r.fallback);
        CHECK(product_ids(r) == Ids{"daily-multi"});
    }
    SUBCASE("several fallback products, out-of-stock ones skipped") {
        c.quiz.results.fallback = {"cream", "old-toner", "daily-multi"};
        const Recommendation r = kiosk::recommend(c, {});
        CHECK(r.fallback);
        CHECK(product_ids(r) == Ids{"cream", "daily-multi"});
    }
    SUBCASE("no fallback list: nothing to show, still a fallback") {
        c.quiz.results.fallback.clear();
        const Recommendation r = kiosk::recommend(c, {});
        CHECK(r.fallback);
        CHECK(r.products.empty());
    }
    SUBCASE("something qualifies: no fallback") {
        // dryness: cream scores 6.
        const Recommendation r = kiosk::recommend(c, {{"concern", {"dryness"}}});
        CHECK_FALSE(r.fallback);
        CHECK(product_ids(r) == Ids{"cream"});
    }
}

// ---------------------------------------------------------------------------------------------
// Step 7: why

TEST_CASE("recommend: why lists the answers adding to the score, largest first") {
    const Content c = kiosk::sample::content();
    // breakouts {acne 3, oily 1} + kimchi {gut 2} + shiny {oily 2}: P = {acne 3, oily 3, gut 2}.
    // Scores: cleanser 3*2 + 3*1 = 9, cream 0, calm-serum 3*1 = 3, gut-blend 2*2 = 4.
    // max_products 2: cleanser, gut-blend.
    const Recommendation r = kiosk::recommend(
        c, {{"concern", {"breakouts"}}, {"fermented", {"kimchi"}}, {"skin-feel", {"shiny"}}});
    CHECK(product_ids(r) == Ids{"cleanser", "gut-blend"});
    CHECK(scores(r) == std::vector<int>{9, 4});
    // cleanser: breakouts adds 3*2 + 1*1 = 7, shiny 2*1 = 2, kimchi 0 (not listed).
    CHECK(why_ids(r, "cleanser") == Ids{"breakouts", "shiny"});
    // gut-blend: only kimchi adds (2*2 = 4).
    CHECK(why_ids(r, "gut-blend") == Ids{"kimchi"});
}

TEST_CASE("recommend: why holds at most two answers and leaves out those that do not add") {
    Content c;
    c.kiosk.languages = {"en"};
    c.kiosk.default_language = "en";
    kiosk::Question q;
    q.id = "habits";
    q.choose = kiosk::Choose::many;
    q.answers = {kiosk::sample::answer("a", {{"t", 1}}), kiosk::sample::answer("b", {{"t", 3}}),
                 kiosk::sample::answer("c", {{"t", 2}}), kiosk::sample::answer("d", {{"u", -1}}),
                 kiosk::sample::answer("e", {{"t", 2}, {"u", -3}})};
    c.quiz.questions = {q};
    c.quiz.results.min_score = 1;
    c.products = {kiosk::sample::product("p", {{"t", 1}, {"u", 1}})};
    // P: t 1 + 3 + 2 + 2 = 8, u -1 - 3 = -4. Score of p: 8*1 + (-4)*1 = 4.
    // Contributions to p: a 1, b 3, c 2, d -1, e 2 - 3 = -1. Largest two positive: b, c.
    const Recommendation r = kiosk::recommend(c, {{"habits", {"a", "b", "c", "d", "e"}}});
    REQUIRE(product_ids(r) == Ids{"p"});
    CHECK(scores(r) == std::vector<int>{4});
    CHECK(why_ids(r, "p") == Ids{"b", "c"});

    // a, d and e only: P t 1 + 2 = 3, u -1 - 3 = -4, so p scores 3 - 4 = -1: nothing qualifies,
    // and with no fallback list nothing is shown.
    const Recommendation none = kiosk::recommend(c, {{"habits", {"a", "d", "e"}}});
    CHECK(none.products.empty());
    CHECK(none.fallback);
}

TEST_CASE("recommend: why keeps answer order on equal contributions") {
    Content c;
    c.kiosk.languages = {"en"};
    c.kiosk.default_language = "en";
    auto one = [](std::string id, std::vector<kiosk::Answer> answers) {
        kiosk::Question q;
        q.id = std::move(id);
        q.answers = std::move(answers);
        return q;
    };
    c.quiz.questions = {
        one("q1", {kiosk::sample::answer("x", {{"t", 2}}), kiosk::sample::answer("x2", {})}),
        one("q2", {kiosk::sample::answer("y", {{"t", 2}}), kiosk::sample::answer("y2", {})}),
        one("q3", {kiosk::sample::answer("z", {{"t", 3}}), kiosk::sample::answer("z2", {})})};
    c.quiz.results.min_score = 1;
    c.products = {kiosk::sample::product("p", {{"t", 1}})};
    // Contributions: x 2, y 2, z 3. z first; x and y tie, x comes first in answer order.
    Recommendation r = kiosk::recommend(c, {{"q1", {"x"}}, {"q2", {"y"}}, {"q3", {"z"}}});
    CHECK(why_ids(r, "p") == Ids{"z", "x"});

    // Only the tie: x before y.
    r = kiosk::recommend(c, {{"q1", {"x"}}, {"q2", {"y"}}});
    CHECK(why_ids(r, "p") == Ids{"x", "y"});
}

// ---------------------------------------------------------------------------------------------
// Step 8: tips

TEST_CASE("recommend: tips need a when_tag with P > 0, rank by the sum of P, file order on ties") {
    Content c = kiosk::sample::content();
    // redness {sensitive 2, acne 1} + none {low-fermented 2} + balanced {} + tight {dry 2, oily -2}
    // P = {sensitive 2, acne 1, low-fermented 2, dry 2, oily -2}.
    // fermented-foods: 2; hydrate: 2; gentle: 2 + 1 = 3; oil-control: oily -2, no tag > 0, out.
    const Choices choices{{"concern", {"redness"}},
                          {"fermented", {"none"}},
                          {"diet", {"balanced"}},
                          {"skin-feel", {"tight"}}};
    SUBCASE("at most max_tips (2): gentle 3, then the tie in file order") {
        CHECK(tip_ids(kiosk::recommend(c, choices)) == Ids{"gentle", "fermented-foods"});
    }
    SUBCASE("max_tips 3 shows the rest of the tie in file order") {
        c.quiz.max_tips = 3;
        CHECK(tip_ids(kiosk::recommend(c, choices)) == Ids{"gentle", "fermented-foods", "hydrate"});
    }
    SUBCASE(
        "a tip with a negative tag never qualifies; one with a tag > 0 counts the negative too") {
        c.quiz.max_tips = 6;
        // mixed [oily, dry]: dry 2 > 0, so it qualifies; its rank is -2 + 2 = 0, the lowest.
        c.quiz.tips.push_back(kiosk::sample::tip("mixed", {"oily", "dry"}));
        CHECK(tip_ids(kiosk::recommend(c, choices)) ==
              Ids{"gentle", "fermented-foods", "hydrate", "mixed"});
    }
    SUBCASE("tips do not depend on the products or the fallback") {
        c.quiz.results.min_score = 100;  // nothing qualifies
        const Recommendation r = kiosk::recommend(c, choices);
        CHECK(r.fallback);
        CHECK(tip_ids(r) == Ids{"gentle", "fermented-foods"});
    }
}

TEST_CASE("recommend: tips tie on rank in file order") {
    const Content c = kiosk::sample::content();
    // breakouts {acne 3, oily 1} + shiny {oily 2}: P = {acne 3, oily 3}.
    // gentle: 0 + 3 = 3; oil-control: 3. Tie: gentle comes first in the file.
    const Recommendation r =
        kiosk::recommend(c, {{"concern", {"breakouts"}}, {"skin-feel", {"shiny"}}});
    CHECK(tip_ids(r) == Ids{"gentle", "oil-control"});
    // dryness {dry 3} + shiny {oily 2}: hydrate 3, oil-control 2.
    const Recommendation r2 =
        kiosk::recommend(c, {{"concern", {"dryness"}}, {"skin-feel", {"shiny"}}});
    CHECK(tip_ids(r2) == Ids{"hydrate", "oil-control"});
}
