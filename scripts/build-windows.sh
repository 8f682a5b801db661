#!/usr/bin/env bash
# Cross-builds the kiosk for Windows x64 on Debian 12 with MinGW-w64, and packs a zip.
#
#   scripts/build-windows.sh              dependencies (cached), the kiosk, unit_tests.exe, the zip
#   scripts/build-windows.sh --deps-only  only the dependencies, into the cache's prefix
#   scripts/build-windows.sh --test       also runs unit_tests.exe under Wine before packing
#   scripts/build-windows.sh --help
#
# Everything comes from Debian's packages: the compiler (g++-mingw-w64-x86-64-posix, the posix
# thread model that std::thread needs), Wine to run the result, the header-only libraries
# (nlohmann/json, stb, doctest) as installed for Linux, and the sources of GLFW, Dear ImGui and
# libqrencode as Debian ships them (`apt-get source`), built here as static Windows libraries.
#
# The dependencies live outside the clone, so a fresh clone or `rm -rf build-windows` does not
# rebuild them:
#   KIOSK_WINDOWS_CACHE  (default ${XDG_CACHE_HOME:-$HOME/.cache}/probiotic-kiosk/windows-x64)
#     sources/<pkg>/     the downloaded source package files and the unpacked tree
#     build/<pkg>/       the build trees
#     prefix/            include/, lib/*.a, lib/pkgconfig/*.pc, share/cmake/ (the CMake packages
#                        of nlohmann_json and doctest): what cmake/mingw-w64-x86_64.cmake searches
#     stamps/<pkg>       "<pkg> <Debian version> recipe <n> <compiler>": a dependency whose stamp
#                        matches is not built again
# The kiosk itself goes to build-windows/ (CMake preset windows-mingw), its zip beside it:
#   build-windows/probiotic-kiosk.exe
#   build-windows/tests/unit_tests.exe
#   build-windows/probiotic-kiosk-<version>-windows-x64.zip
# Run the results with Wine through scripts/wine-env.sh (a prefix of their own, no dialogs).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

# Raise this when the way a dependency is built changes: every stamp then misses once.
recipe=2

deps_only=0
run_tests=0
for arg in "$@"; do
  case "$arg" in
    --deps-only) deps_only=1 ;;
    --test) run_tests=1 ;;
    -h | --help)
      sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
      exit 0
      ;;
    *)
      echo "build-windows.sh: unknown argument '$arg' (see --help)" >&2
      exit 2
      ;;
  esac
done

cache=${KIOSK_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/probiotic-kiosk/windows-x64}
prefix=$cache/prefix
jobs=$(nproc)
host=x86_64-w64-mingw32
toolchain=$repo/cmake/mingw-w64-x86_64.cmake
export KIOSK_WINDOWS_PREFIX=$prefix
# Only the prefix's .pc files, never the machine's own (Linux) ones.
export PKG_CONFIG_LIBDIR=$prefix/lib/pkgconfig
export PKG_CONFIG_PATH=

sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
step() { printf '\n== %s\n' "$*"; }
t_start=$SECONDS

