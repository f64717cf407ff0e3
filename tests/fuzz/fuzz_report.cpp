// SPDX-License-Identifier: GPL-3.0-or-later
// A report bundle, as the moderation intake parses it after opening.
// Property: whatever parses re-encodes to the same bytes.
#include "FuzzSupport.h"
#include "Report.h"

#include <cstdint>

using namespace cove::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    Result<ReportBundle> report = decodeReport(bytes);
    if (report)
        COVE_FUZZ_CHECK(encodeReport(*report) == bytes);
    return 0;
}
