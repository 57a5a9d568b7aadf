# One INTERFACE target carries the language level, warnings and Qt strictness switches.
# Every Terrain target links it; nothing edits CMAKE_CXX_FLAGS.
add_library(terrain_options INTERFACE)
target_compile_features(terrain_options INTERFACE cxx_std_20)
target_compile_options(terrain_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${TERRAIN_WERROR}>:-Werror>)
target_compile_definitions(terrain_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(ENABLE_SANITIZERS)
    target_compile_options(terrain_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(terrain_options INTERFACE -fsanitize=address,undefined)
endif()