# ---------------------------------------------------------------------------------------------
# 1. Packages, only what is missing.
packages=(g++-mingw-w64-x86-64-posix cmake make pkg-config dpkg-dev zip
          wine wine64 xvfb xauth
          nlohmann-json3-dev libstb-dev doctest-dev fonts-noto-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
apt_updated=0
if ((${#missing[@]})); then
  step "Installing: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  apt_updated=1
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

CC=$host-gcc-posix
CXX=$host-g++-posix
compiler="$CXX-$($CXX -dumpfullversion)"

# ---------------------------------------------------------------------------------------------
# 2. Source package lists: deb-src twins of the machine's own deb entries, in a file of the
#    project's own, only when the machine has no deb-src entry at all.
have_deb_src() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f $f ]] && grep -Eq '^[[:space:]]*deb-src[[:space:]]' "$f" && return 0
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f $f ]] && grep -Eiq '^Types:.*\bdeb-src\b' "$f" && return 0
  done
  return 1
}
if ! have_deb_src; then
  step "Adding deb-src entries (/etc/apt/sources.list.d/probiotic-kiosk-src.*)"
  # deb822 files: each stanza whose Types has "deb" (and is not Enabled: no) again, as deb-src.
  sources822=$(for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f $f ]] || continue
    awk 'function flush() {
           if (stanza != "" && isdeb && !disabled) printf "%s\n", stanza
           stanza = ""; isdeb = 0; disabled = 0
         }
         /^[[:space:]]*$/ { flush(); next }
         /^#/ { next }
         tolower($1) == "types:" {
           for (i = 2; i <= NF; i++) if ($i == "deb") isdeb = 1
           stanza = stanza "Types: deb-src\n"; next
         }
         tolower($1) == "enabled:" && tolower($2) == "no" { disabled = 1 }
         { stanza = stanza $0 "\n" }
         END { flush() }' "$f"
  done)
  # one-line files: "deb [options] uri suite components" becomes "deb-src ...".
  sourcesline=$(for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f $f ]] || continue
    sed -nE '/cdrom:/d; s/^[[:space:]]*deb[[:space:]]+/deb-src /p' "$f"
  done)
  if [[ -n $sources822 ]]; then
    printf '# Source packages for scripts/build-windows.sh (apt-get source)\n%s\n' "$sources822" |
      "${sudo_cmd[@]}" tee /etc/apt/sources.list.d/probiotic-kiosk-src.sources >/dev/null
  fi
  if [[ -n $sourcesline ]]; then
    printf '# Source packages for scripts/build-windows.sh (apt-get source)\n%s\n' "$sourcesline" |
      "${sudo_cmd[@]}" tee /etc/apt/sources.list.d/probiotic-kiosk-src.list >/dev/null
  fi
  if [[ -z $sources822 && -z $sourcesline ]]; then
    echo "build-windows.sh: no 'deb' entry found in /etc/apt to derive deb-src entries from" >&2
    exit 1
  fi
  "${sudo_cmd[@]}" apt-get update -qq
  apt_updated=1
fi

# ---------------------------------------------------------------------------------------------
# 3. Dependencies, each built once per Debian version and recipe.
mkdir -p "$cache"/{sources,build,stamps} "$prefix"/{include,lib/pkgconfig,share/cmake}

# source_version PKG: the Debian version `apt-get source PKG` would fetch.
source_version() {
  local uris
  uris=$(apt-get source --print-uris -qq "$1" 2>/dev/null || true)
  if [[ -z $uris && $apt_updated -eq 0 ]]; then
    # deb-src present but its lists are not (yet): read them once
    "${sudo_cmd[@]}" apt-get update -qq
    apt_updated=1
    uris=$(apt-get source --print-uris -qq "$1" 2>/dev/null || true)
  fi
  sed -nE "s/^'[^']*' $1_([^ ]+)\.dsc .*/\1/p" <<<"$uris" | head -n1
}

apt_sandbox=()
[[ $(id -u) -eq 0 ]] && apt_sandbox=(-o APT::Sandbox::User=root)

# stamp_ok PKG LINE: the dependency was built exactly so.
stamp_ok() { [[ -f $cache/stamps/$1 && $(<"$cache/stamps/$1") == "$2" ]]; }

