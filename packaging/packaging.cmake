# SPDX-License-Identifier: GPL-3.0-or-later
# Installation and the .deb (CPack). packaging/README.md explains the package, its test and the Windows and macOS routes.
include(GNUInstallDirs)
# Everything the programs need at run time is compiled in (data, help, translations: Qt resources) or comes from
# the system's Qt, GDAL and PROJ packages, so the installed binaries (RUNPATH only Qt's relative $ORIGIN) run from
# any prefix.
install(TARGETS mengkaart mengkaart-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/packaging/linux/nl.mengkaart.Mengkaart.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/linux/nl.mengkaart.Mengkaart.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/mengkaart.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME nl.mengkaart.Mengkaart.svg)
# Debian wants the package name here; CMAKE_INSTALL_DOCDIR would use the project name (Mengkaart).
install(FILES ${CMAKE_SOURCE_DIR}/packaging/linux/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mengkaart)

# Man pages, compressed as Debian policy asks (gzip -9n: no name or time stamp, so the bytes are reproducible).
set(MK_MAN_PAGES mengkaart.1 mengkaart-cli.1)
find_program(MK_GZIP gzip REQUIRED)
set(MK_MAN_GZ)
foreach(page IN LISTS MK_MAN_PAGES)
    set(source ${CMAKE_SOURCE_DIR}/packaging/man/${page})
    set(compressed ${CMAKE_BINARY_DIR}/man/${page}.gz)
    add_custom_command(OUTPUT ${compressed}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
        COMMAND ${MK_GZIP} -9n -c ${source} > ${compressed}
        DEPENDS ${source} VERBATIM)
    list(APPEND MK_MAN_GZ ${compressed})
endforeach()
add_custom_target(man-pages ALL DEPENDS ${MK_MAN_GZ})
install(FILES ${MK_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_PACKAGE_NAME mengkaart)
set(CPACK_PACKAGE_VENDOR "Mengkaart")
set(CPACK_PACKAGE_CONTACT "Mengkaart developers <dev@mengkaart.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Mengkaart maps CBS neighbourhood data and DUO school data for one gemeente, computes segregation indices with
confidence intervals, compares schools with their catchment areas (afspiegeling), simulates scenarios and prints a
briefing for the LEA meeting in Dutch or English. The national open data ship inside the program; it never
contacts a server. mengkaart is the desktop application, mengkaart-cli the same analyses from the command line.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB TGZ)
# The build is RelWithDebInfo (-g): unstripped, each program is about 150 MB, stripped 10 MB (packaging/README.md).
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Depends from the libraries the binaries link (dpkg-shlibdeps: Qt, GDAL, PROJ, GEOS, QCustomPlot, libstdc++); Qt's
# platform, SVG image and icon plugins come with libqt6gui6 and libqt6svg6, GDAL's and PROJ's data with their
# libraries. Qt's own Dutch texts (dialog buttons), a font for charts and PDFs and the fallback icon theme are only
# recommended: the program works without them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core, adwaita-icon-theme")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
