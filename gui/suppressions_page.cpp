#include "suppressions_page.h"

#include "confirm.h"
#include "engine.h"
#include "import_report_dialog.h"
#include "suppression/suppression_service.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace wag {

namespace {

QString reasonText(SuppressionReason reason)
{
    switch (reason) {
    case SuppressionReason::OptOutKeyword:
        return QObject::tr("opted out by keyword");
    case SuppressionReason::Manual:
        return QObject::tr("added by staff");
    case SuppressionReason::ThreeCx:
        return QObject::tr("3CX");
    case SuppressionReason::Import:
        return QObject::tr("imported");
    }
    return {};
}

} // namespace

SuppressionsPage::SuppressionsPage(Engine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    auto *layout = new QVBoxLayout(this);

    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("suppressionSearch"));
    m_search->setPlaceholderText(tr("Part of a number or a note"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search suppressed recipients"));
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *importButton = new QPushButton(tr("&Import CSV…"), this);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    importButton->setObjectName(QStringLiteral("importSuppressions"));
    exportButton->setObjectName(QStringLiteral("exportSuppressions"));
    importButton->setToolTip(tr("A header row and a \"phone\" column (optionally \"note\"). All rows are checked first: one bad row and nothing changes."));
    searchRow->addWidget(importButton);
    searchRow->addWidget(exportButton);
    layout->addLayout(searchRow);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("suppressionTable"));
    m_table->setAccessibleName(tr("Suppressed recipients"));
    m_table->setHorizontalHeaderLabels({tr("Phone"), tr("Reason"), tr("Source"), tr("Note"), tr("Who"), tr("When")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    auto *pageRow = new QHBoxLayout;
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeSuppression"));
    pageRow->addWidget(m_remove);
    pageRow->addStretch();
    m_pageInfo = new QLabel(this);
    m_pageInfo->setObjectName(QStringLiteral("suppressionPageInfo"));
    m_previous = new QPushButton(tr("&Previous"), this);
    m_next = new QPushButton(tr("&Next"), this);
    pageRow->addWidget(m_pageInfo);
    pageRow->addWidget(m_previous);
    pageRow->addWidget(m_next);
    layout->addLayout(pageRow);

    auto *addRow = new QHBoxLayout;
    auto *addLabel = new QLabel(tr("Add &number:"), this);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("suppressionPhone"));
    m_phone->setPlaceholderText(QStringLiteral("+14155552671"));
    m_phone->setAccessibleName(tr("Phone number to suppress"));
    addLabel->setBuddy(m_phone);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("suppressionNote"));
    m_note->setPlaceholderText(tr("Note, e.g. asked by phone"));
    m_note->setAccessibleName(tr("Note"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addSuppression"));
    addRow->addWidget(addLabel);
    addRow->addWidget(m_phone);
    addRow->addWidget(m_note, 1);
    addRow->addWidget(add);
    layout->addLayout(addRow);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("suppressionMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    // Searching as one types, but not one query per keystroke.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_offset = 0;
        reload();
    });
    connect(m_previous, &QPushButton::clicked, this, [this] {
        m_offset = qMax(0, m_offset - kPageSize);
        reload();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_offset += kPageSize;
        reload();
    });
    connect(add, &QPushButton::clicked, this, &SuppressionsPage::addEntry);
    connect(m_phone, &QLineEdit::returnPressed, this, &SuppressionsPage::addEntry);
    connect(m_note, &QLineEdit::returnPressed, this, &SuppressionsPage::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &SuppressionsPage::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import suppressed recipients"), {},
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export suppressed recipients"),
                                                          QStringLiteral("suppressed-recipients.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    // Opt-outs arrive by keyword while the page is open; admin commands elsewhere too.
    connect(&m_engine.suppressions(), &SuppressionService::suppressionChanged, this, &SuppressionsPage::reload);
    reload();
}

QString SuppressionsPage::currentUser()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("desktop");
}

void SuppressionsPage::reload()
{
    SuppressionService &service = m_engine.suppressions();
    const QString query = m_search->text().trimmed();
    const int total = service.count(query);
    if (total >= 0 && m_offset >= total)
        m_offset = qMax(0, (total - 1) / kPageSize * kPageSize);
    const auto found = service.search(query, kPageSize, m_offset);
    m_table->setRowCount(0);
    if (!found.ok()) {
        report(found.failure().message, true);
        return;
    }
    const QLocale locale;
    for (const SuppressionRecord &r : found.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(r.phone));
        m_table->setItem(row, 1, new QTableWidgetItem(reasonText(r.reason)));
        m_table->setItem(row, 2, new QTableWidgetItem(r.source));
        m_table->setItem(row, 3, new QTableWidgetItem(r.note));
        m_table->setItem(row, 4, new QTableWidgetItem(r.createdBy));
        m_table->setItem(row, 5, new QTableWidgetItem(locale.toString(r.createdAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_table->resizeColumnsToContents();
    const int shown = int(found.value().size());
    m_pageInfo->setText(total <= 0 ? tr("No entries")
                                   : tr("%1–%2 of %3").arg(m_offset + 1).arg(m_offset + shown).arg(total));
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(total > m_offset + shown);
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

void SuppressionsPage::addEntry()
{
    const QString phone = m_phone->text().trimmed();
    if (phone.isEmpty()) {
        report(tr("Enter a phone number, e.g. +14155552671."), true);
        return;
    }
    const auto added = m_engine.suppressions().suppress(phone, m_note->text().trimmed(), currentUser());
    if (!added.ok()) {
        report(added.failure().code == u"already_suppressed" ? tr("%1 is on the list already.").arg(phone)
                                                            : added.failure().message,
               true);
        return;
    }
    report(tr("%1 will receive no messages.").arg(added.value().phone), false);
    m_phone->clear();
    m_note->clear();
    reload();
}

void SuppressionsPage::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QString phone = m_table->item(selected.first()->row(), 0)->text();
    if (!confirmDestructive(this, tr("Remove suppression"),
                            tr("Allow messages to %1 again? Only do this if the person asked for it.").arg(phone)))
        return;
    if (const Status s = m_engine.suppressions().unsuppress(phone); !s.ok()) {
        report(s.failure().message, true);
        return;
    }
    report(tr("%1 was removed from the list.").arg(phone), false);
    reload();
}

void SuppressionsPage::importFile(const QString &path)
{
    const SuppressionImport result = m_engine.suppressions().importCsvFile(path, currentUser());
    auto *dialog = new ImportReportDialog(QFileInfo(path).fileName(), result, this);
    dialog->open();
    reload();
}

void SuppressionsPage::exportTo(const QString &path)
{
    const Result<int> written = m_engine.suppressions().exportCsv(path);
    if (!written.ok())
        report(written.failure().message, true);
    else
        report(tr("%n entries written to %1.", nullptr, written.value()).arg(QDir::toNativeSeparators(path)), false);
}

void SuppressionsPage::report(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setText(message);
}

} // namespace wag
