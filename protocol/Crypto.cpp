// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <signal_protocol.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace cove::protocol::crypto {
namespace {

// Algorithms are fetched once: an implicit fetch on every call costs more
// than the HMAC of a short message.
struct Algorithms {
    EVP_MAC *hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD *sha512 = EVP_MD_fetch(nullptr, "SHA512", nullptr);
    EVP_CIPHER *cbc[3] = {EVP_CIPHER_fetch(nullptr, "AES-128-CBC", nullptr),
                          EVP_CIPHER_fetch(nullptr, "AES-192-CBC", nullptr),
                          EVP_CIPHER_fetch(nullptr, "AES-256-CBC", nullptr)};
    EVP_CIPHER *ctr[3] = {EVP_CIPHER_fetch(nullptr, "AES-128-CTR", nullptr),
                          EVP_CIPHER_fetch(nullptr, "AES-192-CTR", nullptr),
                          EVP_CIPHER_fetch(nullptr, "AES-256-CTR", nullptr)};

    Algorithms()
    {
        bool ok = hmac && sha256 && sha512;
        for (int i = 0; i < 3; ++i)
            ok = ok && cbc[i] && ctr[i];
        if (!ok) {
            std::fputs("cove: OpenSSL lacks HMAC, SHA-2 or AES; cannot continue\n", stderr);
            std::abort();
        }
    }
    ~Algorithms()
    {
        EVP_MAC_free(hmac);
        EVP_MD_free(sha256);
        EVP_MD_free(sha512);
        for (int i = 0; i < 3; ++i) {
            EVP_CIPHER_free(cbc[i]);
            EVP_CIPHER_free(ctr[i]);
        }
    }
    Algorithms(const Algorithms &) = delete;
    Algorithms &operator=(const Algorithms &) = delete;
};

const Algorithms &algorithms()
{
    static const Algorithms a;
    return a;
}

const EVP_CIPHER *cipherFor(AesMode mode, qsizetype keySize)
{
    int idx = -1;
    switch (keySize) {
    case 16:
        idx = 0;
        break;
    case 24:
        idx = 1;
        break;
    case 32:
        idx = 2;
        break;
    default:
        return nullptr;
    }
    return mode == AesMode::CbcPkcs7 ? algorithms().cbc[idx] : algorithms().ctr[idx];
}

const unsigned char *u8(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

struct MacCtxFree {
    void operator()(EVP_MAC_CTX *c) const { EVP_MAC_CTX_free(c); }
};
using MacCtx = std::unique_ptr<EVP_MAC_CTX, MacCtxFree>;

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};

// A context with the digest already chosen, duplicated for every HMAC:
// EVP_MAC_init with a digest name looks the digest up again on every call,
// which costs more than hashing a short message.
EVP_MAC_CTX *hmacTemplate()
{
    static EVP_MAC_CTX *const tmpl = [] {
        EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(algorithms().hmac);
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_END};
        if (!ctx || EVP_MAC_CTX_set_params(ctx, params) != 1) {
            std::fputs("cove: OpenSSL cannot set up HMAC-SHA256\n", stderr);
            std::abort();
        }
        return ctx;
    }();
    return tmpl;
}

EVP_MAC_CTX *newHmac(const std::uint8_t *key, std::size_t keyLen)
{
    static const unsigned char kNoKey = 0;
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_dup(hmacTemplate());
    if (!ctx)
        return nullptr;
    // An empty key is a valid HMAC key; OpenSSL wants a non-null pointer for it.
    if (EVP_MAC_init(ctx, key ? key : &kNoKey, keyLen, nullptr) != 1) {
        EVP_MAC_CTX_free(ctx);
        return nullptr;
    }
    return ctx;
}

