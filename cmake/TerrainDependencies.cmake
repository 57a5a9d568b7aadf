# Every dependency comes from Debian 12 / Ubuntu 24.04 packages (see scripts/terrain).
set(TERRAIN_QT_COMPONENTS Core Sql Network Gui Concurrent LinguistTools)
if(BUILD_GUI)
    list(APPEND TERRAIN_QT_COMPONENTS Widgets PrintSupport Charts)
endif()
if(BUILD_TESTING)
    list(APPEND TERRAIN_QT_COMPONENTS Test)
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${TERRAIN_QT_COMPONENTS})

find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3>=3.35)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(DEFLATE REQUIRED IMPORTED_TARGET libdeflate)

# libphonenumber ships no CMake or pkg-config file on Debian 12.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
add_library(terrain_phonenumber INTERFACE)
target_include_directories(terrain_phonenumber SYSTEM INTERFACE ${PHONENUMBER_INCLUDE_DIR})
target_link_libraries(terrain_phonenumber INTERFACE ${PHONENUMBER_LIBRARY})

# The desktop and terrain-cli sync keep the sign-in token in the system keychain.
find_package(Qt6Keychain REQUIRED)
