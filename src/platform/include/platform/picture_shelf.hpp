// What the screens ask of pictures: one to draw, one to come, how one is doing. The kiosk's
// PictureLibrary holds them as textures; the fit check lays screens out with none at all.
#pragma once

#include <cstdint>
#include <filesystem>

namespace kiosk {

struct Picture {
    unsigned texture = 0;  // OpenGL texture name
    int width = 0, height = 0;
    [[nodiscard]] void* id() const {
        return reinterpret_cast<void*>(static_cast<intptr_t>(texture));
    }
};

enum class PictureState {
    loading,  // asked for (or not yet) and not decoded yet: drawn as soon as it is
    ready,    // on the GPU
    failed,   // the file could not be read or decoded: it will not be drawn
};

class PictureShelf {
  public:
    virtual ~PictureShelf() = default;
    // The picture when it can be drawn; otherwise asks for it and returns nullptr. `fit`: the
    // long side of the box it is drawn in, in pixels (0: the largest size).
    virtual const Picture* get(const std::filesystem::path& file, int fit = 0) = 0;
    void prefetch(const std::filesystem::path& file, int fit = 0) { (void)get(file, fit); }
    // Whether `file` can be drawn, is still coming, or will not come (asks for nothing).
    [[nodiscard]] virtual PictureState state(const std::filesystem::path& file) const = 0;
};

// Every picture taken as there and drawn as nothing: for laying out screens without a window.
class NoPictures final : public PictureShelf {
  public:
    const Picture* get(const std::filesystem::path&, int) override { return nullptr; }
    [[nodiscard]] PictureState state(const std::filesystem::path&) const override {
        return PictureState::ready;
    }
};

}  // namespace kiosk
