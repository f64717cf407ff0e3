// SPDX-License-Identifier: GPL-3.0-or-later
// cove-signal-peer: Cove's Signal layer behind a JSON-lines interface, so an
// independent implementation (tests/interop/interop.mjs drives libsignal-node)
// can talk to it. One request per line on stdin, one response per line on
// stdout; all bytes are standard base64.
//
//   {"op":"bundle"}                                  -> {"ok":true,"bundle":{...}}
//   {"op":"process_bundle","peer":N,"bundle":{...}}  -> {"ok":true}
//   {"op":"encrypt","peer":N,"plaintext":B64}        ->
//   {"ok":true,"kind":"prekey"|"signal","body":B64}
//   {"op":"decrypt","peer":N,"kind":K,"body":B64}    -> {"ok":true,"plaintext":B64}
//   {"op":"quit"}                                    -> {"ok":true}
//   failures                                         -> {"ok":false,"error":CODE,"detail":TEXT}

#include "ProtocolParty.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

using namespace cove::protocol;

namespace {

QJsonObject failure(const QString &code, const QString &detail)
{
    return QJsonObject{{QStringLiteral("ok"), false},
                       {QStringLiteral("error"), code},
                       {QStringLiteral("detail"), detail}};
}

QJsonObject failure(const Error &e)
{
    return failure(QLatin1String(errorCodeName(e.code)), e.detail);
}

QJsonObject success(QJsonObject fields = {})
{
    fields.insert(QStringLiteral("ok"), true);
    return fields;
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> unb64(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    auto r = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return *r;
}

QJsonObject bundleToJson(const PreKeyBundle &b)
{
    QJsonObject o{{QStringLiteral("registrationId"), double(b.registrationId)},
                  {QStringLiteral("deviceId"), b.deviceId},
                  {QStringLiteral("identityKey"), b64(b.identityKey)},
                  {QStringLiteral("signedPreKey"),
                   QJsonObject{{QStringLiteral("keyId"), double(b.signedPreKeyId)},
                               {QStringLiteral("publicKey"), b64(b.signedPreKey)},
                               {QStringLiteral("signature"), b64(b.signedPreKeySignature)}}}};
    if (b.preKey)
        o.insert(QStringLiteral("preKey"),
                 QJsonObject{{QStringLiteral("keyId"), double(b.preKey->id)},
                             {QStringLiteral("publicKey"), b64(b.preKey->publicKey)}});
    return o;
}

std::optional<std::uint32_t> toId(const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    if (d < 0 || d > 4294967295.0 || d != double(std::uint32_t(d)))
        return std::nullopt;
    return std::uint32_t(d);
}

std::optional<PreKeyBundle> bundleFromJson(const QJsonObject &o)
{
    PreKeyBundle b;
    const QJsonObject spk = o.value(QStringLiteral("signedPreKey")).toObject();
    auto reg = toId(o.value(QStringLiteral("registrationId")));
    auto dev = toId(o.value(QStringLiteral("deviceId")));
    auto spkId = toId(spk.value(QStringLiteral("keyId")));
    auto ik = unb64(o.value(QStringLiteral("identityKey")));
    auto spkPub = unb64(spk.value(QStringLiteral("publicKey")));
    auto sig = unb64(spk.value(QStringLiteral("signature")));
    if (!reg || !dev || *dev > 0x7fffffff || !spkId || !ik || !spkPub || !sig)
        return std::nullopt;
    b.registrationId = *reg;
    b.deviceId = std::int32_t(*dev);
    b.signedPreKeyId = *spkId;
    b.identityKey = *ik;
    b.signedPreKey = *spkPub;
    b.signedPreKeySignature = *sig;
    if (o.contains(QStringLiteral("preKey"))) {
        const QJsonObject pk = o.value(QStringLiteral("preKey")).toObject();
        auto id = toId(pk.value(QStringLiteral("keyId")));
        auto pub = unb64(pk.value(QStringLiteral("publicKey")));
        if (!id || !pub)
            return std::nullopt;
        b.preKey = PublicPreKey{*id, *pub};
    }
    return b;
}

QJsonObject handle(cove::test::ProtocolParty &self, const QJsonObject &req, bool &quit)
{
    const QString op = req.value(QStringLiteral("op")).toString();
    const Address peer{req.value(QStringLiteral("peer")).toString().toUtf8(), 1};

    if (op == QLatin1String("bundle"))
        return success({{QStringLiteral("bundle"), bundleToJson(self.bundle())}});
    if (op == QLatin1String("quit")) {
        quit = true;
        return success();
    }
    if (peer.name.isEmpty())
        return failure(QStringLiteral("InvalidArgument"), QStringLiteral("missing peer"));

    if (op == QLatin1String("process_bundle")) {
        auto bundle = bundleFromJson(req.value(QStringLiteral("bundle")).toObject());
        if (!bundle)
            return failure(QStringLiteral("Malformed"), QStringLiteral("bad bundle JSON"));
        Result<void> r = processPreKeyBundle(self.store(), peer, *bundle);
        return r ? success() : failure(r.error());
    }
    if (op == QLatin1String("encrypt")) {
        auto plaintext = unb64(req.value(QStringLiteral("plaintext")));
        if (!plaintext)
            return failure(QStringLiteral("Malformed"), QStringLiteral("bad plaintext"));
        Result<CiphertextMessage> r = encrypt(self.store(), peer, *plaintext);
        if (!r)
            return failure(r.error());
        return success({{QStringLiteral("kind"), r->type == CiphertextMessage::Type::PreKey
                                                     ? QStringLiteral("prekey")
                                                     : QStringLiteral("signal")},
                        {QStringLiteral("body"), b64(r->bytes)}});
    }
    if (op == QLatin1String("decrypt")) {
        auto body = unb64(req.value(QStringLiteral("body")));
        const QString kind = req.value(QStringLiteral("kind")).toString();
        if (!body || (kind != QLatin1String("prekey") && kind != QLatin1String("signal")))
            return failure(QStringLiteral("Malformed"), QStringLiteral("bad body or kind"));
        const auto type = kind == QLatin1String("prekey") ? CiphertextMessage::Type::PreKey
                                                          : CiphertextMessage::Type::Signal;
        Result<SecureBuffer> r = decrypt(self.store(), peer, {type, *body});
        if (!r)
            return failure(r.error());
        return success({{QStringLiteral("plaintext"), b64(r->toByteArray())}});
    }
    return failure(QStringLiteral("InvalidArgument"), QStringLiteral("unknown op"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    cove::test::ProtocolParty self(QByteArrayLiteral("cove"));
    std::string line;
    bool quit = false;
    while (!quit && std::getline(std::cin, line)) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(line), &err);
        const QJsonObject response = doc.isObject() ? handle(self, doc.object(), quit)
                                                    : failure(QStringLiteral("Malformed"),
                                                              QStringLiteral("not a JSON object"));
        std::cout << QJsonDocument(response).toJson(QJsonDocument::Compact).toStdString() << '\n'
                  << std::flush;
    }
    return 0;
}
