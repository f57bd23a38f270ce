#include "main_window.h"

#include "api_keys_page.h"
#include "first_run_wizard.h"
#include "app_icon.h"
#include "engine.h"
#include "inbound_log_model.h"
#include "instances_page.h"
#include "log_page.h"
#include "message_log_model.h"
#include "policy_events_page.h"
#include "settings_page.h"
#include "suppressions_page.h"
#include "version.h"
#include "webhooks_page.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>
#include <QPushButton>

namespace wag {

MainWindow::MainWindow(Engine &engine, QWidget *parent) : QMainWindow(parent), m_engine(engine)
{
    setWindowIcon(appIcon());
    setMinimumSize(900, 600);
    resize(1100, 720);

    buildUi();
    connect(&m_engine, &Engine::servingChanged, this, [this] {
        attachLiveSources();
        refresh();
    });
}

// Everything with text is built here, so that a language switch can build it again (see
// changeEvent). Pages keep no state worth more than that simplicity: a list reloads, a
// half-typed name is lost.
void MainWindow::buildUi()
{
    setWindowTitle(tr("WhatsApp Gateway"));
    Engine &engine = m_engine;
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_keychainNotice = new QFrame(central);
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_keychainNotice->setStyleSheet(QStringLiteral("#keychainNotice { background: #fff4e5; border-bottom: 1px solid #f0c36d; }"
                                                   " #keychainNotice QLabel { color: #5f3b00; }"));
    auto *noticeLayout = new QHBoxLayout(m_keychainNotice);
    noticeLayout->setContentsMargins(12, 8, 12, 8);
    auto *noticeIcon = new QLabel(m_keychainNotice);
    noticeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    noticeIcon->setAlignment(Qt::AlignTop);
    m_keychainNoticeText = new QLabel(m_keychainNotice);
    m_keychainNoticeText->setObjectName(QStringLiteral("keychainNoticeText"));
    m_keychainNoticeText->setTextFormat(Qt::PlainText); // a path is not markup
    m_keychainNoticeText->setWordWrap(true);
    m_keychainNoticeText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keychainNoticeText->setAccessibleName(tr("Data key notice"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_keychainNotice);
    dismiss->setObjectName(QStringLiteral("dismissKeychainNotice"));
    dismiss->setToolTip(tr("Hide this notice until the gateway starts again."));
    noticeLayout->addWidget(noticeIcon);
    noticeLayout->addWidget(m_keychainNoticeText, 1);
    noticeLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_keychainNotice->hide();
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_keychainNoticeDismissed = true;
        m_keychainNotice->hide();
    });
    outer->addWidget(m_keychainNotice);

    auto *body = new QWidget(central);
    auto *layout = new QHBoxLayout(body);
    outer->addWidget(body, 1);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(200);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    QStyle *s = style();
    m_instances = new InstancesPage(engine);
    m_webhooks = new WebhooksPage(engine);
    m_suppressions = new SuppressionsPage(engine);
    m_inboundLog = new LogPage(engine, new InboundLogModel(engine),
                               {tr("Inbound log"), tr("Part of the number, e.g. 4155")});
    m_inboundLog->setObjectName(QStringLiteral("inboundLogPage"));
    m_messageLog = new LogPage(engine, new MessageLogModel(engine),
                               {tr("Message log"), tr("Whole number, e.g. +14155552671")});
    m_messageLog->setObjectName(QStringLiteral("messageLogPage"));
    m_apiKeys = new ApiKeysPage(engine);
    m_policyEvents = new PolicyEventsPage(engine);
    m_settings = new SettingsPage(engine);
    // Same order as the Page enum.
    addPage(tr("Instances"), s->standardIcon(QStyle::SP_ComputerIcon), m_instances);
    addPage(tr("Webhooks"), s->standardIcon(QStyle::SP_DriveNetIcon), m_webhooks);
    addPage(tr("Suppressed recipients"), s->standardIcon(QStyle::SP_MessageBoxCritical), m_suppressions);
    addPage(tr("Inbound log"), s->standardIcon(QStyle::SP_ArrowDown), m_inboundLog);
    addPage(tr("Message log"), s->standardIcon(QStyle::SP_ArrowUp), m_messageLog);
    addPage(tr("API keys"), s->standardIcon(QStyle::SP_DialogApplyButton), m_apiKeys);
    addPage(tr("Policy events"), s->standardIcon(QStyle::SP_FileDialogDetailedView), m_policyEvents);
    addPage(tr("Settings"), s->standardIcon(QStyle::SP_FileDialogInfoView), m_settings);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_status, 1);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *setUp = fileMenu->addAction(tr("&Set up…"), this, &MainWindow::showSetupWizard);
    setUp->setObjectName(QStringLiteral("setUpAction"));
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        // Ctrl+1 … Ctrl+8 reach every page from anywhere in the window.
        goMenu->addAction(m_sidebar->item(row)->text(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)), this,
                          [this, row] { m_sidebar->setCurrentRow(row); });
    }
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About WhatsApp Gateway"), this, &MainWindow::showAbout);

    attachLiveSources();
    refresh();
}

