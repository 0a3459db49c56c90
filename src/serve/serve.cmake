# summakoll serve: the HTTP layer is its own library, summakoll_serve_lib,
# linked only by the program summakoll-serve. It links cpp-httplib, and the web pages under
# addin/ (the drop page, the add-in's task pane, manifest and icons) become byte arrays in a
# generated C++ source, so the binary serves them without any other files.
# Debian builds cpp-httplib with CPPHTTPLIB_OPENSSL_SUPPORT (its pkg-config
# Cflags say so): SSLServer for --cert/--key needs OpenSSL's headers and libraries.
pkg_check_modules(OPENSSL REQUIRED IMPORTED_TARGET openssl)
file(GLOB SUMMAKOLL_SERVE_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
add_library(summakoll_serve_lib STATIC ${SUMMAKOLL_SERVE_SOURCES})
target_link_libraries(summakoll_serve_lib PUBLIC summakoll_lib PkgConfig::HTTPLIB PkgConfig::OPENSSL)
target_link_libraries(summakoll_serve_lib PRIVATE summakoll_warnings)

set(SUMMAKOLL_WEB_ROOT ${CMAKE_SOURCE_DIR}/addin)
file(GLOB_RECURSE SUMMAKOLL_WEB_FILES CONFIGURE_DEPENDS
  ${SUMMAKOLL_WEB_ROOT}/*.html ${SUMMAKOLL_WEB_ROOT}/*.css ${SUMMAKOLL_WEB_ROOT}/*.js
  ${SUMMAKOLL_WEB_ROOT}/*.svg ${SUMMAKOLL_WEB_ROOT}/*.png ${SUMMAKOLL_WEB_ROOT}/*.ico ${SUMMAKOLL_WEB_ROOT}/*.xml)
list(FILTER SUMMAKOLL_WEB_FILES EXCLUDE REGEX "/node_modules/|/tests?/")
list(SORT SUMMAKOLL_WEB_FILES)
# A CMake list cannot pass through a command line intact: join with '|'.
string(REPLACE ";" "|" SUMMAKOLL_WEB_FILES_ARG "${SUMMAKOLL_WEB_FILES}")

set(SUMMAKOLL_WEB_SOURCE ${CMAKE_BINARY_DIR}/generated/web_assets_data.cpp)
add_custom_command(
  OUTPUT ${SUMMAKOLL_WEB_SOURCE}
  COMMAND ${CMAKE_COMMAND} -DROOT=${SUMMAKOLL_WEB_ROOT} -DOUT=${SUMMAKOLL_WEB_SOURCE}
          -DFILES=${SUMMAKOLL_WEB_FILES_ARG} -P ${CMAKE_CURRENT_LIST_DIR}/embed_web_assets.cmake
  DEPENDS ${SUMMAKOLL_WEB_FILES} ${CMAKE_CURRENT_LIST_DIR}/embed_web_assets.cmake
  COMMENT "Bygger in webbsidorna i addin/"
  VERBATIM)
target_sources(summakoll_serve_lib PRIVATE ${SUMMAKOLL_WEB_SOURCE})
