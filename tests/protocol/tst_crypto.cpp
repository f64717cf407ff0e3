// SPDX-License-Identifier: GPL-3.0-or-later
// Known-answer tests for protocol/Crypto: the primitives Cove uses directly
// and the signal_crypto_provider that libsignal-protocol-c runs on.
//
// Every vector below was typed from its publication and then cross-checked
// against an independent implementation (Python's hashlib/hmac for the
// hashes and MACs, the openssl command-line tool for AES).
//   HMAC-SHA256: RFC 4231, section 4 (test cases 1-7).
//   SHA-2:       FIPS 180-4 examples (NIST CSRC "Examples with Intermediate
//                Values") and the one-million-'a' vector.
//   AES:         NIST SP 800-38A, appendix F.2 (CBC) and F.5 (CTR).
#include "Crypto.h"
#include "Result.h"

#include <QByteArray>
#include <QObject>
#include <QScopeGuard>
#include <QTest>

#include <signal_protocol.h>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace cove::protocol;
using crypto::AesMode;

Q_DECLARE_METATYPE(cove::protocol::crypto::AesMode)

namespace {

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(QByteArray(digits));
}

const std::uint8_t *u8(const QByteArray &bytes)
{
    return reinterpret_cast<const std::uint8_t *>(bytes.constData());
}

std::size_t usize(const QByteArray &bytes)
{
    return static_cast<std::size_t>(bytes.size());
}

struct SignalBufferFree {
    void operator()(signal_buffer *b) const { signal_buffer_free(b); }
};
using SignalBuffer = std::unique_ptr<signal_buffer, SignalBufferFree>;

QByteArray toByteArray(signal_buffer *b)
{
    return QByteArray(reinterpret_cast<const char *>(signal_buffer_data(b)),
                      static_cast<qsizetype>(signal_buffer_len(b)));
}

// ---- NIST SP 800-38A, appendix F ----------------------------------------------

// The four plaintext blocks shared by every F.2 and F.5 example.
const char *const kNistPlaintext = "6bc1bee22e409f96e93d7e117393172a"
                                   "ae2d8a571e03ac9c9eb76fac45af8e51"
                                   "30c81c46a35ce411e5fbc1191a0a52ef"
                                   "f69f2445df4f9b17ad2b417be66c3710";
const char *const kNistKey128 = "2b7e151628aed2a6abf7158809cf4f3c";
const char *const kNistKey256 = "603deb1015ca71be2b73aef0857d7781"
                                "1f352c073b6108d72d9810a30914dff4";
const char *const kNistCbcIv = "000102030405060708090a0b0c0d0e0f";
const char *const kNistCtrBlock = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";

// F.2.1 / F.2.2 CBC-AES128
const char *const kCbcAes128Cipher = "7649abac8119b246cee98e9b12e9197d"
                                     "5086cb9b507219ee95db113a917678b2"
                                     "73bed6b8e3c1743b7116e69e22229516"
                                     "3ff1caa1681fac09120eca307586e1a7";
// F.2.5 / F.2.6 CBC-AES256
const char *const kCbcAes256Cipher = "f58c4c04d6e5f1ba779eabfb5f7bfbd6"
                                     "9cfc4e967edb808d679f777bc6702c7d"
                                     "39f23369a9d9bacfa530e26304231461"
                                     "b2eb05e2c39be9fcda6c19078c6a9d1b";
// F.5.1 / F.5.2 CTR-AES128
const char *const kCtrAes128Cipher = "874d6191b620e3261bef6864990db6ce"
                                     "9806f66b7970fdff8617187bb9fffdff"
                                     "5ae4df3edbd5d35e5b4f09020db03eab"
                                     "1e031dda2fbe03d1792170a0f3009cee";
// F.5.5 / F.5.6 CTR-AES256
const char *const kCtrAes256Cipher = "601ec313775789a5b7a7f504bbf3d228"
                                     "f443e3ca4d62b59aca84e990cacaf5c5"
                                     "2b0930daa23de94ce87017ba2d84988d"
                                     "dfc9c58db67aada613c2dd08457941a6";

