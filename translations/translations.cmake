# SPDX-License-Identifier: GPL-3.0-or-later
# Dutch is complete; English is the source language, so its file holds only plural forms.
# `cmake --build build --target update_translations` refreshes both from core/ and app/.
set(MK_TS_NL ${CMAKE_SOURCE_DIR}/translations/mengkaart_nl.ts)
set(MK_TS_EN ${CMAKE_SOURCE_DIR}/translations/mengkaart_en.ts)
file(GLOB_RECURSE MK_I18N_SOURCES CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/core/*.cpp ${CMAKE_SOURCE_DIR}/core/*.h
    ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h)
set(MK_I18N_INCLUDES ${CMAKE_SOURCE_DIR}/core ${CMAKE_SOURCE_DIR}/app)
qt_add_lupdate(mengkaart-core TS_FILES ${MK_TS_NL} SOURCES ${MK_I18N_SOURCES} INCLUDE_DIRECTORIES ${MK_I18N_INCLUDES}
    OPTIONS -no-obsolete -locations none)
qt_add_lupdate(mengkaart-cli TS_FILES ${MK_TS_EN} SOURCES ${MK_I18N_SOURCES} INCLUDE_DIRECTORIES ${MK_I18N_INCLUDES}
    OPTIONS -no-obsolete -locations none -pluralonly)
qt_add_lrelease(mengkaart-core TS_FILES ${MK_TS_NL} ${MK_TS_EN} QM_FILES_OUTPUT_VARIABLE MK_QM_FILES)
qt_add_resources(mengkaart-core mengkaart_i18n PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${MK_QM_FILES})