// A new translator sends LanguageChange (several per switch, possibly from inside a page's
// own signal, e.g. the language combo box): the rebuild runs once, after that returns.
void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_stack && !m_rebuildPending) {
        m_rebuildPending = true;
        QMetaObject::invokeMethod(this, &MainWindow::rebuild, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::rebuild()
{
    m_rebuildPending = false;
    const int page = m_stack->currentIndex();
    // The old pages go later: one of them may still be on the stack below this call.
    if (QWidget *old = takeCentralWidget())
        old->deleteLater();
    menuBar()->clear();
    statusBar()->removeWidget(m_status);
    m_status->deleteLater();
    buildUi();
    m_sidebar->setCurrentRow(page);
}

void MainWindow::addPage(const QString &title, const QIcon &icon, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, title, m_sidebar);
    item->setSizeHint(QSize(0, 34));
    page->setAccessibleName(title);
    m_stack->addWidget(page);
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

QWidget *MainWindow::page(Page page) const
{
    return m_stack->widget(int(page));
}

void MainWindow::attachLiveSources()
{
    m_instances->attachLiveSources();
    m_inboundLog->model()->attachLiveSources();
    m_messageLog->model()->attachLiveSources();
    m_webhooks->attachDispatcher();
}

void MainWindow::refresh()
{
    const bool serving = m_engine.isServing();
    m_status->setText(serving ? tr("Running — %1").arg(m_engine.baseUrl()) : tr("Stopped"));
    m_settings->refresh();
    updateKeychainNotice();
}

// SPEC §3: where no keychain answers, the data key lives in a file; the person at the
// window is told so, and where that file is, since it now needs protecting and backing up.
void MainWindow::updateKeychainNotice()
{
    const DataKeyResult &origin = m_engine.dataKeyOrigin();
    if (!m_engine.hasDataKey() || origin.source != DataKeyResult::Source::File || m_keychainNoticeDismissed) {
        m_keychainNotice->hide();
        return;
    }
    const QString file = QDir::toNativeSeparators(origin.keyFilePath);
    QString text;
    switch (origin.fileReason) {
    case DataKeyResult::FileReason::KeychainUnavailable:
        text = tr("The OS keychain is locked or not available (%1). The key that encrypts the stored secrets "
                  "(provider key, webhook signing secrets) is therefore kept in a file instead: %2. Only your "
                  "user account can read it. Protect it and back it up with the data folder: without it the "
                  "stored secrets cannot be decrypted. This data folder keeps using the file from now on.")
                   .arg(origin.fileReasonDetail.isEmpty() ? tr("no answer") : origin.fileReasonDetail, file);
        break;
    case DataKeyResult::FileReason::KeychainDisabled:
        text = tr("The OS keychain is switched off (the \"keychain\" setting or WAG_DISABLE_KEYCHAIN), so the key "
                  "that encrypts the stored secrets is kept in a file: %1. Only your user account can read it. "
                  "Protect it and back it up with the data folder.")
                   .arg(file);
        break;
    case DataKeyResult::FileReason::KeptInFile:
    case DataKeyResult::FileReason::None:
        text = tr("This data folder keeps the key that encrypts the stored secrets in a file, not in the OS "
                  "keychain (no keychain was available when the folder was set up): %1. Only your user account "
                  "can read it. Protect it and back it up with the data folder.")
                   .arg(file);
        break;
    }
    m_keychainNoticeText->setText(text);
    m_keychainNotice->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About WhatsApp Gateway"),
        tr("<h3>WhatsApp Gateway %1</h3><p>An on-premise gateway for responsible WhatsApp "
           "messaging.</p><p>WhatsApp Gateway is independent software, not affiliated with "
           "WhatsApp, Meta or 3CX.</p>")
            .arg(QLatin1String(kVersion)));
}

FirstRunWizard *MainWindow::showSetupWizard()
{
    if (!m_setupWizard) {
        m_setupWizard = new FirstRunWizard(m_engine, this);
        m_setupWizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_setupWizard, &QWizard::finished, this, &MainWindow::refresh);
    }
    m_setupWizard->show();
    m_setupWizard->raise();
    m_setupWizard->activateWindow();
    return m_setupWizard;
}

} // namespace wag