// Not part of SP 800-38A: the fifth block our CBC appends, the encryption of
// a full PKCS#7 padding block (16 x 0x10) chained on the fourth NIST block.
// Computed with `openssl enc -aes-{128,256}-cbc` (padding on) over the four
// NIST plaintext blocks.
const char *const kCbcAes128PadBlock = "8cb82807230e1321d3fae00d18cc2012";
const char *const kCbcAes256PadBlock = "3f461796d6b0d6b2e0c2a72b4d80e644";

// Encryption of the empty plaintext (a lone padding block) under the NIST
// keys and CBC IV; from `openssl enc` with an empty input.
const char *const kCbcAes128Empty = "c84af0b613435d5d9182801a9bd9320b";
const char *const kCbcAes256Empty = "7e9248e5d829ca7593f0c549db2f5b8c";

// FIPS 180-4 "abc" digest, used by the provider tests too.
const char *const kSha512Abc = "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                               "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f";
const char *const kSha512Empty = "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                                 "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e";

// RFC 4231 test case 2.
const char *const kRfc4231Case2Mac =
    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

} // namespace

class TestCrypto : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hmacSha256_data();
    void hmacSha256();
    void sha512_data();
    void sha512();
    void sha256_data();
    void sha256();

    void aesEncrypt_data();
    void aesEncrypt();
    void aesDecrypt_data();
    void aesDecrypt();
    void aesEmptyPlaintext_data();
    void aesEmptyPlaintext();
    void aesWrongKeySize_data();
    void aesWrongKeySize();
    void aesWrongIvSize_data();
    void aesWrongIvSize();
    void aesCbcTamperedLastBlock_data();
    void aesCbcTamperedLastBlock();
    void aesCbcBadLength_data();
    void aesCbcBadLength();

    void constantTimeEquals_data();
    void constantTimeEquals();

    void providerHmacSplit_data();
    void providerHmacSplit();
    void providerSha512Reuse();
    void providerEncrypt_data();
    void providerEncrypt();
    void providerRejectsBadArguments();
    void providerRandom();

private:
    static void addAesRows();
};

// ---- Hashes and MACs ----------------------------------------------------------

void TestCrypto::hmacSha256_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    // Shorter than 32 bytes for a truncated test case: compare a prefix.
    QTest::addColumn<QByteArray>("expected");

    const QByteArray key131(131, '\xaa');

    QTest::newRow("RFC 4231 case 1")
        << QByteArray(20, '\x0b') << QByteArray("Hi There")
        << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("RFC 4231 case 2")
        << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
        << hex(kRfc4231Case2Mac);
    QTest::newRow("RFC 4231 case 3")
        << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
        << hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("RFC 4231 case 4")
        << hex("0102030405060708090a0b0c0d0e0f10111213141516171819") << QByteArray(50, '\xcd')
        << hex("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    QTest::newRow("RFC 4231 case 5 (truncated to 128 bits)")
        << QByteArray(20, '\x0c') << QByteArray("Test With Truncation")
        << hex("a3b6167473100ee06e0c796c2955552b");
    QTest::newRow("RFC 4231 case 6")
        << key131 << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
        << hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("RFC 4231 case 7")
        << key131
        << QByteArray("This is a test using a larger than block-size key and a larger than "
                      "block-size data. The key needs to be hashed before being used by the "
                      "HMAC algorithm.")
        << hex("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    // Not from RFC 4231: the empty key takes a special path in Crypto.cpp.
    // Value from Python's hmac module.
    QTest::newRow("empty key, empty data")
        << QByteArray() << QByteArray()
        << hex("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

void TestCrypto::hmacSha256()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);

    const QByteArray mac = crypto::hmacSha256(key, data);
    QCOMPARE(mac.size(), qsizetype(crypto::kSha256Size));
    QCOMPARE(mac.left(expected.size()).toHex(), expected.toHex());
}

void TestCrypto::sha512_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("abc") << QByteArray("abc") << hex(kSha512Abc);
    QTest::newRow("empty") << QByteArray() << hex(kSha512Empty);
    QTest::newRow("896-bit two-block message")
        << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                      "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
        << hex("8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
               "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909");
    QTest::newRow("one million 'a'")
        << QByteArray(1000000, 'a')
        << hex("e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
               "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b");
}

