// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cove::app {

class Account;

/// The safety number one person shares with one contact, as the "compare
/// safety numbers" screen and `cove-cli safety-number` show it.
struct SafetyNumberView {
    QString coveId;        ///< the contact's canonical Cove ID
    QString digits;        ///< 60 decimal digits, no separators
    QByteArray scannable;  ///< what the QR code carries (compare with compareScanned())
    bool verified = false; ///< the person marked this identity as compared

    /// The digits in 12 groups of five separated by spaces, as people read
    /// them aloud ("12345 67890 ...").
    [[nodiscard]] QString grouped() const;
    /// The 12 groups of five, in reading order.
    [[nodiscard]] QStringList groups() const;
};

/// The "compare safety numbers" use case for one open account: show the
/// number, mark the contact's identity verified (or clear that), and check
/// a code scanned from the contact's screen.
///
/// A safety number exists once the two identities met, i.e. after the
/// first message in either direction; before that there is no identity key
/// of the contact to compute it from (NotFound).
class SafetyNumbers {
public:
    explicit SafetyNumbers(Account &account) : m_account(account) {}

    /// The safety number with the contact `typedId` (a Cove ID as the
    /// person typed it: any case, with spaces or dashes).
    /// Errors: InvalidArgument when it is not a Cove ID (or is our own),
    /// NotFound when no message was exchanged yet, Storage or Protocol
    /// when the profile cannot be read.
    [[nodiscard]] AppResult<SafetyNumberView> safetyNumber(const QString &typedId);

    /// Marks the contact's identity as compared in person (or clears that).
    /// `shown` is the number the person compared: marking it verified fails
    /// with IdentityChanged when the contact's identity key changed since it
    /// was computed, so a person never verifies a number they did not see.
    [[nodiscard]] AppResult<void> setVerified(const SafetyNumberView &shown, bool verified);

    /// Compares our scannable bytes with the ones scanned (or pasted) from
    /// the contact's screen: true only when both sides computed the same
    /// safety number. A code for another pair of people or another version
    /// is false; bytes that are not a safety number code at all are
    /// InvalidArgument. Nothing is marked verified: that stays the person's
    /// decision (setVerified()).
    [[nodiscard]] AppResult<bool> compareScanned(const SafetyNumberView &ours,
                                                 QByteArrayView scanned);

private:
    Account &m_account;
};

} // namespace cove::app
