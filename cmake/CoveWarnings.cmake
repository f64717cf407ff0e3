# SPDX-License-Identifier: GPL-3.0-or-later
# Compiler settings every Cove target gets through cove_configure_target().

set(COVE_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference
    -Wimplicit-fallthrough -Wformat=2)

function(cove_configure_target target)
    target_compile_options(${target} PRIVATE ${COVE_WARNING_FLAGS} -fstack-protector-strong)
    if(COVE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH QT_STRICT_ITERATORS
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    if(COVE_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=${COVE_SANITIZE} -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=all)
        target_link_options(${target} PRIVATE -fsanitize=${COVE_SANITIZE})
    endif()
    if(COVE_FUZZ)
        # Coverage for libFuzzer in every library a fuzz target links.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
    target_link_options(${target} PRIVATE -Wl,-z,relro,-z,now)
endfunction()