void TestCrypto::sha512()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);

    QCOMPARE(crypto::sha512(message).toHex(), expected.toHex());
}

void TestCrypto::sha256_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("abc") << QByteArray("abc")
                         << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("empty")
        << QByteArray() << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

void TestCrypto::sha256()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);

    QCOMPARE(crypto::sha256(message).toHex(), expected.toHex());
}

// ---- AES --------------------------------------------------------------------------

void TestCrypto::addAesRows()
{
    QTest::addColumn<AesMode>("mode");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("plaintext");
    // The 64-byte ciphertext exactly as published.
    QTest::addColumn<QByteArray>("ciphertext");
    // CBC only: the padding block our encryption appends (empty for CTR).
    QTest::addColumn<QByteArray>("padBlock");

    QTest::newRow("F.2.1/F.2.2 CBC-AES128")
        << AesMode::CbcPkcs7 << hex(kNistKey128) << hex(kNistCbcIv) << hex(kNistPlaintext)
        << hex(kCbcAes128Cipher) << hex(kCbcAes128PadBlock);
    QTest::newRow("F.2.5/F.2.6 CBC-AES256")
        << AesMode::CbcPkcs7 << hex(kNistKey256) << hex(kNistCbcIv) << hex(kNistPlaintext)
        << hex(kCbcAes256Cipher) << hex(kCbcAes256PadBlock);
    QTest::newRow("F.5.1/F.5.2 CTR-AES128")
        << AesMode::Ctr << hex(kNistKey128) << hex(kNistCtrBlock) << hex(kNistPlaintext)
        << hex(kCtrAes128Cipher) << QByteArray();
    QTest::newRow("F.5.5/F.5.6 CTR-AES256")
        << AesMode::Ctr << hex(kNistKey256) << hex(kNistCtrBlock) << hex(kNistPlaintext)
        << hex(kCtrAes256Cipher) << QByteArray();
}

void TestCrypto::aesEncrypt_data()
{
    addAesRows();
}

void TestCrypto::aesEncrypt()
{
    QFETCH(AesMode, mode);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, padBlock);

    const Result<QByteArray> out = crypto::aesEncrypt(mode, key, iv, plaintext);
    QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().detail));
    if (mode == AesMode::CbcPkcs7) {
        // PKCS#7 always adds a block; the NIST ciphertext is the first four.
        QCOMPARE(out->size(), qsizetype(80));
        QCOMPARE(out->left(64).toHex(), ciphertext.toHex());
        QCOMPARE(out->mid(64).toHex(), padBlock.toHex());
    } else {
        QCOMPARE(out->toHex(), ciphertext.toHex());
    }
}

void TestCrypto::aesDecrypt_data()
{
    addAesRows();
}

void TestCrypto::aesDecrypt()
{
    QFETCH(AesMode, mode);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, padBlock);

    // Known answer: the published ciphertext (plus our padding block for CBC)
    // decrypts to the published plaintext.
    const Result<QByteArray> known =
        crypto::aesDecrypt(mode, key, iv, QByteArray(ciphertext + padBlock));
    QVERIFY2(known.ok(), known.ok() ? "" : qPrintable(known.error().detail));
    QCOMPARE(known->toHex(), plaintext.toHex());

    // Round trip through our own encryption, whose first 64 bytes are NIST's.
    const Result<QByteArray> sealed = crypto::aesEncrypt(mode, key, iv, plaintext);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->left(64).toHex(), ciphertext.toHex());
    const Result<QByteArray> opened = crypto::aesDecrypt(mode, key, iv, *sealed);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
    QCOMPARE(opened->toHex(), plaintext.toHex());
}

