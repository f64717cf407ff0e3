// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace cove::ui {

/// One Cove window per profile. A second start of the app for a profile that
/// is open (a cove:// link clicked in a browser, the launcher used again)
/// hands its link to the running window over a local socket only this user
/// can open, and quits; the running window comes forward and offers what
/// the link is for. A link only ever fills in a dialog the person confirms.
class LinkHandoff : public QObject {
    Q_OBJECT
public:
    /// The socket's path for a profile directory: in the user's private
    /// runtime directory, one per profile.
    [[nodiscard]] static QString serverName(const QString &profileDir);
    /// Hands `link` (empty: just come forward) to the window of `name`;
    /// true when it took it.
    [[nodiscard]] static bool handTo(const QString &name, const QString &link);

    explicit LinkHandoff(QObject *parent = nullptr);
    /// Starts listening; false when the name cannot be taken.
    bool listen(const QString &name);

Q_SIGNALS:
    /// Another start of the app asked for the window; `link` may be empty.
    void requested(const QString &link);

private:
    void onConnection();

    QLocalServer *m_server;
};

} // namespace cove::ui
