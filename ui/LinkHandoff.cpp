// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkHandoff.h"

#include "InviteLink.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace cove::ui {

namespace {

constexpr int kWaitMs = 1000;
/// A link and its end of line; anything longer is not a link.
constexpr qsizetype kMaxRequestBytes = protocol::kMaxInviteLinkChars * 4 + 1;

} // namespace

QString LinkHandoff::serverName(const QString &profileDir)
{
    // A full path in the user's runtime directory (private to them): in a
    // directory every user shares, another could take the name first.
    const QByteArray digest =
        QCryptographicHash::hash(profileDir.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = profileDir; // the profile's own directory is private too (0700)
    return QDir(dir).filePath(QStringLiteral("cove-%1.socket").arg(QString::fromLatin1(digest)));
}

bool LinkHandoff::handTo(const QString &name, const QString &link)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(kWaitMs))
        return false;
    socket.write(link.toUtf8().left(kMaxRequestBytes - 1) + '\n');
    if (!socket.waitForBytesWritten(kWaitMs))
        return false;
    // The window answers once it has the request: otherwise this start goes on.
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(kWaitMs))
            return false;
    return socket.readLine() == "ok\n";
}

LinkHandoff::LinkHandoff(QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(4);
    connect(m_server, &QLocalServer::newConnection, this, &LinkHandoff::onConnection);
}

bool LinkHandoff::listen(const QString &name)
{
    if (m_server->listen(name))
        return true;
    // A socket left behind by a window that crashed: nobody answered on it.
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

void LinkHandoff::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that says nothing is not kept waiting for.
        QTimer::singleShot(kWaitMs * 2, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() >= kMaxRequestBytes)
                    socket->abort(); // not a link
                return;
            }
            const QByteArray line = socket->readLine(kMaxRequestBytes + 1);
            if (!line.endsWith('\n')) {
                socket->abort();
                return;
            }
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT requested(QString::fromUtf8(line.chopped(1)).trimmed());
        });
    }
}

} // namespace cove::ui
