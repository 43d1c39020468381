# Packages: Debian (.deb with shlibdeps), a tarball, and an NSIS installer config for Windows.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/parindex.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/parindex-mime.xml DESTINATION share/mime/packages RENAME parindex.xml)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/parindex.svg DESTINATION share/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME "parindex")
set(CPACK_PACKAGE_VENDOR "ParIndex")
set(CPACK_PACKAGE_CONTACT "ParIndex maintainers <parindex@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Administrative Reform Index (Chỉ số CCHC): self-assessment, appraisal and ranking")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ParIndex")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
# libxlsxwriter is loaded at run time (see core/reports/Spreadsheet.cpp), so shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-liberation2, libxlsxwriter4")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Windows (run cpack -G NSIS on a Windows build machine).
set(CPACK_NSIS_DISPLAY_NAME "ParIndex — Chỉ số CCHC")
set(CPACK_NSIS_PACKAGE_NAME "ParIndex")
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\ParIndex.lnk' '$INSTDIR\\\\bin\\\\parindex.exe'")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
include(CPack)
