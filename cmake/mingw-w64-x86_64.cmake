# CMake toolchain: Windows x64 from Linux with Debian's MinGW-w64 (posix thread model).
#
#   scripts/build-windows.sh                     builds the dependencies, then uses this file
#   cmake --preset windows-mingw                 the same configure step by hand
#
# The dependencies (static GLFW, Dear ImGui, libqrencode; copies of nlohmann/json, stb and
# doctest) are in one prefix made by scripts/build-windows.sh. It is, first found:
#   -DKIOSK_WINDOWS_PREFIX=DIR, the environment variable KIOSK_WINDOWS_PREFIX,
#   $KIOSK_WINDOWS_CACHE/prefix, ${XDG_CACHE_HOME:-$HOME/.cache}/probiotic-kiosk/windows-x64/prefix
# Only that prefix and the MinGW-w64 sysroot are searched for headers, libraries, CMake packages
# and pkg-config files; programs (pkg-config, Python) come from the machine itself.

set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(KIOSK_MINGW_TRIPLET x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${KIOSK_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${KIOSK_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${KIOSK_MINGW_TRIPLET}-windres)
set(CMAKE_AR ${KIOSK_MINGW_TRIPLET}-ar CACHE FILEPATH "Archiver")
set(CMAKE_RANLIB ${KIOSK_MINGW_TRIPLET}-ranlib CACHE FILEPATH "Ranlib")

if(NOT KIOSK_WINDOWS_PREFIX)
  if(DEFINED ENV{KIOSK_WINDOWS_PREFIX} AND NOT "$ENV{KIOSK_WINDOWS_PREFIX}" STREQUAL "")
    set(KIOSK_WINDOWS_PREFIX "$ENV{KIOSK_WINDOWS_PREFIX}")
  elseif(DEFINED ENV{KIOSK_WINDOWS_CACHE} AND NOT "$ENV{KIOSK_WINDOWS_CACHE}" STREQUAL "")
    set(KIOSK_WINDOWS_PREFIX "$ENV{KIOSK_WINDOWS_CACHE}/prefix")
  elseif(DEFINED ENV{XDG_CACHE_HOME} AND NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
    set(KIOSK_WINDOWS_PREFIX "$ENV{XDG_CACHE_HOME}/probiotic-kiosk/windows-x64/prefix")
  else()
    set(KIOSK_WINDOWS_PREFIX "$ENV{HOME}/.cache/probiotic-kiosk/windows-x64/prefix")
  endif()
endif()
set(KIOSK_WINDOWS_PREFIX "${KIOSK_WINDOWS_PREFIX}" CACHE PATH
    "Prefix of the Windows dependencies built by scripts/build-windows.sh")
# try_compile projects read this file again; they get the same prefix.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES KIOSK_WINDOWS_PREFIX)
if(NOT EXISTS "${KIOSK_WINDOWS_PREFIX}/lib/pkgconfig")
  message(WARNING "No Windows dependencies in ${KIOSK_WINDOWS_PREFIX}: "
                  "run scripts/build-windows.sh --deps-only first")
endif()

set(CMAKE_FIND_ROOT_PATH "${KIOSK_WINDOWS_PREFIX}" /usr/${KIOSK_MINGW_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# pkg-config (CMake's pkg_check_modules) reads the prefix's .pc files and nothing else. The
# environment set here lasts for the whole configure run, which reads this file each time.
set(ENV{PKG_CONFIG_LIBDIR} "${KIOSK_WINDOWS_PREFIX}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

# One self-contained .exe: libgcc, libstdc++ and winpthread linked in statically, so that no
# MinGW DLL has to travel with it. Only Windows' own DLLs are imported.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-static-libgcc -static-libstdc++")
set(CMAKE_MODULE_LINKER_FLAGS_INIT "-static-libgcc -static-libstdc++")

# ctest and other CMake-run test programs go through Wine, in the kiosk's own prefix
# (scripts/wine-env.sh: made on first use, no dialogs, no debug chatter).
set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/../scripts/wine-env.sh;wine")
