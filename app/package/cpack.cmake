# `cpack -G DEB` in the build folder makes vungtrong_VERSION_ARCH.deb from what
# `cmake --install` installs, under /usr. .ci/package builds it and runs lintian.
set(CPACK_PACKAGE_NAME vungtrong)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "VungTrong maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "map of a province's planting areas, cooperatives and investments")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(VT_DEB_MAINTAINER "VungTrong maintainers <vungtrong@example.org>" CACHE STRING
    "The Maintainer field of the .deb: name <mail>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${VT_DEB_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends from the binaries' shared libraries (dpkg-shlibdeps), plus what the
# linker cannot see: Qt's platform plugins (xcb; the window cannot open without).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Map labels need a font; desktops have some, a minimal system may not.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion, gdal-bin")
# The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"VungTrong is a desktop GIS for a province's agriculture office. It opens a
province project (district or commune zones, the polygons of the export
planting-area codes, the cooperatives and their investments), links them,
and computes exact geodesic hectares, coverage and data-quality findings
per zone, in Vietnamese or English.
.
The package holds the map application (vungtrong), the command line
(vungtrong-cli) with its man page and bash completion, and a synthetic demo
province project in /usr/share/vungtrong/demo.")
include(CPack)
