#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace wag {

class Engine;
class FirstRunWizard;
class QrCodeWidget;

// Step 1: Demo (simulator) or Evolution API (URL + key, tested live before saving).
class ProviderPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProviderPage(Engine &engine, FirstRunWizard *wizard);
    bool validatePage() override;

private:
    void testConnection();
    void updateFields();
    void showError(const QString &text);

    Engine &m_engine;
    FirstRunWizard *m_wizard;
    QRadioButton *m_demo;
    QRadioButton *m_evolution;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QPushButton *m_test;
    QLabel *m_result;
    QLabel *m_restartNote;
    QLabel *m_error;
    int m_testRun = 0;
    bool m_testOk = false;
    QString m_testedUrl;
    QString m_testedKey;
};

// Step 2: the first admin user.
class UserPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit UserPage(Engine &engine);
    bool validatePage() override;

private:
    Engine &m_engine;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QString m_created; // the user this page created, so Back and Next again do not fail
};

// Step 3: the first instance.
class InstancePage final : public QWizardPage
{
    Q_OBJECT
public:
    InstancePage(Engine &engine, FirstRunWizard *wizard);
    bool validatePage() override;

private:
    Engine &m_engine;
    FirstRunWizard *m_wizard;
    QLineEdit *m_name;
    QLabel *m_error;
};

// Step 4: the instance's QR code, live until it is scanned.
class QrPage final : public QWizardPage
{
    Q_OBJECT
public:
    QrPage(Engine &engine, FirstRunWizard *wizard);
    void initializePage() override;

private:
    void refresh();

    Engine &m_engine;
    FirstRunWizard *m_wizard;
    QrCodeWidget *m_qr;
    QLabel *m_state;
    QLabel *m_restartNote;
    QPushButton *m_scan;
};

} // namespace wag