void TestCrypto::aesEmptyPlaintext_data()
{
    QTest::addColumn<AesMode>("mode");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("CBC-AES128") << AesMode::CbcPkcs7 << hex(kNistKey128) << hex(kNistCbcIv)
                                << hex(kCbcAes128Empty);
    QTest::newRow("CBC-AES256") << AesMode::CbcPkcs7 << hex(kNistKey256) << hex(kNistCbcIv)
                                << hex(kCbcAes256Empty);
    QTest::newRow("CTR-AES128") << AesMode::Ctr << hex(kNistKey128) << hex(kNistCtrBlock)
                                << QByteArray();
    QTest::newRow("CTR-AES256") << AesMode::Ctr << hex(kNistKey256) << hex(kNistCtrBlock)
                                << QByteArray();
}

void TestCrypto::aesEmptyPlaintext()
{
    QFETCH(AesMode, mode);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, expected);

    const Result<QByteArray> sealed = crypto::aesEncrypt(mode, key, iv, QByteArray());
    QVERIFY2(sealed.ok(), sealed.ok() ? "" : qPrintable(sealed.error().detail));
    QCOMPARE(sealed->size(), mode == AesMode::CbcPkcs7 ? qsizetype(16) : qsizetype(0));
    QCOMPARE(sealed->toHex(), expected.toHex());

    const Result<QByteArray> opened = crypto::aesDecrypt(mode, key, iv, *sealed);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
    QVERIFY(opened->isEmpty());
}

void TestCrypto::aesWrongKeySize_data()
{
    QTest::addColumn<AesMode>("mode");
    QTest::addColumn<int>("keySize");

    for (const int size : {0, 1, 15, 17, 23, 25, 31, 33, 48, 64}) {
        QTest::addRow("CBC, %d-byte key", size) << AesMode::CbcPkcs7 << size;
        QTest::addRow("CTR, %d-byte key", size) << AesMode::Ctr << size;
    }
}

void TestCrypto::aesWrongKeySize()
{
    QFETCH(AesMode, mode);
    QFETCH(int, keySize);

    const QByteArray key(keySize, '\x42');
    const QByteArray iv(crypto::kAesBlockSize, '\0');
    const QByteArray block(crypto::kAesBlockSize, 'x');

    const Result<QByteArray> enc = crypto::aesEncrypt(mode, key, iv, block);
    QVERIFY(!enc.ok());
    QCOMPARE(errorCodeName(enc.code()), "InvalidArgument");

    const Result<QByteArray> dec = crypto::aesDecrypt(mode, key, iv, block);
    QVERIFY(!dec.ok());
    QCOMPARE(errorCodeName(dec.code()), "InvalidArgument");
}

void TestCrypto::aesWrongIvSize_data()
{
    QTest::addColumn<AesMode>("mode");
    QTest::addColumn<int>("ivSize");

    for (const int size : {0, 1, 8, 12, 15, 17, 32}) {
        QTest::addRow("CBC, %d-byte IV", size) << AesMode::CbcPkcs7 << size;
        QTest::addRow("CTR, %d-byte IV", size) << AesMode::Ctr << size;
    }
}

void TestCrypto::aesWrongIvSize()
{
    QFETCH(AesMode, mode);
    QFETCH(int, ivSize);

    const QByteArray key = hex(kNistKey256);
    const QByteArray iv(ivSize, '\x01');
    const QByteArray block(crypto::kAesBlockSize, 'x');

    const Result<QByteArray> enc = crypto::aesEncrypt(mode, key, iv, block);
    QVERIFY(!enc.ok());
    QCOMPARE(errorCodeName(enc.code()), "InvalidArgument");

    const Result<QByteArray> dec = crypto::aesDecrypt(mode, key, iv, block);
    QVERIFY(!dec.ok());
    QCOMPARE(errorCodeName(dec.code()), "InvalidArgument");
}

void TestCrypto::aesCbcTamperedLastBlock_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("mask");
    // True where the tampering is certain to break the padding.
    QTest::addColumn<bool>("mustFail");

    // Flipping a bit of the last ciphertext block scrambles the whole last
    // plaintext block, so the padding is usually, but not always, invalid
    // (byte 73 ^ 0x80 happens to leave a valid 0x01 pad under this key).
    // Either way the result must be an error or a different plaintext.
    for (int pos = 64; pos < 80; ++pos) {
        for (const int mask : {0x01, 0x80, 0xff})
            QTest::addRow("byte %d ^ 0x%02x", pos, mask) << pos << mask << false;
    }
    // Flipping the last byte of the block before changes the final pad byte
    // 0x10 predictably to 0x11, 0x00 or 0xef: never a valid pad.
    for (const int mask : {0x01, 0x10, 0xff})
        QTest::addRow("byte 63 ^ 0x%02x (pad byte)", mask) << 63 << mask << true;
}

