#include "main_window.h"

#include "app_icon.h"
#include "engine.h"
#include "instances/instance_service.h"
#include "version.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace wag {

MainWindow::MainWindow(Engine &engine, QWidget *parent) : QMainWindow(parent), m_engine(engine)
{
    setWindowTitle(tr("WhatsApp Gateway"));
    setWindowIcon(appIcon());
    setMinimumSize(520, 300);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("WhatsApp Gateway"), central);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_status = new QLabel(central);
    m_address = new QLabel(central);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataDir = new QLabel(central);
    m_dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_instances = new QLabel(central);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Data folder:"), m_dataDir);
    form->addRow(tr("Instances:"), m_instances);
    layout->addLayout(form);
    layout->addStretch();

    auto *note = new QLabel(
        tr("Create users, instances and API keys with <code>whatsapp-gateway admin --help</code>."),
        central);
    note->setWordWrap(true);
    layout->addWidget(note);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About WhatsApp Gateway"), this, &MainWindow::showAbout);

    connect(&m_engine, &Engine::servingChanged, this, &MainWindow::refresh);
    connect(&m_engine.instances(), &InstanceService::instanceCreated, this, &MainWindow::refresh);
    refresh();
}

void MainWindow::refresh()
{
    const bool serving = m_engine.isServing();
    m_status->setText(serving ? tr("Running") : tr("Stopped"));
    m_status->setStyleSheet(serving ? QStringLiteral("color: #1f8f5f; font-weight: bold")
                                    : QStringLiteral("color: #b00020; font-weight: bold"));
    m_address->setText(m_engine.baseUrl());
    m_dataDir->setText(m_engine.dataDir());
    m_instances->setText(QString::number(m_engine.instances().list().size()));
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

} // namespace wag
