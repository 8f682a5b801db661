#include "core/json_document.hpp"

#include <charconv>
#include <cstdint>
#include <cstdio>

#include "core/utf8.hpp"

namespace kiosk {
namespace {

// Thrown inside the reader only; parse_json_document turns it into a JsonSyntaxError.
struct SyntaxFailure {
    SourcePosition at;
    std::string message;
};

std::string byte_name(unsigned char byte) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(byte));
    return buffer;
}

// The escapes \" \\ \/ \b \f \n \r \t: the letter after the backslash, and what it stands for.
constexpr std::string_view escape_letters = "\"\\/bfnrt";
constexpr std::string_view escaped_characters = "\"\\/\b\f\n\r\t";

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

class JsonReader {
  public:
    JsonReader(std::string_view text, const JsonLimits& limits, JsonDocument& doc)
        : text_(text), limits_(limits), doc_(doc) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;
    }

    void read_document() {
        skip_whitespace();
        if (at_end()) fail("the file is empty; it should hold a JSON object { ... }");
        std::string pointer;
        read_value(doc_.value, pointer, 0);
        skip_whitespace();
        if (!at_end())
            fail("unexpected text after the end of the JSON document — is there an extra bracket?");
    }

  private:
    std::string_view text_;
    const JsonLimits& limits_;
    JsonDocument& doc_;
    std::size_t pos_ = 0;
    std::size_t line_start_ = 0;
    int line_ = 1;
    std::size_t values_ = 0;

    [[nodiscard]] bool at_end() const { return pos_ >= text_.size(); }
    [[nodiscard]] char peek() const { return at_end() ? '\0' : text_[pos_]; }
    [[nodiscard]] SourcePosition here() const {
        return {line_, static_cast<int>(pos_ - line_start_) + 1};
    }
    [[noreturn]] void fail(std::string message) const { fail_at(here(), std::move(message)); }
    [[noreturn]] static void fail_at(SourcePosition at, std::string message) {
        throw SyntaxFailure{at, std::move(message)};
    }

    void skip_whitespace() {
        while (!at_end()) {
            const char c = text_[pos_];
            if (c == '\n') {
                ++line_;
                line_start_ = pos_ + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            ++pos_;
        }
    }

    void read_value(Json& out, std::string& pointer, int depth) {
        skip_whitespace();
        if (at_end()) fail("unexpected end of file — is a value or a closing bracket missing?");
        if (++values_ > limits_.max_values)
            fail("the file holds too many values (more than " + std::to_string(limits_.max_values) +
                 ")");
        doc_.value_positions[pointer] = here();
        const char c = peek();
        if (c == '{') return read_object(out, pointer, depth + 1);
        if (c == '[') return read_array(out, pointer, depth + 1);
        if (c == '"') {
            out = read_string();
            return;
        }
        if (c == '-' || is_digit(c)) return read_number(out);
        read_word(out);
    }

    void check_depth(int depth) const {
        if (depth > limits_.max_depth)
            fail("objects and arrays are nested more than " + std::to_string(limits_.max_depth) +
                 " levels deep");
    }

    void read_object(Json& out, std::string& pointer, int depth) {
        out = Json::object();
        read_elements('}', "an object member", depth,
                      [&](std::size_t) { read_member(out, pointer, depth); });
    }

    void read_member(Json& object, std::string& pointer, int depth) {
        if (at_end()) fail("unexpected end of file — is a closing '}' missing?");
        if (peek() != '"') fail(key_expected_message());
        const SourcePosition key_position = here();
        std::string key = read_string();
        skip_whitespace();
        if (peek() != ':') fail("expected ':' after the key \"" + key + "\"");
        ++pos_;
        const std::size_t parent_length = pointer.size();
        pointer += '/';
        pointer += pointer_token(key);
        if (object.contains(key))
            doc_.duplicate_keys.push_back({pointer, doc_.key_positions[pointer], key_position});
        doc_.key_positions[pointer] = key_position;
        read_value(object[key], pointer, depth);
        pointer.resize(parent_length);
    }

    [[nodiscard]] std::string key_expected_message() const {
        if (peek() == '\'') return "keys need double quotes (\"), not single quotes";
        if (is_letter(peek())) return "keys need double quotes, for example \"title\"";
        return "expected a key in double quotes";
    }

    void read_array(Json& out, std::string& pointer, int depth) {
        out = Json::array();
        const std::size_t parent_length = pointer.size();
        read_elements(']', "an array element", depth, [&](std::size_t index) {
            pointer += '/';
            pointer += std::to_string(index);
            out.push_back(nullptr);
            read_value(out.back(), pointer, depth);
            pointer.resize(parent_length);
        });
    }

    // The members of an object or the elements of an array, from the opening bracket at the
    // current position to the `close` bracket after the last; `read_one(index)` reads one.
    template <typename ReadOne>
    void read_elements(char close, const char* element, int depth, ReadOne read_one) {
        check_depth(depth);
        const SourcePosition start = here();
        ++pos_;
        skip_whitespace();
        if (peek() == close) {
            ++pos_;
            return;
        }
        for (std::size_t index = 0;; ++index) {
            read_one(index);
            skip_whitespace();
            if (peek() == ',') {
                ++pos_;
                skip_whitespace();
                if (peek() == close)
                    fail(std::string("a comma before '") + close +
                         "' is not allowed in JSON — remove it");
                continue;
            }
            if (peek() == close) break;
            if (at_end()) fail_unclosed(close, start);
            fail(std::string("expected ',' or '") + close + "' after " + element);
        }
        ++pos_;
    }

    [[noreturn]] void fail_unclosed(char bracket, SourcePosition start) const {
        fail(std::string("unexpected end of file — is a closing '") + bracket +
             "' missing? (opened at line " + std::to_string(start.line) + ")");
    }

    std::string read_string() {
        const SourcePosition start = here();
        ++pos_;
        std::string out;
        for (;;) {
            if (at_end()) fail_at(start, "this string never ends — is a closing '\"' missing?");
            const char c = text_[pos_];
            if (c == '"') break;
            if (c == '\\') {
                read_escape(out);
                continue;
            }
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x20) fail(control_character_message(byte));
            if (byte < 0x80) {
                out.push_back(c);
                ++pos_;
                continue;
            }
            const std::size_t length = utf8_sequence_length(text_.substr(pos_, 4));
            if (length == 0)
                fail("invalid UTF-8 (byte " + byte_name(byte) + ") — save the file as UTF-8");
            out.append(text_.substr(pos_, length));
            pos_ += length;
        }
        ++pos_;
        return out;
    }

    static std::string control_character_message(unsigned char byte) {
        if (byte == '\n') return "line break inside a string — is a closing '\"' missing?";
        if (byte == '\t') return "tab character inside a string — write it as \\t";
        return "control character " + byte_name(byte) + " inside a string";
    }

    void read_escape(std::string& out) {
        const SourcePosition start = here();
        ++pos_;
        const char c = peek();
        ++pos_;
        if (c == 'u') {
            append_utf8(out, read_unicode_escape(start));
            return;
        }
        const std::size_t simple = escape_letters.find(c);
        if (simple == std::string_view::npos)
            fail_at(start,
                    "invalid escape in a string; use \\\" \\\\ \\/ \\b \\f \\n \\r "
                    "\\t or \\uXXXX");
        out += escaped_characters[simple];
    }

    char32_t read_hex4(SourcePosition start) {
        char32_t value = 0;
        for (int i = 0; i < 4; ++i, ++pos_) {
            const char c = peek();
            int digit = -1;
            if (is_digit(c))
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0) fail_at(start, "\\u must be followed by four hexadecimal digits");
            value = value * 16 + static_cast<char32_t>(digit);
        }
        return value;
    }

    char32_t read_unicode_escape(SourcePosition start) {
        const char32_t first = read_hex4(start);
        if (first >= 0xDC00 && first <= 0xDFFF)
            fail_at(start, "\\u escape holds a lone low surrogate");
        if (first < 0xD800 || first > 0xDBFF) return first;
        if (text_.substr(pos_, 2) != "\\u")
            fail_at(start, "\\u escape holds a high surrogate without its low surrogate");
        pos_ += 2;
        const char32_t second = read_hex4(start);
        if (second < 0xDC00 || second > 0xDFFF)
            fail_at(start, "\\u escape holds a high surrogate without its low surrogate");
        return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
    }

    void skip_digits() {
        while (is_digit(peek())) ++pos_;
    }

    void read_number(Json& out) {
        const std::size_t begin = pos_;
        const SourcePosition start = here();
        bool whole = true;
        if (peek() == '-') ++pos_;
        if (!is_digit(peek())) fail("'-' must be followed by a digit");
        if (peek() == '0' && pos_ + 1 < text_.size() && is_digit(text_[pos_ + 1]))
            fail("numbers cannot start with 0 (write 7, not 07)");
        skip_digits();
        if (peek() == '.') {
            whole = false;
            ++pos_;
            if (!is_digit(peek())) fail("expected a digit after the decimal point");
            skip_digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            whole = false;
            ++pos_;
            if (peek() == '+' || peek() == '-') ++pos_;
            if (!is_digit(peek())) fail("expected a digit in the exponent");
            skip_digits();
        }
        store_number(out, text_.substr(begin, pos_ - begin), whole, start);
    }

    void store_number(Json& out, std::string_view digits, bool whole, SourcePosition start) {
        const char* first = digits.data();
        const char* last = first + digits.size();
        if (whole) {
            std::int64_t value = 0;
            if (std::from_chars(first, last, value).ec == std::errc{}) {
                out = value;
                return;
            }
        }
        double value = 0;
        if (std::from_chars(first, last, value).ec != std::errc{})
            fail_at(start, "the number " + std::string(digits.substr(0, 40)) + " is too large");
        out = value;
    }

    void read_word(Json& out) {
        std::size_t end = pos_;
        while (end < text_.size() && end - pos_ < 40 && is_letter(text_[end])) ++end;
        const std::string_view word = text_.substr(pos_, end - pos_);
        if (word == "true" || word == "false" || word == "null") {
            out = word == "null" ? Json(nullptr) : Json(word == "true");
            pos_ = end;
            return;
        }
        fail(unexpected_message(word));
    }

    [[nodiscard]] std::string unexpected_message(std::string_view word) const {
        if (!word.empty())
            return "unexpected word '" + std::string(word) +
                   "' — text needs double quotes; the only bare words are true, false and null";
        const char c = peek();
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\'') return "strings need double quotes (\"), not single quotes";
        if (c == '/') return "comments are not allowed in JSON";
        if (c == '}' || c == ']')
            return std::string("unexpected '") + c + "' — is a value missing?";
        if (c == ',') return "unexpected ',' — is a value missing?";
        if (byte >= 0x80 && utf8_sequence_length(text_.substr(pos_, 4)) == 0)
            return "invalid UTF-8 (byte " + byte_name(byte) + ") — save the file as UTF-8";
        if (byte >= 0x80 || byte < 0x20) return "unexpected byte " + byte_name(byte);
        return std::string("unexpected character '") + c + "'";
    }
};

SourcePosition lookup(const std::unordered_map<std::string, SourcePosition>& positions,
                      std::string_view pointer) {
    auto it = positions.find(std::string(pointer));
    return it == positions.end() ? SourcePosition{} : it->second;
}

}  // namespace

JsonDocument parse_json_document(std::string_view text, const JsonLimits& limits) {
    JsonDocument doc;
    try {
        JsonReader(text, limits, doc).read_document();
    } catch (const SyntaxFailure& failure) {
        doc.syntax_error = JsonSyntaxError{failure.at, failure.message};
        doc.value = nullptr;
    }
    return doc;
}

SourcePosition JsonDocument::value_at(std::string_view pointer) const {
    for (;;) {
        auto it = value_positions.find(std::string(pointer));
        if (it != value_positions.end()) return it->second;
        if (pointer.empty()) return {};
        const std::size_t slash = pointer.rfind('/');
        pointer = pointer.substr(0, slash == std::string_view::npos ? 0 : slash);
    }
}

SourcePosition JsonDocument::key_at(std::string_view pointer) const {
    const SourcePosition key = lookup(key_positions, pointer);
    return key.line > 0 ? key : value_at(pointer);
}

std::string pointer_token(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (const char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

}  // namespace kiosk