Result<QByteArray> aesRun(bool encrypt, AesMode mode, QByteArrayView key, QByteArrayView iv,
                          QByteArrayView input)
{
    const EVP_CIPHER *cipher = cipherFor(mode, key.size());
    if (!cipher)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("AES key must be 16, 24 or 32 bytes"));
    if (iv.size() != kAesBlockSize)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("AES IV must be 16 bytes"));
    if (input.size() > INT_MAX - 2 * kAesBlockSize)
        return makeError(ErrorCode::TooLarge, QStringLiteral("AES input too large"));

    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    if (!ctx ||
        EVP_CipherInit_ex2(ctx.get(), cipher, u8(key), u8(iv), encrypt ? 1 : 0, nullptr) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("AES init failed"));

    QByteArray out(input.size() + kAesBlockSize, Qt::Uninitialized);
    int written = 0;
    int finalLen = 0;
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (EVP_CipherUpdate(ctx.get(), o, &written, u8(input), int(input.size())) != 1)
        return makeError(ErrorCode::Crypto, QStringLiteral("AES update failed"));
    if (EVP_CipherFinal_ex(ctx.get(), o + written, &finalLen) != 1) {
        OPENSSL_cleanse(out.data(), std::size_t(out.size()));
        // Only decryption can fail here, and only on bad padding.
        return makeError(ErrorCode::InvalidMac, QStringLiteral("AES padding check failed"));
    }
    out.truncate(written + finalLen);
    return out;
}

// ---- The signal_crypto_provider callbacks ----------------------------------

int providerRandom(std::uint8_t *data, std::size_t len, void *)
{
    randomBytes(data, len);
    return SG_SUCCESS;
}

int providerHmacInit(void **ctx, const std::uint8_t *key, std::size_t keyLen, void *)
{
    *ctx = newHmac(key, keyLen);
    return *ctx ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

int providerHmacUpdate(void *ctx, const std::uint8_t *data, std::size_t len, void *)
{
    return EVP_MAC_update(static_cast<EVP_MAC_CTX *>(ctx), data, len) == 1 ? SG_SUCCESS
                                                                           : SG_ERR_UNKNOWN;
}

int providerHmacFinal(void *ctx, signal_buffer **output, void *)
{
    unsigned char md[kSha256Size];
    std::size_t len = 0;
    if (EVP_MAC_final(static_cast<EVP_MAC_CTX *>(ctx), md, &len, sizeof md) != 1)
        return SG_ERR_UNKNOWN;
    *output = signal_buffer_create(md, len);
    OPENSSL_cleanse(md, sizeof md);
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

void providerHmacCleanup(void *ctx, void *)
{
    EVP_MAC_CTX_free(static_cast<EVP_MAC_CTX *>(ctx));
}

int providerSha512Init(void **ctx, void *)
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    if (!md || EVP_DigestInit_ex2(md, algorithms().sha512, nullptr) != 1) {
        EVP_MD_CTX_free(md);
        return SG_ERR_UNKNOWN;
    }
    *ctx = md;
    return SG_SUCCESS;
}

int providerSha512Update(void *ctx, const std::uint8_t *data, std::size_t len, void *)
{
    return EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(ctx), data, len) == 1 ? SG_SUCCESS
                                                                            : SG_ERR_UNKNOWN;
}

int providerSha512Final(void *ctx, signal_buffer **output, void *)
{
    auto *md = static_cast<EVP_MD_CTX *>(ctx);
    unsigned char out[kSha512Size];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(md, out, &len) != 1)
        return SG_ERR_UNKNOWN;
    // The library reuses the context for the next digest (fingerprints iterate).
    if (EVP_DigestInit_ex2(md, algorithms().sha512, nullptr) != 1)
        return SG_ERR_UNKNOWN;
    *output = signal_buffer_create(out, len);
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

void providerSha512Cleanup(void *ctx, void *)
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(ctx));
}

