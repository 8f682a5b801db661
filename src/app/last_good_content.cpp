#include "app/last_good_content.hpp"

#include <fstream>
#include <iterator>
#include <sstream>
#include <system_error>

#include "core/path_text.hpp"
#include "platform/file_system.hpp"

namespace kiosk {
namespace fs = std::filesystem;

namespace {

// One line per file to copy: where it goes in the copy, its size and its time.
std::string manifest_of(const ContentFolders& from, const std::vector<std::string>& pictures) {
    std::ostringstream out;
    auto line = [&out](const std::string& name, const fs::path& file) {
        const FileStamp stamp = file_stamp(file);
        out << name << '\t' << stamp.size << '\t' << stamp.modified << '\n';
    };
    for (const char* name : content_file_names)
        line(std::string("content/") + name, from.content / name);
    for (const std::string& picture : pictures)
        line("assets/" + picture, from.assets / path_from_utf8(picture));
    return out.str();
}

std::string read_all(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

bool copy_into(const fs::path& from, const fs::path& to, std::string& problem) {
    std::error_code ec;
    fs::create_directories(to.parent_path(), ec);
    if (!ec) fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
    if (ec) problem = "cannot copy " + utf8_of(from) + ": " + ec.message();
    return !ec;
}

}  // namespace

LastGoodContent::LastGoodContent(fs::path data_folder)
    : folder_(std::move(data_folder) / "last-good") {}

std::optional<ContentFolders> LastGoodContent::saved() const {
    std::string name = read_all(folder_ / "current");
    while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) name.pop_back();
    if (name.empty() || name.find_first_of("/\\") != std::string::npos) return std::nullopt;
    const fs::path copy = folder_ / path_from_utf8(name);
    std::error_code ec;
    if (!fs::exists(copy / "content" / "kiosk.json", ec)) return std::nullopt;
    return ContentFolders{copy / "content", copy / "assets"};
}

std::vector<LastGoodContent::SavedPicture> LastGoodContent::saved_pictures() const {
    std::vector<SavedPicture> pictures;
    const auto copy = saved();
    if (!copy) return pictures;
    std::istringstream manifest(read_all(copy->content.parent_path() / "manifest"));
    const std::string assets = "assets/";
    for (std::string line; std::getline(manifest, line);) {
        std::istringstream fields(line);
        SavedPicture p;
        if (std::getline(fields, p.picture, '\t') && fields >> p.size >> p.modified &&
            p.picture.compare(0, assets.size(), assets) == 0) {
            p.picture.erase(0, assets.size());
            pictures.push_back(std::move(p));
        }
    }
    return pictures;
}

std::string LastGoodContent::save(const ContentFolders& from,
                                  const std::vector<std::string>& pictures,
                                  long long unix_ms) const {
    const std::string manifest = manifest_of(from, pictures);
    if (auto current = saved();
        current && read_all(current->content.parent_path() / "manifest") == manifest)
        return {};
    const std::string name = std::to_string(unix_ms);
    const fs::path copy = folder_ / name;
    std::error_code ec;
    fs::remove_all(copy, ec);
    std::string problem;
    bool whole = true;
    for (const char* file : content_file_names)
        whole = whole && copy_into(from.content / file, copy / "content" / file, problem);
    for (const std::string& picture : pictures)
        whole = whole && copy_into(from.assets / path_from_utf8(picture),
                                   copy / "assets" / path_from_utf8(picture), problem);
    if (whole && (!write_file_atomically(copy / "manifest", manifest) ||
                  !write_file_atomically(folder_ / "current", name + "\n"))) {
        whole = false;
        problem = "cannot write " + utf8_of(folder_);
    }
    if (!whole) {
        fs::remove_all(copy, ec);  // a part of a copy only takes room (a full disk's, perhaps)
        return problem;
    }
    // Only the copy in use is kept.
    for (const auto& entry : fs::directory_iterator(folder_, ec))
        if (entry.is_directory() && entry.path().filename() != copy.filename())
            fs::remove_all(entry.path(), ec);
    return {};
}

}  // namespace kiosk
