// SPDX-License-Identifier: GPL-3.0-or-later
#include "Context.h"

#include "Crypto.h"

#include <QLoggingCategory>

#include <signal_protocol.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>

Q_LOGGING_CATEGORY(lcSignal, "cove.protocol.signal", QtWarningMsg)

namespace cove::protocol {

struct Context::Private {
    signal_context *ctx = nullptr;
    std::recursive_mutex mutex;
};

namespace {

void lockFn(void *userData)
{
    static_cast<std::recursive_mutex *>(userData)->lock();
}

void unlockFn(void *userData)
{
    static_cast<std::recursive_mutex *>(userData)->unlock();
}

// The library's messages describe protocol events ("Bad MAC", "invalid
// message version"); they carry no plaintext or keys. Only warnings and
// errors are forwarded.
void logFn(int level, const char *message, std::size_t len, void *)
{
    if (level > SG_LOG_WARNING)
        return;
    const QString text = QString::fromUtf8(message, qsizetype(len));
    if (level == SG_LOG_ERROR)
        qCWarning(lcSignal, "error: %s", qUtf8Printable(text));
    else
        qCInfo(lcSignal, "%s", qUtf8Printable(text));
}

} // namespace

Context::Context() : d(std::make_unique<Private>())
{
    if (signal_context_create(&d->ctx, &d->mutex) != 0 ||
        signal_context_set_crypto_provider(d->ctx, &crypto::signalProvider()) != 0 ||
        signal_context_set_locking_functions(d->ctx, lockFn, unlockFn) != 0 ||
        signal_context_set_log_function(d->ctx, logFn) != 0) {
        std::fputs("cove: cannot create the Signal protocol context\n", stderr);
        std::abort();
    }
}

Context::~Context()
{
    signal_context_destroy(d->ctx);
}

signal_context *Context::raw() const noexcept
{
    return d->ctx;
}

} // namespace cove::protocol
