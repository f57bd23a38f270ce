#pragma once

#include <QImage>
#include <QWidget>

namespace wag {

// The linking QR code, drawn crisp at any size and screen scale: it is rendered from the
// text with whole device pixels per module (never scaled afterwards, which would blur the
// module edges phones rely on). Shows a hint instead when there is no code.
class QrCodeWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setQrText(const QString &text);
    const QString &qrText() const { return m_text; }
    void setPlaceholder(const QString &text);
    // The image last painted (null when none): tests check what the user would see.
    const QImage &renderedImage() const { return m_rendered; }

    QSize sizeHint() const override { return {320, 320}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QString m_placeholder;
    QImage m_rendered;
};

} // namespace wag
