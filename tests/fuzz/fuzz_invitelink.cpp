// SPDX-License-Identifier: GPL-3.0-or-later
// Contact, group and guardian links as people paste them (or a QR code carries them).
// Property: a parsed link formats to a link that parses to the same value.
#include "FuzzSupport.h"
#include "InviteLink.h"

#include <cstdint>

using namespace cove::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Result<InviteLink> link = parseInviteLink(text);
    if (!link)
        return 0;
    const QString again = formatInviteLink(*link);
    Result<InviteLink> reparsed = parseInviteLink(again);
    COVE_FUZZ_CHECK(reparsed.ok());
    COVE_FUZZ_CHECK(*reparsed == *link);
    return 0;
}
