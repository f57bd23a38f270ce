#pragma once

#include <QDialog>

namespace wag {

// Shows a secret (an API key, a webhook signing secret) the one time it exists in clear,
// with a Copy button. Nothing keeps the text after the dialog closes: it deletes itself.
// Opened window-modal and non-blocking (open(), not exec()), so the caller's page stays
// responsive and tests can read it.
class SecretOnceDialog final : public QDialog
{
    Q_OBJECT
public:
    SecretOnceDialog(const QString &title, const QString &explanation, const QString &secret,
                     QWidget *parent);

    static SecretOnceDialog *showSecret(QWidget *parent, const QString &title,
                                        const QString &explanation, const QString &secret);
};

} // namespace wag
