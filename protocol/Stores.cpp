// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stores.h"

#include "Crypto.h"

namespace cove::protocol {

Result<Trust> IdentityKeyStore::trust(const Address &peer, QByteArrayView publicKey)
{
    Result<std::optional<QByteArray>> known = peerIdentity(peer);
    if (!known)
        return known.error();
    if (!known->has_value())
        return Trust::FirstUse;
    return crypto::constantTimeEquals(**known, publicKey) ? Trust::Same : Trust::Changed;
}

} // namespace cove::protocol
