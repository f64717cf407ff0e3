// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetyNumber.h"

#include "Context.h"
#include "Handles.h"
#include "Keys.h"

#include <fingerprint.h>

namespace cove::protocol {

using namespace detail;

namespace {

using GeneratorPtr = Owned<fingerprint_generator, fingerprint_generator_free>;

constexpr int kScannableVersion = 1;
constexpr qsizetype kMaxIdentifierSize = 128;
constexpr qsizetype kMaxScannableSize = 1024;

Result<Ref<scannable_fingerprint>> parseScannable(Context &ctx, QByteArrayView bytes)
{
    if (bytes.isEmpty() || bytes.size() > kMaxScannableSize)
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("scanned code has an impossible size"));
    Ref<scannable_fingerprint> out;
    const int rc = scannable_fingerprint_deserialize(out.out(), u8(bytes),
                                                     std::size_t(bytes.size()), ctx.raw());
    if (rc < 0)
        return sgError(rc, "parse scannable safety number");
    return out;
}

} // namespace

QString SafetyNumber::grouped() const
{
    QString out;
    for (qsizetype i = 0; i < digits.size(); i += 5) {
        if (i)
            out += QLatin1Char(' ');
        out += digits.mid(i, 5);
    }
    return out;
}

Result<SafetyNumber> computeSafetyNumber(Context &context, const QByteArray &localId,
                                         QByteArrayView localIdentityKey,
                                         const QByteArray &remoteId,
                                         QByteArrayView remoteIdentityKey)
{
    // The library reads identifiers as C strings.
    for (const QByteArray &id : {localId, remoteId}) {
        if (id.isEmpty() || id.size() > kMaxIdentifierSize || id.contains('\0'))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("bad stable identifier"));
    }
    Result<Ref<ec_public_key>> local = decodePublicKey(context, localIdentityKey);
    if (!local)
        return local.error();
    Result<Ref<ec_public_key>> remote = decodePublicKey(context, remoteIdentityKey);
    if (!remote)
        return remote.error();

    GeneratorPtr generator;
    int rc = fingerprint_generator_create(OutPtr(generator), kSafetyNumberIterations,
                                          kScannableVersion, context.raw());
    if (rc < 0)
        return sgError(rc, "fingerprint_generator_create");
    Ref<fingerprint> fp;
    rc = fingerprint_generator_create_for(generator.get(), localId.constData(), local->get(),
                                          remoteId.constData(), remote->get(), fp.out());
    if (rc < 0)
        return sgError(rc, "fingerprint_generator_create_for");

    // Borrowed from the fingerprint.
    displayable_fingerprint *displayable = fingerprint_get_displayable(fp.get());
    scannable_fingerprint *scannable = fingerprint_get_scannable(fp.get());
    Buffer serialized;
    rc = scannable_fingerprint_serialize(OutPtr(serialized), scannable);
    if (rc < 0)
        return sgError(rc, "scannable_fingerprint_serialize");
    return SafetyNumber{QString::fromLatin1(displayable_fingerprint_text(displayable)),
                        bytesOf(serialized.get())};
}

Result<bool> compareScannable(Context &context, QByteArrayView ours, QByteArrayView scanned)
{
    Result<Ref<scannable_fingerprint>> a = parseScannable(context, ours);
    if (!a)
        return a.error();
    Result<Ref<scannable_fingerprint>> b = parseScannable(context, scanned);
    if (!b)
        return b.error();
    const int rc = scannable_fingerprint_compare(a->get(), b->get());
    if (rc < 0)
        return sgError(rc, "compare safety numbers");
    return rc == 1;
}

} // namespace cove::protocol
