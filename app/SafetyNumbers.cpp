// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetyNumbers.h"

#include "Account.h"
#include "CoveId.h"
#include "ProtocolStore.h"
#include "SafetyNumber.h"

namespace cove::app {

namespace {

// Cove accounts have one device; the CLI and the pipeline address it as 1.
constexpr std::int32_t kDeviceId = 1;
constexpr qsizetype kGroupSize = 5;

AppError fromProtocol(const protocol::Error &e)
{
    return appError(AppError::Code::Protocol, e.detail);
}

AppError fromStorageError(const storage::StorageError &e)
{
    return appError(e.code == storage::StorageErrorCode::NotFound ? AppError::Code::NotFound
                                                                  : AppError::Code::Storage,
                    e.detail);
}

} // namespace

QStringList SafetyNumberView::groups() const
{
    QStringList out;
    for (qsizetype i = 0; i < digits.size(); i += kGroupSize)
        out.append(digits.mid(i, kGroupSize));
    return out;
}

QString SafetyNumberView::grouped() const
{
    return groups().join(QLatin1Char(' '));
}

AppResult<SafetyNumberView> SafetyNumbers::safetyNumber(const QString &typedId)
{
    const QString id = protocol::normalizeCoveId(typedId);
    if (id.isEmpty())
        return appError(AppError::Code::InvalidArgument, QStringLiteral("not a Cove ID"));
    if (id == m_account.coveId())
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("a safety number is shared with someone else, not oneself"));

    const protocol::Address peer{id.toUtf8(), kDeviceId};
    auto state = m_account.protocolStore().peerIdentityState(peer);
    if (!state)
        return fromStorageError(state.error());
    if (!state->has_value())
        return appError(AppError::Code::NotFound,
                        QStringLiteral("no safety number yet: exchange a message with them first"));

    auto number =
        protocol::computeSafetyNumber(m_account.context(), m_account.coveId().toUtf8(),
                                      m_account.identityKey(), peer.name, (*state)->publicKey);
    if (!number)
        return fromProtocol(number.error());

    SafetyNumberView view;
    view.coveId = id;
    view.digits = std::move(number->digits);
    view.scannable = std::move(number->scannable);
    view.verified = (*state)->verification == storage::ProtocolStore::Verification::Verified;
    return view;
}

AppResult<void> SafetyNumbers::setVerified(const SafetyNumberView &shown, bool verified)
{
    if (verified) {
        // Recompute rather than trust `shown`: the contact's key may have been
        // replaced (an accepted identity change) while the dialog was open.
        auto current = safetyNumber(shown.coveId);
        if (!current)
            return current.error();
        if (current->digits != shown.digits)
            return appError(AppError::Code::IdentityChanged,
                            QStringLiteral("the safety number changed since it was shown"));
    } else if (!protocol::isCanonicalCoveId(shown.coveId)) {
        return appError(AppError::Code::InvalidArgument, QStringLiteral("not a Cove ID"));
    }
    const protocol::Address peer{shown.coveId.toUtf8(), kDeviceId};
    if (auto r = m_account.protocolStore().setVerified(peer, verified); !r)
        return fromStorageError(r.error());
    return {};
}

AppResult<bool> SafetyNumbers::compareScanned(const SafetyNumberView &ours, QByteArrayView scanned)
{
    auto same = protocol::compareScannable(m_account.context(), ours.scannable, scanned);
    if (same)
        return *same;
    switch (same.code()) {
    case protocol::ErrorCode::FingerprintMismatch:
        // A real code, but for another pair of people or another version.
        return false;
    case protocol::ErrorCode::Malformed:
    case protocol::ErrorCode::TooLarge:
    case protocol::ErrorCode::InvalidArgument:
        return appError(AppError::Code::InvalidArgument,
                        QStringLiteral("not a safety number code: ") + same.error().detail);
    default:
        return fromProtocol(same.error());
    }
}

} // namespace cove::app
