// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QWidget>

#include <vector>

namespace cove::ui {

/// Modules of white border every QR reader expects around the symbol.
inline constexpr int kQrQuietZone = 4;

/// The modules of one QR code (libqrencode, 8-bit mode, error correction
/// level M). Drawing code and tests read it; it knows nothing of widgets.
class QrMatrix {
public:
    QrMatrix() = default;

    /// Encodes `data` with the smallest version that holds it. Empty when
    /// `data` is empty or too long for any QR code.
    [[nodiscard]] static QrMatrix encode(QByteArrayView data);

    [[nodiscard]] bool isEmpty() const noexcept { return m_size == 0; }
    /// Modules per side, without the quiet zone (21 for version 1, +4 per version).
    [[nodiscard]] int size() const noexcept { return m_size; }
    /// Whether the module in column `x`, row `y` is dark; false outside the symbol.
    [[nodiscard]] bool isDark(int x, int y) const noexcept;

    /// The code with its quiet zone, `moduleSize` pixels per module, black on
    /// white whatever the theme (scanners need the contrast). Null when empty.
    [[nodiscard]] QImage toImage(int moduleSize) const;

private:
    int m_size = 0;
    std::vector<bool> m_dark; ///< row-major, m_size * m_size
};

/// The text of the QR codes in `image` (a photo or screenshot of one),
/// in the order found; empty when there is none. The image is scanned in
/// grey levels; images larger than 4096 pixels a side are scaled down first.
[[nodiscard]] QStringList readQrCodes(const QImage &image);

/// Shows bytes as a square QR code with crisp modules: every module is a
/// whole number of device pixels, the largest that fits, centred.
class QrCodeWidget : public QWidget {
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    /// Replaces what the code carries; an empty array shows nothing.
    void setData(const QByteArray &data);
    [[nodiscard]] const QByteArray &data() const noexcept { return m_data; }
    [[nodiscard]] const QrMatrix &matrix() const noexcept { return m_matrix; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Modules per side including the quiet zone.
    [[nodiscard]] int totalModules() const;

    QByteArray m_data;
    QrMatrix m_matrix;
};

} // namespace cove::ui