void TestCrypto::aesCbcTamperedLastBlock()
{
    QFETCH(int, position);
    QFETCH(int, mask);
    QFETCH(bool, mustFail);

    const QByteArray key = hex(kNistKey256);
    const QByteArray iv = hex(kNistCbcIv);
    const QByteArray plaintext = hex(kNistPlaintext);
    const Result<QByteArray> sealed = crypto::aesEncrypt(AesMode::CbcPkcs7, key, iv, plaintext);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->size(), qsizetype(80));

    QByteArray tampered = *sealed;
    tampered[position] = static_cast<char>(tampered.at(position) ^ static_cast<char>(mask));
    const Result<QByteArray> opened = crypto::aesDecrypt(AesMode::CbcPkcs7, key, iv, tampered);
    if (mustFail)
        QVERIFY(!opened.ok());
    if (opened.ok()) {
        QVERIFY(*opened != plaintext);
    } else {
        QCOMPARE(errorCodeName(opened.code()), "InvalidMac");
    }
}

void TestCrypto::aesCbcBadLength_data()
{
    QTest::addColumn<int>("length");

    for (const int length : {0, 1, 15, 17, 31, 63, 79, 81})
        QTest::addRow("%d bytes", length) << length;
}

void TestCrypto::aesCbcBadLength()
{
    QFETCH(int, length);

    const QByteArray key = hex(kNistKey256);
    const QByteArray iv = hex(kNistCbcIv);
    const Result<QByteArray> sealed =
        crypto::aesEncrypt(AesMode::CbcPkcs7, key, iv, hex(kNistPlaintext));
    QVERIFY(sealed.ok());
    const QByteArray truncated = QByteArray(*sealed + QByteArray(16, '\x5a')).left(length);

    const Result<QByteArray> opened = crypto::aesDecrypt(AesMode::CbcPkcs7, key, iv, truncated);
    QVERIFY(!opened.ok());
    QCOMPARE(errorCodeName(opened.code()), "InvalidMac");
}

void TestCrypto::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    const QByteArray big(1000, '\x7e');
    QByteArray bigLastDiffers = big;
    bigLastDiffers[999] = '\x7f';

    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("null and empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("same bytes") << QByteArray("abc") << QByteArray("abc") << true;
    QTest::newRow("embedded NUL") << QByteArray("a\0b", 3) << QByteArray("a\0b", 3) << true;
    QTest::newRow("first byte differs") << QByteArray("xbc") << QByteArray("abc") << false;
    QTest::newRow("last byte differs") << QByteArray("abc") << QByteArray("abd") << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("ab") << false;
    QTest::newRow("empty vs one byte") << QByteArray() << QByteArray("a") << false;
    QTest::newRow("NUL vs empty") << QByteArray(1, '\0') << QByteArray() << false;
    QTest::newRow("1000 bytes equal") << big << QByteArray(big.constData(), big.size()) << true;
    QTest::newRow("1000 bytes, last differs") << big << bigLastDiffers << false;
}

void TestCrypto::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);

    QCOMPARE(crypto::constantTimeEquals(a, b), equal);
    QCOMPARE(crypto::constantTimeEquals(b, a), equal);
}

// ---- The signal_crypto_provider -------------------------------------------------

void TestCrypto::providerHmacSplit_data()
{
    QTest::addColumn<int>("split");

    // RFC 4231 case 2 fed in two updates, cut at various points (including
    // an empty first or second update).
    for (const int split : {0, 1, 11, 27, 28})
        QTest::addRow("split at %d", split) << split;
}

