#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace wag {

// Asks for a destination's URL and events (the four SPEC §6.2 recommends preselected).
// The page's `submit` saves it through the webhook service and answers an error text, or
// an empty string on success; on an error the dialog stays open and shows it inline.
class WebhookDestinationDialog final : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<QString(const QString &url, const QStringList &events)>;

    WebhookDestinationDialog(Submit submit, QWidget *parent);

    void accept() override;

private:
    Submit m_submit;
    QLineEdit *m_url = nullptr;
    QList<QCheckBox *> m_events;
    QLabel *m_error = nullptr;
};

} // namespace wag
