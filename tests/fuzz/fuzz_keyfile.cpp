// SPDX-License-Identifier: GPL-3.0-or-later
// The profile's key file, which anyone with access to the disk may have
// replaced. Properties: hostile parameters are refused before any work;
// with the cheapest parameters a file is opened (the seeds use the
// passphrase below) and yields a 32-byte key or an error.
#include "FuzzSupport.h"
#include "KeyFile.h"

#include <cstdint>

using namespace cove::storage;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    Result<KdfParams> params = KeyFile::readParams(bytes);
    if (!params)
        return 0;
    COVE_FUZZ_CHECK(params->isAcceptable());
    const KdfParams cheap = KdfParams::cheapForTests();
    if (params->opsLimit > cheap.opsLimit || params->memLimit > cheap.memLimit)
        return 0; // valid, but too slow to derive on every input
    Result<cove::protocol::SecureBuffer> key =
        KeyFile::open(bytes, QStringLiteral("fuzz passphrase"));
    if (key)
        COVE_FUZZ_CHECK(key->size() == KeyFile::kKeySize);
    return 0;
}
