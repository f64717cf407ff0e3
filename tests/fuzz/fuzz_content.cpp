// SPDX-License-Identifier: GPL-3.0-or-later
// The content format: what a peer puts inside a Signal ciphertext.
// Property: whatever decodes is in bounds and is its own canonical encoding
// (franking commits to exact bytes).
#include "Content.h"
#include "FuzzSupport.h"

#include <cstdint>

using namespace cove::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    Result<Content> content = decodeContent(bytes);
    if (!content)
        return 0;
    COVE_FUZZ_CHECK(encodeContent(*content) == bytes);
    COVE_FUZZ_CHECK(validateContent(*content).ok());
    (void)committedBytes(*content);
    return 0;
}