# fetch_source PKG VERSION: unpacks Debian's source package into sources/PKG/tree (Debian's
# patches applied) and prints that path. Each file is fetched by apt and checked against the
# .dsc's SHA256. A source package whose Debian part cannot be had is unpacked from its upstream
# tarball alone (Debian's patches then left out, which this says).
fetch_source() {
  local pkg=$1 version=$2 dir=$cache/sources/$1 line uri name hash ok=1 f
  if [[ -f $dir/tree/.kiosk-unpacked && $(<"$dir/tree/.kiosk-unpacked") == "$version" ]]; then
    echo "$dir/tree"
    return
  fi
  rm -rf "$dir"
  mkdir -p "$dir/files"
  while read -r line; do
    # 'URI' NAME SIZE SHA256:HASH
    read -r uri name _ hash <<<"$line"
    uri=${uri//\'/}
    [[ -f $dir/files/$name ]] && continue
    # (as root, apt would try to drop to its _apt user, who may not write to this cache)
    if ! /usr/lib/apt/apt-helper "${apt_sandbox[@]}" -qq download-file "$uri" "$dir/files/$name" "$hash" >&2; then
      echo "build-windows.sh: could not fetch $name" >&2
      rm -f "$dir/files/$name"
      ok=0
    fi
  done < <(apt-get source --print-uris -qq "$pkg=$version" | grep "^'")
  if ((ok)) && [[ -f $dir/files/${pkg}_$version.dsc ]] &&
     (cd "$dir" && dpkg-source --no-check -x "files/${pkg}_$version.dsc" tree >&2); then
    :
  else
    f=$(find "$dir/files" -maxdepth 1 -name "${pkg}_*.orig.tar.*" ! -name '*.asc' | head -n1)
    if [[ -z $f ]]; then
      echo "build-windows.sh: neither $pkg's source package nor its upstream tarball could be had" >&2
      exit 1
    fi
    echo "build-windows.sh: $pkg: Debian's part not available, building its upstream tarball $(basename "$f") without Debian's patches" >&2
    rm -rf "$dir/tree"
    mkdir -p "$dir/tree"
    tar -xf "$f" -C "$dir/tree" --strip-components=1
  fi
  echo "$version" >"$dir/tree/.kiosk-unpacked"
  echo "$dir/tree"
}

# Static libraries only: every consumer needs what a .pc calls private, so it is made public
# (a plain `pkg-config --libs`, as CMake's pkg_check_modules asks, then links completely).
publicise_pc() {
  local pc=$1 libs_private req_private
  libs_private=$(sed -n 's/^Libs.private:[[:space:]]*//p' "$pc")
  req_private=$(sed -n 's/^Requires.private:[[:space:]]*//p' "$pc")
  sed -i -e '/^Libs.private:/d' -e '/^Requires.private:/d' "$pc"
  if [[ -n ${libs_private// /} ]]; then sed -i "s|^Libs:.*|& $libs_private|" "$pc"; fi
  if [[ -n ${req_private// /} ]]; then
    if grep -q '^Requires:' "$pc"; then sed -i "s|^Requires:.*|&, $req_private|" "$pc"
    else echo "Requires: $req_private" >>"$pc"; fi
  fi
}

cmake_dep() { # cmake_dep SRC BUILD [cmake options...]: configure, build and install a dependency
  local src=$1 build=$2
  shift 2
  rm -rf "$build"
  cmake -S "$src" -B "$build" -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib -DBUILD_SHARED_LIBS=OFF \
    "$@" >"$build.log" 2>&1 || { cat "$build.log" >&2; return 1; }
  cmake --build "$build" -j"$jobs" >>"$build.log" 2>&1 || { tail -n 40 "$build.log" >&2; return 1; }
  cmake --install "$build" >>"$build.log" 2>&1 || { tail -n 40 "$build.log" >&2; return 1; }
}

built=()
# GLFW: its own CMake build, the Win32 + WGL backend.
build_glfw3() {
  local src=$1
  cmake_dep "$src" "$cache/build/glfw3" -DGLFW_BUILD_EXAMPLES=OFF -DGLFW_BUILD_TESTS=OFF \
    -DGLFW_BUILD_DOCS=OFF -DGLFW_INSTALL=ON
  publicise_pc "$prefix/lib/pkgconfig/glfw3.pc"
}

# libqrencode: the library alone (its qrencode tool wants libpng), thread-safe through winpthread.
build_qrencode() {
  local src=$1
  cmake_dep "$src" "$cache/build/qrencode" -DWITH_TOOLS=OFF -DWITH_TESTS=OFF -DWITHOUT_PNG=ON
  publicise_pc "$prefix/lib/pkgconfig/libqrencode.pc"
  # Its CMake build names no thread library in the .pc (MinGW's compiler needs no -pthread),
  # yet the library locks winpthread mutexes: say so, or a plain C program would not link.
  grep -q -- '-lpthread' "$prefix/lib/pkgconfig/libqrencode.pc" ||
    sed -i 's|^Libs:.*|& -lpthread|' "$prefix/lib/pkgconfig/libqrencode.pc"
  rm -f "$prefix/share/man/man1/qrencode.1"
}

# Dear ImGui has no build system of its own; Debian's (debian/patches/0001-add-Makefile.patch)
# is followed: the core, the demo window and imgui_stdlib, with the GLFW and OpenGL 3 backends,
# go into libimgui.a, and the font rasteriser and rectangle packer are Debian's stb (the copy
# in the prefix, see install_header_only) instead of ImGui's bundled imstb_*.h. Their
# implementations make libstb.a, one object each, as Debian's libstb is linked for them.
# Headers are laid out as libimgui-dev's: include/imgui/*.h and include/imgui/backends/*.h.
build_imgui() {
  local src=$1 version=$2 build=$cache/build/imgui f objs=() stb_objs=() cmds=()
  rm -rf "$build"
  mkdir -p "$build"
  local cxxflags=(-O2 -DNDEBUG -I"$src" -I"$prefix/include"
    -DIMGUI_DISABLE_STB_RECT_PACK_IMPLEMENTATION '-DIMGUI_STB_RECT_PACK_FILENAME=<stb/stb_rect_pack.h>'
    -DIMGUI_DISABLE_STB_TRUETYPE_IMPLEMENTATION '-DIMGUI_STB_TRUETYPE_FILENAME=<stb/stb_truetype.h>')
  for f in imgui.cpp imgui_draw.cpp imgui_tables.cpp imgui_widgets.cpp imgui_demo.cpp \
           misc/cpp/imgui_stdlib.cpp backends/imgui_impl_glfw.cpp backends/imgui_impl_opengl3.cpp; do
    objs+=("$build/$(basename "${f%.cpp}").o")
    cmds+=("$CXX ${cxxflags[*]@Q} -c ${src@Q}/$f -o ${objs[-1]@Q}")
  done
  # stb_truetype must see the real rectangle packer first: without it, it builds a fallback of
  # its own whose stbrp_context differs, and ImGui's atlas packing divides by zero.
  printf '#define STB_RECT_PACK_IMPLEMENTATION\n#include <stb/stb_rect_pack.h>\n' >"$build/stb_rect_pack.c"
  printf '#include <stb/stb_rect_pack.h>\n#define STB_TRUETYPE_IMPLEMENTATION\n#include <stb/stb_truetype.h>\n' \
    >"$build/stb_truetype.c"
  for f in rect_pack truetype; do
    stb_objs+=("$build/stb_$f.o")
    cmds+=("$CC -O2 -DNDEBUG -I${prefix@Q}/include -c ${build@Q}/stb_$f.c -o ${stb_objs[-1]@Q}")
  done
  # all compiled side by side, one per core
  printf '%s\0' "${cmds[@]}" | xargs -0 -n1 -P"$jobs" sh -c
  for f in "${objs[@]}" "${stb_objs[@]}"; do [[ -f $f ]] || return 1; done
  rm -f "$prefix/lib/libimgui.a" "$prefix/lib/libstb.a"
  $host-ar rcs "$prefix/lib/libimgui.a" "${objs[@]}"
  $host-ar rcs "$prefix/lib/libstb.a" "${stb_objs[@]}"
  rm -rf "$prefix/include/imgui"
  mkdir -p "$prefix/include/imgui/backends"
  cp "$src"/*.h "$src"/misc/cpp/imgui_stdlib.h "$prefix/include/imgui/"
  cp "$src"/backends/imgui_impl_glfw.h "$src"/backends/imgui_impl_opengl3*.h \
     "$prefix/include/imgui/backends/"
  # stb.pc as Debian's: -I.../include/stb, so that <stb_image.h> is found through imgui's Requires.
  cat >"$prefix/lib/pkgconfig/stb.pc" <<EOF
prefix=$prefix
libdir=\${prefix}/lib
includedir=\${prefix}/include/stb

Name: stb
Description: Debian's stb headers; stb_truetype and stb_rect_pack built for Windows x64
Version: 0.0
Libs: -L\${libdir} -lstb
Cflags: -I\${includedir}
EOF
  # The backends call GLFW and OpenGL (opengl32, which the kiosk draws with too); the core's
  # clipboard functions are user32's (its IME functions are off under MinGW by default).
  cat >"$prefix/lib/pkgconfig/imgui.pc" <<EOF
prefix=$prefix
libdir=\${prefix}/lib
includedir=\${prefix}/include/imgui

Name: imgui
Description: Dear ImGui with its GLFW and OpenGL 3 backends, static, for Windows x64
Version: ${version%%[+-]*}
Requires: glfw3, stb
Libs: -L\${libdir} -limgui -lopengl32 -limm32 -luser32 -lgdi32
Cflags: -I\${includedir}
EOF
}

# Header-only libraries from Debian's Linux packages, copied in so that the cross build finds
# them in the prefix alone (the machine's /usr/include is never searched: its C library
# headers are Linux ones). doctest's CMake files name /usr; the copy names the prefix instead.
install_header_only() {
  rm -rf "$prefix"/include/{nlohmann,stb,doctest} "$prefix"/share/cmake/{nlohmann_json,doctest}
  cp -r /usr/include/nlohmann /usr/include/stb /usr/include/doctest "$prefix/include/"
  cp -r /usr/share/cmake/nlohmann_json "$prefix/share/cmake/"
  cp -r /usr/lib/cmake/doctest "$prefix/share/cmake/"
  # shellcheck disable=SC2016 # ${CMAKE_CURRENT_LIST_DIR} is CMake's, not the shell's
  sed -i 's|^set(_IMPORT_PREFIX "/usr")|get_filename_component(_IMPORT_PREFIX "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)|' \
    "$prefix/share/cmake/doctest/doctestTargets.cmake"
  if grep -rq '"/usr' "$prefix"/share/cmake/{nlohmann_json,doctest}; then
    echo "build-windows.sh: a copied CMake package still names /usr" >&2
    exit 1
  fi
}

dep() { # dep PKG BUILD_FUNCTION [MORE]: fetch and build Debian's source package PKG unless
        # its stamp (with MORE, what else the build depends on) matches
  local pkg=$1 fn=$2 more=${3:-} version stamp src t0=$SECONDS
  version=$(source_version "$pkg")
  if [[ -z $version ]]; then
    # no source lists at hand: keep what was built, if anything
    if [[ -f $cache/stamps/$pkg ]]; then
      echo "$pkg: source lists unavailable, keeping $(<"$cache/stamps/$pkg")"
      return
    fi
    echo "build-windows.sh: apt-get source knows no '$pkg' (deb-src entries? apt-get update?)" >&2
    exit 1
  fi
  stamp="$pkg $version recipe $recipe $compiler${more:+ $more}"
  if stamp_ok "$pkg" "$stamp"; then
    echo "$pkg $version: built already"
    return
  fi
  step "$pkg $version"
  src=$(fetch_source "$pkg" "$version")
  rm -f "$cache/stamps/$pkg"
  "$fn" "$src" "$version"
  echo "$stamp" >"$cache/stamps/$pkg"
  built+=("$pkg")
  echo "$pkg $version: built in $((SECONDS - t0)) s"
}

headers_stamp="headers $(dpkg-query -W -f='${Package}=${Version} ' nlohmann-json3-dev libstb-dev doctest-dev)recipe $recipe"
if stamp_ok headers "$headers_stamp"; then
  echo "header-only libraries: copied already"
else
  install_header_only
  echo "$headers_stamp" >"$cache/stamps/headers"
fi
dep glfw3 build_glfw3
dep imgui build_imgui "$(dpkg-query -W -f='${Package}=${Version}' libstb-dev)"
dep qrencode build_qrencode
echo "dependencies ready in $prefix ($((SECONDS - t_start)) s)"
if ((deps_only)); then exit 0; fi

# ---------------------------------------------------------------------------------------------
# 4. The kiosk and its unit tests with the windows-mingw preset. The prefix is passed on the
#    command line too, so a build tree made with another KIOSK_WINDOWS_CACHE follows this one.
step "probiotic-kiosk for Windows x64 (build-windows/)"
out=$repo/build-windows
cmake --preset windows-mingw -DKIOSK_WINDOWS_PREFIX="$prefix" >"$cache/configure.log" 2>&1 ||
  { cat "$cache/configure.log" >&2; exit 1; }
grep -E '^-- (glfw|imgui|qrencode):' "$cache/configure.log" || true
cmake --build --preset windows-mingw -j"$jobs"

exe=$(find "$out" -name probiotic-kiosk.exe -not -path '*/CMakeFiles/*' -not -path '*/package/*' | head -n1)
tests_exe=$(find "$out" -name unit_tests.exe -not -path '*/CMakeFiles/*' | head -n1)
[[ -n $exe ]] || { echo "build-windows.sh: no probiotic-kiosk.exe was made" >&2; exit 1; }
if [[ $exe != "$out/probiotic-kiosk.exe" ]]; then cp "$exe" "$out/probiotic-kiosk.exe"; fi
exe=$out/probiotic-kiosk.exe

# Every DLL the exe imports must be one Windows has: a MinGW one (libstdc++, libgcc,
# winpthread) would have to travel in the zip, which the static link is there to avoid.
dlls=$($host-objdump -p "$exe" | sed -n 's/^[[:space:]]*DLL Name: //p' | tr '[:upper:]' '[:lower:]' | sort -u)
foreign=$(grep -Ev '^(kernel32|user32|gdi32|shell32|shlwapi|shcore|advapi32|bcrypt|ole32|oleaut32|comctl32|comdlg32|imm32|opengl32|winmm|ws2_32|version|dwmapi|uxtheme|setupapi|hid|msvcrt|ucrtbase|api-ms-win-[a-z0-9-]+)\.dll$' <<<"$dlls" || true)
if [[ -n $foreign ]]; then
  echo "build-windows.sh: probiotic-kiosk.exe needs DLLs Windows does not have: ${foreign//$'\n'/ }" >&2
  exit 1
fi

# Noto Sans beside the exe in build-windows/ too, as in the zip, so that the exe run from here
# (the tests, a quick look) draws with the kiosk's own typeface.
mkdir -p "$out/fonts"
cp /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf /usr/share/fonts/truetype/noto/NotoSans-Bold.ttf \
   "$out/fonts/"

if ((run_tests)); then
  step "unit_tests.exe under Wine"
  scripts/wine-env.sh wine "$tests_exe"
fi

# ---------------------------------------------------------------------------------------------
# 5. The zip: probiotic-kiosk-<version>/ with the exe (stripped; build-windows/ keeps the one
#    with symbols), content/ (JSON and schema), assets/ (the pictures, not their SVG sources),
#    fonts/ (Noto Sans, which the kiosk looks for beside the exe first) and README.txt.
version=$(sed -nE 's/^CMAKE_PROJECT_VERSION:STATIC=(.*)/\1/p' "$out/CMakeCache.txt")
[[ -n $version ]] || version=$(sed -nE 's/^project\([^)]*VERSION ([0-9.]+).*/\1/p' CMakeLists.txt)
name=probiotic-kiosk-$version
stage=$out/package/$name
zip_path=$out/$name-windows-x64.zip
rm -rf "$out/package" "$zip_path"
mkdir -p "$stage"/{content,assets,fonts}
$host-strip -o "$stage/probiotic-kiosk.exe" "$exe"
(cd content && find . -name '*.json' -exec cp --parents {} "$stage/content/" \;)
(cd assets && find . -path ./src -prune -o -name '*.png' -exec cp --parents {} "$stage/assets/" \;)
cp /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf /usr/share/fonts/truetype/noto/NotoSans-Bold.ttf \
   "$stage/fonts/"
sed 's/$/\r/' /usr/share/doc/fonts-noto-core/copyright >"$stage/fonts/LICENSE-Noto.txt"
# Windows line ends, so that Notepad shows it as written.
sed 's/$/\r/' >"$stage/README.txt" <<EOF
Probiotic Kiosk $version for Windows 10 and 11 (64-bit)
=======================================================

Getting started
  1. Unzip this folder anywhere, for example to C:\\probiotic-kiosk.
  2. Double-click probiotic-kiosk.exe. It fills the main screen, locked down as
     a kiosk: no key and no window button closes it. The staff menu ends it, and
     so does "probiotic-kiosk.exe --send stop" (below).

From a Command Prompt in this folder (cd C:\\probiotic-kiosk):
  probiotic-kiosk.exe --demo                 a window with a self-running demo;
                                             Esc quits, F11 full screen
  probiotic-kiosk.exe --windowed 1280x800    the kiosk in a window of that size
  probiotic-kiosk.exe --validate             for staff: checks the content folder
                                             and lists what is wrong; opens no window
  probiotic-kiosk.exe --report               a summary of the recorded events
  probiotic-kiosk.exe --help                 every option

Controlling a running kiosk (from a Command Prompt in this folder)
  probiotic-kiosk.exe --send screenshot      saves screenshot.png in the data folder
  probiotic-kiosk.exe --send reload          checks the content folder now
  probiotic-kiosk.exe --send stop            closes the kiosk, keeping every event

The staff menu needs a PIN: put 4 to 8 digits in a file and start the kiosk
with --staff-pin-file FILE, or set PROBIOTIC_KIOSK_STAFF_PIN.

What is where
  content\\     the products, quiz and slides (JSON) the kiosk shows
  assets\\      their pictures
  fonts\\       Noto Sans (SIL Open Font License 1.1: fonts\\LICENSE-Noto.txt)
  %LOCALAPPDATA%\\probiotic-kiosk
               the data folder: events.jsonl (what shoppers did), kiosk.log and
               screenshots; type the name into Explorer's address bar to open it
               (--data-dir DIR puts them elsewhere)

Nothing is installed: to remove the kiosk, delete this folder and
%LOCALAPPDATA%\\probiotic-kiosk.
EOF
(cd "$out/package" && zip -qr9 "$zip_path" "$name")

# ---------------------------------------------------------------------------------------------
step "Done in $((SECONDS - t_start)) s"
echo "exe:        $exe"
[[ -n $tests_exe ]] && echo "unit tests: $tests_exe"
echo "zip:        $zip_path ($(du -h "$zip_path" | cut -f1), $(stat -c %s "$zip_path") bytes)"
echo "run it:     scripts/wine-env.sh wine build-windows/probiotic-kiosk.exe --demo"
