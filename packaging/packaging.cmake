# Install rules and the Debian package (included by the top-level CMakeLists.txt).
#
# Installed layout, under the prefix (/usr for the .deb, /usr/local for a plain `cmake --install`):
#   bin/probiotic-kiosk
#   share/probiotic-kiosk/content/        the four JSON files and schema/
#   share/probiotic-kiosk/assets/         the PNG pictures ("assets" beside the content folder)
#   share/doc/probiotic-kiosk/README.md
#   share/doc/probiotic-kiosk/alerts.yml  Prometheus alert rules for a chain's monitoring
#   lib/systemd/system/probiotic-kiosk.service
# The program finds share/probiotic-kiosk/content from its own location (<exe>/../share/...),
# so a copy installed under any prefix or DESTDIR runs on its installed content.
#
# Not installed, on purpose: the staff PIN (/etc/probiotic-kiosk/pin, written by the technician:
# 4 to 8 digits on the first line, readable by the kiosk user only) and the kiosk user.
#
#   cmake --build build-pkg && (cd build-pkg && cpack -G DEB)  ->  probiotic-kiosk_<ver>_<arch>.deb

include(GNUInstallDirs)

if(NOT KIOSK_WITH_SYSTEMD)
  message(WARNING "built without libsystemd (KIOSK_WITH_SYSTEMD off, or libsystemd-dev missing): "
                  "this kiosk will not tell systemd "
                  "it is ready or alive, so the installed unit (Type=notify, WatchdogSec=) would "
                  "kill it. Install libsystemd-dev before building a package.")
endif()

set(KIOSK_SHARE_DIR ${CMAKE_INSTALL_DATADIR}/probiotic-kiosk)
set(KIOSK_SYSTEMD_UNIT_DIR "lib/systemd/system" CACHE STRING
    "Where the systemd unit goes, relative to the prefix (lib/systemd/system: a system service)")

install(TARGETS probiotic-kiosk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(DIRECTORY ${PROJECT_SOURCE_DIR}/content/ DESTINATION ${KIOSK_SHARE_DIR}/content
        FILES_MATCHING PATTERN "*.json")

# The pictures the content names; assets/src (the SVG drawings they are rendered from) stays out.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/ DESTINATION ${KIOSK_SHARE_DIR}/assets
        FILES_MATCHING PATTERN "*.png"
        PATTERN "src" EXCLUDE)

install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/packaging/alerts.yml
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The unit names the package's paths (/usr/...). Installed under another prefix, those paths
# are rewritten at install time to where the files really went, so the unit stays true
# (and `systemd-analyze verify` can check it in a staged tree).
install(CODE "
  file(READ \"${CMAKE_CURRENT_LIST_DIR}/probiotic-kiosk.service\" unit)
  set(prefix \"\${CMAKE_INSTALL_PREFIX}\")
  string(REPLACE \"/usr/bin/probiotic-kiosk\" \"\${prefix}/${CMAKE_INSTALL_BINDIR}/probiotic-kiosk\" unit \"\${unit}\")
  string(REPLACE \"/usr/share/doc/probiotic-kiosk\" \"\${prefix}/${CMAKE_INSTALL_DOCDIR}\" unit \"\${unit}\")
  string(REPLACE \"/usr/share/probiotic-kiosk\" \"\${prefix}/${KIOSK_SHARE_DIR}\" unit \"\${unit}\")
  # one file per destination, so that installs to different places never share it
  string(MD5 where \"\$ENV{DESTDIR}\${prefix}\")
  set(made \"${CMAKE_CURRENT_BINARY_DIR}/packaging/unit-\${where}/probiotic-kiosk.service\")
  file(WRITE \"\${made}\" \"\${unit}\")
  file(INSTALL DESTINATION \"\${prefix}/${KIOSK_SYSTEMD_UNIT_DIR}\" TYPE FILE
       PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ FILES \"\${made}\")
")

# ---------------------------------------------------------------------------------------------
# Debian package (cpack -G DEB). Library dependencies come from dpkg-shlibdeps (package dpkg-dev).

set(KIOSK_PACKAGE_MAINTAINER "Probiotic Kiosk Maintainers <kiosk@probiotic-shop.example>" CACHE STRING
    "Maintainer field of the Debian package")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "probiotic-kiosk")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Probiotic skincare shop")
set(CPACK_PACKAGE_CONTACT ${KIOSK_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Touchscreen kiosk: the gut-skin axis, a quiz and product picks")
set(CPACK_PACKAGE_DESCRIPTION
    "A fullscreen touchscreen app for a probiotic skincare shop. It cycles through slides that
explain the gut-skin axis, runs a short quiz and suggests products from the shop's catalogue.
Its content (JSON files and pictures) is edited by shop staff and reloaded while it runs.
Ships a systemd unit that keeps it running under a watchdog.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${KIOSK_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Added to what dpkg-shlibdeps finds: the font the kiosk draws its text with, and DejaVu Sans, the
# fallback font for the symbols Noto Sans lacks (arrows such as U+2194, ticks such as U+2713);
# and, for read aloud, espeak-ng's voices (libespeak-ng1 itself comes from dpkg-shlibdeps).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-core, fonts-dejavu-core")
if(KIOSK_WITH_ESPEAK)
  string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", espeak-ng-data")
endif()
# What a kiosk PC needs for the X session of docs/technician-guide.md, "Installing on Linux".
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xserver-xorg, xinit, x11-xserver-utils")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "rsync")

include(CPack)