void TestCrypto::providerHmacSplit()
{
    QFETCH(int, split);

    const signal_crypto_provider &p = crypto::signalProvider();
    QVERIFY(p.hmac_sha256_init_func);
    QVERIFY(p.hmac_sha256_update_func);
    QVERIFY(p.hmac_sha256_final_func);
    QVERIFY(p.hmac_sha256_cleanup_func);

    const QByteArray key("Jefe");
    const QByteArray data("what do ya want for nothing?");
    QCOMPARE(data.size(), qsizetype(28));
    const QByteArray first = data.left(split);
    const QByteArray second = data.mid(split);

    void *ctx = nullptr;
    QCOMPARE(p.hmac_sha256_init_func(&ctx, u8(key), usize(key), p.user_data), SG_SUCCESS);
    QVERIFY(ctx);
    const int rc1 = p.hmac_sha256_update_func(ctx, u8(first), usize(first), p.user_data);
    const int rc2 = p.hmac_sha256_update_func(ctx, u8(second), usize(second), p.user_data);
    signal_buffer *raw = nullptr;
    const int rc3 = p.hmac_sha256_final_func(ctx, &raw, p.user_data);
    p.hmac_sha256_cleanup_func(ctx, p.user_data);
    const SignalBuffer mac(raw);

    QCOMPARE(rc1, SG_SUCCESS);
    QCOMPARE(rc2, SG_SUCCESS);
    QCOMPARE(rc3, SG_SUCCESS);
    QVERIFY(mac);
    QCOMPARE(toByteArray(mac.get()).toHex(), hex(kRfc4231Case2Mac).toHex());
}

void TestCrypto::providerSha512Reuse()
{
    const signal_crypto_provider &p = crypto::signalProvider();
    QVERIFY(p.sha512_digest_init_func);
    QVERIFY(p.sha512_digest_update_func);
    QVERIFY(p.sha512_digest_final_func);
    QVERIFY(p.sha512_digest_cleanup_func);

    void *ctx = nullptr;
    QCOMPARE(p.sha512_digest_init_func(&ctx, p.user_data), SG_SUCCESS);
    QVERIFY(ctx);
    // Cleanup runs however the checks below end.
    const auto cleanup = qScopeGuard([&] { p.sha512_digest_cleanup_func(ctx, p.user_data); });

    const QByteArray abc("abc");
    const QByteArray a("a");
    const QByteArray bc("bc");

    // First digest in one update.
    QCOMPARE(p.sha512_digest_update_func(ctx, u8(abc), usize(abc), p.user_data), SG_SUCCESS);
    signal_buffer *raw = nullptr;
    QCOMPARE(p.sha512_digest_final_func(ctx, &raw, p.user_data), SG_SUCCESS);
    const SignalBuffer first(raw);
    QVERIFY(first);
    QCOMPARE(toByteArray(first.get()).toHex(), hex(kSha512Abc).toHex());

    // Final must have reset the context: the same input gives the same digest
    // again (libsignal iterates the digest this way for fingerprints).
    QCOMPARE(p.sha512_digest_update_func(ctx, u8(a), usize(a), p.user_data), SG_SUCCESS);
    QCOMPARE(p.sha512_digest_update_func(ctx, u8(bc), usize(bc), p.user_data), SG_SUCCESS);
    raw = nullptr;
    QCOMPARE(p.sha512_digest_final_func(ctx, &raw, p.user_data), SG_SUCCESS);
    const SignalBuffer second(raw);
    QVERIFY(second);
    QCOMPARE(toByteArray(second.get()).toHex(), hex(kSha512Abc).toHex());

    // And a final with no update in between is the digest of nothing.
    raw = nullptr;
    QCOMPARE(p.sha512_digest_final_func(ctx, &raw, p.user_data), SG_SUCCESS);
    const SignalBuffer third(raw);
    QVERIFY(third);
    QCOMPARE(toByteArray(third.get()).toHex(), hex(kSha512Empty).toHex());
}

void TestCrypto::providerEncrypt_data()
{
    addAesRows();
}

