// SPDX-License-Identifier: GPL-3.0-or-later
// A receiving process for crash tests: receives a stream of messages into an
// encrypted profile one atomic transaction at a time, printing "committed N"
// after each commit. The test kills it with SIGKILL at a random moment.
//
// usage: receive_writer <db> <key-hex> <stream-file> <first-index>

#include "ReceiveFixture.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: receive_writer <db> <key-hex> <stream-file> <first-index>\n", stderr);
        return 2;
    }
    auto receiver =
        cove::test::Receiver::open(args.at(1), QByteArray::fromHex(args.at(2).toLatin1()));
    QFile streamFile(args.at(3));
    if (!receiver || !streamFile.open(QIODevice::ReadOnly)) {
        std::fputs("receive_writer: cannot open the profile or the stream\n", stderr);
        return 1;
    }
    const auto messages = cove::test::parseStream(streamFile.readAll());
    for (int i = args.at(4).toInt(); i < messages.size(); ++i) {
        cove::storage::ReceiveResult r =
            receiver->receive(cove::test::senderAddress(), messages.at(i), i);
        if (!r) {
            std::fprintf(stderr, "receive_writer: message %d failed\n", i);
            return 1;
        }
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
