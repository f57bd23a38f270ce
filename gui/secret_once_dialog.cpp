#include "secret_once_dialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wag {

SecretOnceDialog::SecretOnceDialog(const QString &title, const QString &explanation,
                                   const QString &secret, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("secretOnceDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(480);

    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);

    auto *row = new QHBoxLayout;
    auto *field = new QLineEdit(secret, this);
    field->setObjectName(QStringLiteral("secretField"));
    field->setReadOnly(true);
    field->setAccessibleName(tr("Secret"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    field->setFont(mono);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(secret) + 24);
    row->addWidget(field, 1);
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copySecret"));
    copy->setAccessibleName(tr("Copy the secret to the clipboard"));
    row->addWidget(copy);
    layout->addLayout(row);

    auto *warning = new QLabel(tr("This is the only time it is shown. Store it now."), this);
    warning->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(warning);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [copy, secret] {
        QGuiApplication::clipboard()->setText(secret);
        copy->setText(tr("Copied"));
    });
    field->selectAll();
    field->setFocus();
}

SecretOnceDialog *SecretOnceDialog::showSecret(QWidget *parent, const QString &title,
                                               const QString &explanation, const QString &secret)
{
    auto *dialog = new SecretOnceDialog(title, explanation, secret, parent);
    dialog->open();
    return dialog;
}

} // namespace wag
