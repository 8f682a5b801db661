# The kiosk's libraries, as imported targets kiosk::<name>, from the system's packages: a CMake
# config package where the system has one (vcpkg on Windows, Homebrew on macOS), else
# pkg-config (Debian and Ubuntu, and the MinGW-w64 cross build of scripts/build-windows.sh).
#   kiosk::glfw kiosk::imgui kiosk::qrencode   always
#   kiosk::fontconfig                          with KIOSK_WITH_FONTCONFIG
#   kiosk::systemd                             with KIOSK_WITH_SYSTEMD, when found
#   kiosk::espeak                              with KIOSK_WITH_ESPEAK, when found
# and KIOSK_IMGUI_BACKENDS_DIR (imgui_impl_glfw.h), KIOSK_STB_DIR (stb_image.h).

find_package(PkgConfig QUIET)
# MinGW-w64 links one self-contained .exe: a "-lpthread" in a .pc file must resolve to
# libpthread.a, not to the import library of a DLL that would then have to travel with it.
if(MINGW)
  set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
endif()

# kiosk_dependency(<our name> <config package> <its target> <pkg-config module> [REQUIRED])
function(kiosk_dependency name package target module)
  if(TARGET kiosk::${name})
    return()
  endif()
  find_package(${package} CONFIG QUIET)
  if(TARGET ${target})
    add_library(kiosk::${name} ALIAS ${target})
    message(STATUS "${name}: ${package} (CMake package)")
    return()
  endif()
  if(PKG_CONFIG_FOUND)
    pkg_check_modules(KIOSK_PC_${name} QUIET IMPORTED_TARGET GLOBAL ${module})
  endif()
  if(TARGET PkgConfig::KIOSK_PC_${name})
    add_library(kiosk::${name} ALIAS PkgConfig::KIOSK_PC_${name})
    message(STATUS "${name}: ${module} ${KIOSK_PC_${name}_VERSION} (pkg-config)")
  elseif("REQUIRED" IN_LIST ARGN)
    message(FATAL_ERROR "${name} not found: neither the CMake package ${package} nor the "
                        "pkg-config module ${module} (docs/technician-guide.md, Dependencies)")
  endif()
endfunction()

macro(kiosk_find_dependencies)
  find_package(nlohmann_json 3.10 REQUIRED)
  find_package(Threads REQUIRED)
  find_package(OpenGL REQUIRED)
  kiosk_dependency(glfw glfw3 glfw glfw3 REQUIRED)
  kiosk_dependency(imgui imgui imgui::imgui imgui REQUIRED)
  kiosk_dependency(qrencode qrencode qrencode::qrencode libqrencode)
  if(NOT TARGET kiosk::qrencode)
    # vcpkg's libqrencode has neither a CMake package nor, on Windows, a pkg-config program.
    find_path(KIOSK_QRENCODE_INCLUDE_DIR qrencode.h)
    find_library(KIOSK_QRENCODE_LIBRARY NAMES qrencode qrencoded)
    if(NOT KIOSK_QRENCODE_INCLUDE_DIR OR NOT KIOSK_QRENCODE_LIBRARY)
      message(FATAL_ERROR "libqrencode not found: no pkg-config module libqrencode and no "
                          "qrencode.h with its library (docs/technician-guide.md, Dependencies)")
    endif()
    add_library(kiosk::qrencode UNKNOWN IMPORTED GLOBAL)
    set_target_properties(kiosk::qrencode PROPERTIES IMPORTED_LOCATION ${KIOSK_QRENCODE_LIBRARY}
                          INTERFACE_INCLUDE_DIRECTORIES ${KIOSK_QRENCODE_INCLUDE_DIR})
    message(STATUS "qrencode: ${KIOSK_QRENCODE_LIBRARY}")
  endif()
  if(KIOSK_WITH_FONTCONFIG)
    find_package(Fontconfig REQUIRED)
    add_library(kiosk::fontconfig ALIAS Fontconfig::Fontconfig)
  endif()
  if(KIOSK_WITH_SYSTEMD)
    kiosk_dependency(systemd libsystemd libsystemd::libsystemd libsystemd)
    if(NOT TARGET kiosk::systemd)
      message(STATUS "libsystemd not found: no readiness or watchdog messages to systemd")
      set(KIOSK_WITH_SYSTEMD OFF)
    endif()
  endif()

  if(KIOSK_WITH_ESPEAK)
    kiosk_dependency(espeak espeak-ng espeak-ng::espeak-ng espeak-ng)
    if(NOT TARGET kiosk::espeak)
      message(STATUS "libespeak-ng not found: read aloud is not offered")
      set(KIOSK_WITH_ESPEAK OFF)
    endif()
  endif()

  # Where the backends' headers are: Debian keeps them in a folder of their own, vcpkg beside
  # imgui.h.
  get_target_property(_imgui_includes kiosk::imgui INTERFACE_INCLUDE_DIRECTORIES)
  find_path(KIOSK_IMGUI_BACKENDS_DIR imgui_impl_glfw.h HINTS ${_imgui_includes}
            PATH_SUFFIXES backends imgui/backends include/imgui/backends REQUIRED)
  find_path(KIOSK_STB_DIR stb_image.h HINTS ${_imgui_includes} PATH_SUFFIXES stb REQUIRED)
endmacro()