void TestCrypto::providerEncrypt()
{
    QFETCH(AesMode, mode);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, padBlock);

    const signal_crypto_provider &p = crypto::signalProvider();
    QVERIFY(p.encrypt_func);
    QVERIFY(p.decrypt_func);
    const int cipher =
        mode == AesMode::CbcPkcs7 ? SG_CIPHER_AES_CBC_PKCS5 : SG_CIPHER_AES_CTR_NOPADDING;

    signal_buffer *raw = nullptr;
    QCOMPARE(p.encrypt_func(&raw, cipher, u8(key), usize(key), u8(iv), usize(iv), u8(plaintext),
                            usize(plaintext), p.user_data),
             SG_SUCCESS);
    const SignalBuffer sealed(raw);
    QVERIFY(sealed);
    const QByteArray sealedBytes = toByteArray(sealed.get());
    QCOMPARE(sealedBytes.toHex(), QByteArray(ciphertext + padBlock).toHex());
    if (mode == AesMode::CbcPkcs7)
        QCOMPARE(sealedBytes.left(64).toHex(), ciphertext.toHex());

    raw = nullptr;
    QCOMPARE(p.decrypt_func(&raw, cipher, u8(key), usize(key), u8(iv), usize(iv), u8(sealedBytes),
                            usize(sealedBytes), p.user_data),
             SG_SUCCESS);
    const SignalBuffer opened(raw);
    QVERIFY(opened);
    QCOMPARE(toByteArray(opened.get()).toHex(), plaintext.toHex());
}

void TestCrypto::providerRejectsBadArguments()
{
    const signal_crypto_provider &p = crypto::signalProvider();
    const QByteArray key = hex(kNistKey256);
    const QByteArray shortKey(20, '\x01');
    const QByteArray iv = hex(kNistCbcIv);
    const QByteArray data = hex(kNistPlaintext);

    // An unknown cipher constant.
    signal_buffer *raw = nullptr;
    QCOMPARE(p.encrypt_func(&raw, 99, u8(key), usize(key), u8(iv), usize(iv), u8(data), usize(data),
                            p.user_data),
             SG_ERR_INVAL);
    QVERIFY(!raw);

    // A key that is no AES key size.
    QCOMPARE(p.encrypt_func(&raw, SG_CIPHER_AES_CBC_PKCS5, u8(shortKey), usize(shortKey), u8(iv),
                            usize(iv), u8(data), usize(data), p.user_data),
             SG_ERR_INVAL);
    QVERIFY(!raw);

    // An IV that is not one block.
    QCOMPARE(p.decrypt_func(&raw, SG_CIPHER_AES_CTR_NOPADDING, u8(key), usize(key), u8(iv),
                            usize(iv) - 1, u8(data), usize(data), p.user_data),
             SG_ERR_INVAL);
    QVERIFY(!raw);

    // Bad CBC padding: an error, no buffer. The NIST ciphertext without our
    // padding block ends in a block whose "padding" does not check out.
    const QByteArray unpadded = hex(kCbcAes256Cipher);
    const int rc = p.decrypt_func(&raw, SG_CIPHER_AES_CBC_PKCS5, u8(key), usize(key), u8(iv),
                                  usize(iv), u8(unpadded), usize(unpadded), p.user_data);
    const SignalBuffer leaked(raw);
    QVERIFY(rc < 0);
    QVERIFY(!leaked);
}

void TestCrypto::providerRandom()
{
    const signal_crypto_provider &p = crypto::signalProvider();
    QVERIFY(p.random_func);

    QByteArray a(64, '\0');
    QByteArray b(64, '\0');
    QCOMPARE(p.random_func(reinterpret_cast<std::uint8_t *>(a.data()), usize(a), p.user_data),
             SG_SUCCESS);
    QCOMPARE(p.random_func(reinterpret_cast<std::uint8_t *>(b.data()), usize(b), p.user_data),
             SG_SUCCESS);
    // 2^-512 chance of a false failure each.
    QVERIFY(a != QByteArray(64, '\0'));
    QVERIFY(a != b);
    // A zero-length request succeeds and touches nothing.
    QCOMPARE(p.random_func(nullptr, 0, p.user_data), SG_SUCCESS);
}

QTEST_APPLESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
