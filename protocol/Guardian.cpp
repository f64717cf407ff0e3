// SPDX-License-Identifier: GPL-3.0-or-later
#include "Guardian.h"

#include "Crypto.h"
#include "Keys.h"

#include <QCborStreamWriter>

namespace cove::protocol {
namespace {

void writeBytes(QCborStreamWriter &w, QByteArrayView bytes)
{
    w.appendByteString(bytes.isEmpty() ? "" : bytes.data(), bytes.size());
}

void writeLabel(QCborStreamWriter &w, const char *label)
{
    w.appendTextString(label, qsizetype(qstrlen(label)));
}

} // namespace

QByteArray guardianLinkPayload(QByteArrayView childKey, QByteArrayView guardianKey,
                               qint64 linkedAtMs)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(4);
    writeLabel(w, "cove-guardian-link-v1");
    writeBytes(w, childKey);
    writeBytes(w, guardianKey);
    w.append(linkedAtMs);
    w.endArray();
    return out;
}

QByteArray guardianApprovalPayload(QByteArrayView childKey, const QString &contactId,
                                   qint64 approvedAtMs)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(4);
    writeLabel(w, "cove-guardian-approval-v1");
    writeBytes(w, childKey);
    const QByteArray id = contactId.toUtf8();
    w.appendTextString(id.constData(), id.size());
    w.append(approvedAtMs);
    w.endArray();
    return out;
}

QByteArray guardianReleasePayload(QByteArrayView childKey, qint64 linkedAtMs)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(3);
    writeLabel(w, "cove-guardian-release-v1");
    writeBytes(w, childKey);
    w.append(linkedAtMs);
    w.endArray();
    return out;
}

bool verifyGuardianSignature(Context &context, QByteArrayView guardianKey, QByteArrayView payload,
                             QByteArrayView signature)
{
    if (guardianKey.size() != kPublicKeySize || signature.size() != kSignatureSize)
        return false;
    return verifyIdentitySignature(context, guardianKey, payload, signature);
}

QString pairingCode(QByteArrayView secret, QByteArrayView guardianKey, QByteArrayView childKey)
{
    QByteArray input = QByteArrayLiteral("cove-guardian-pairing-v1");
    input.append(secret).append(guardianKey).append(childKey);
    const QByteArray digest = crypto::sha256(input);
    // 40 bits reduced to six digits: the bias is far below what a person
    // comparing two screens could exploit.
    quint64 n = 0;
    for (int i = 0; i < 5; ++i)
        n = (n << 8) | quint8(digest.at(i));
    const QString digits = QStringLiteral("%1").arg(n % 1000000, 6, 10, QLatin1Char('0'));
    return digits.left(3) + u' ' + digits.mid(3);
}

} // namespace cove::protocol