int providerAes(bool encrypt, signal_buffer **output, int cipher, const std::uint8_t *key,
                std::size_t keyLen, const std::uint8_t *iv, std::size_t ivLen,
                const std::uint8_t *input, std::size_t inputLen)
{
    AesMode mode;
    if (cipher == SG_CIPHER_AES_CBC_PKCS5)
        mode = AesMode::CbcPkcs7;
    else if (cipher == SG_CIPHER_AES_CTR_NOPADDING)
        mode = AesMode::Ctr;
    else
        return SG_ERR_INVAL;
    if (keyLen > 64 || ivLen > 64 || inputLen > std::size_t(INT_MAX / 2))
        return SG_ERR_INVAL;
    auto view = [](const std::uint8_t *p, std::size_t n) {
        return QByteArrayView(reinterpret_cast<const char *>(p), qsizetype(n));
    };
    Result<QByteArray> r =
        aesRun(encrypt, mode, view(key, keyLen), view(iv, ivLen), view(input, inputLen));
    if (!r)
        return r.code() == ErrorCode::InvalidArgument ? SG_ERR_INVAL : SG_ERR_UNKNOWN;
    *output = signal_buffer_create(u8(*r), std::size_t(r->size()));
    OPENSSL_cleanse(r->data(), std::size_t(r->size()));
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

int providerEncrypt(signal_buffer **output, int cipher, const std::uint8_t *key, std::size_t keyLen,
                    const std::uint8_t *iv, std::size_t ivLen, const std::uint8_t *plaintext,
                    std::size_t plaintextLen, void *)
{
    return providerAes(true, output, cipher, key, keyLen, iv, ivLen, plaintext, plaintextLen);
}

int providerDecrypt(signal_buffer **output, int cipher, const std::uint8_t *key, std::size_t keyLen,
                    const std::uint8_t *iv, std::size_t ivLen, const std::uint8_t *ciphertext,
                    std::size_t ciphertextLen, void *)
{
    return providerAes(false, output, cipher, key, keyLen, iv, ivLen, ciphertext, ciphertextLen);
}

} // namespace

void randomBytes(void *out, std::size_t size)
{
    auto *p = static_cast<unsigned char *>(out);
    while (size > 0) {
        const int chunk = size > std::size_t(INT_MAX) ? INT_MAX : int(size);
        if (RAND_bytes(p, chunk) != 1) {
            std::fputs("cove: the system random number generator failed\n", stderr);
            std::abort();
        }
        p += chunk;
        size -= std::size_t(chunk);
    }
}

QByteArray randomByteArray(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    randomBytes(out.data(), std::size_t(size));
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(kSha256Size, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()),
                   reinterpret_cast<unsigned char *>(out.data()), &len, algorithms().sha256,
                   nullptr) != 1)
        std::abort();
    return out;
}

QByteArray sha512(QByteArrayView data)
{
    QByteArray out(kSha512Size, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()),
                   reinterpret_cast<unsigned char *>(out.data()), &len, algorithms().sha512,
                   nullptr) != 1)
        std::abort();
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    MacCtx ctx(newHmac(u8(key), std::size_t(key.size())));
    QByteArray out(kSha256Size, Qt::Uninitialized);
    std::size_t len = 0;
    if (!ctx || EVP_MAC_update(ctx.get(), u8(data), std::size_t(data.size())) != 1 ||
        EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                      std::size_t(out.size())) != 1)
        std::abort();
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b) noexcept
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

Result<QByteArray> aesEncrypt(AesMode mode, QByteArrayView key, QByteArrayView iv,
                              QByteArrayView plaintext)
{
    return aesRun(true, mode, key, iv, plaintext);
}

Result<QByteArray> aesDecrypt(AesMode mode, QByteArrayView key, QByteArrayView iv,
                              QByteArrayView ciphertext)
{
    return aesRun(false, mode, key, iv, ciphertext);
}

const signal_crypto_provider &signalProvider() noexcept
{
    static const signal_crypto_provider provider = {
        providerRandom,        providerHmacInit,   providerHmacUpdate,   providerHmacFinal,
        providerHmacCleanup,   providerSha512Init, providerSha512Update, providerSha512Final,
        providerSha512Cleanup, providerEncrypt,    providerDecrypt,      nullptr};
    return provider;
}

} // namespace cove::protocol::crypto
