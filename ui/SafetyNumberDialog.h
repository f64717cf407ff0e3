// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppError.h"
#include "SafetyNumbers.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace cove::app {
class Account;
}

namespace cove::ui {

class QrCodeWidget;

/// "Safety number with <name>": the 60 digits and the QR code two people
/// compare in person or on a call, whether the contact is marked verified,
/// and the button that marks it (or clears that). When no message was
/// exchanged yet there is no number, and the dialog says so instead.
///
/// All decisions are app::SafetyNumbers'; the dialog shows its answers.
class SafetyNumberDialog : public QDialog {
    Q_OBJECT
public:
    /// `coveId` as stored or typed; `displayName` is how the person calls
    /// the contact (the grouped Cove ID is shown when it is empty).
    SafetyNumberDialog(app::Account &account, const QString &coveId, const QString &displayName,
                       QWidget *parent = nullptr);
    ~SafetyNumberDialog() override;

    /// The number shown, if there is one.
    [[nodiscard]] const std::optional<app::SafetyNumberView> &safetyNumber() const noexcept
    {
        return m_number;
    }

public Q_SLOTS:
    /// Reads the number and its verified state again (e.g. after the first
    /// message with the contact arrived while the dialog was open).
    void reload();

Q_SIGNALS:
    /// The person marked the contact verified or cleared it; already stored.
    void verifiedChanged(bool verified);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void updateState();
    void updateColours();
    void copyDigits();
    void toggleVerified();
    [[nodiscard]] QString name() const;
    /// The digits as shown: three rows of four groups of five.
    [[nodiscard]] QString digitRows() const;

    app::Account &m_account;
    QString m_coveId;
    QString m_displayName;
    std::optional<app::SafetyNumberView> m_number;
    /// Why there is no number, when there is none.
    std::optional<app::AppError::Code> m_error;
    /// A failed verify/clear the person should know about (retranslatable).
    std::optional<app::AppError::Code> m_actionError;
    bool m_justCopied = false;

    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_digits = nullptr;
    QPushButton *m_copy = nullptr;
    QrCodeWidget *m_qr = nullptr;
    QLabel *m_noNumber = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_state = nullptr;
    QWidget *m_stateRow = nullptr;
    QLabel *m_actionMessage = nullptr;
    QPushButton *m_verify = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_copiedTimer = nullptr;
};

} // namespace cove::ui
