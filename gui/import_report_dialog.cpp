#include "import_report_dialog.h"

#include "suppression/suppression_service.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wag {

ImportReportDialog::ImportReportDialog(const QString &fileName, const SuppressionImport &result,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import report"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(640, 420);
    auto *layout = new QVBoxLayout(this);

    QString summary;
    if (result.ok()) {
        summary = tr("%1: %n number(s) added.", nullptr, result.imported).arg(fileName);
        if (result.alreadySuppressed > 0)
            summary += QLatin1Char(' ') + tr("%n were on the list already.", nullptr, result.alreadySuppressed);
    } else if (!result.rejects.isEmpty()) {
        summary = tr("%1: nothing was imported, because %n row(s) were refused. Fix them and import the file again.",
                     nullptr, int(result.rejects.size())).arg(fileName);
    } else {
        summary = tr("%1: nothing was imported. %2").arg(fileName, result.failure.message);
    }
    auto *label = new QLabel(summary, this);
    label->setObjectName(QStringLiteral("importSummary"));
    label->setWordWrap(true);
    layout->addWidget(label);

    const QList<CsvReject> rows = result.rejects.isEmpty() ? result.skipped : result.rejects;
    if (!rows.isEmpty()) {
        auto *table = new QTableWidget(int(rows.size()), 3, this);
        table->setObjectName(QStringLiteral("importRejects"));
        table->setAccessibleName(result.rejects.isEmpty() ? tr("Skipped rows") : tr("Refused rows"));
        table->setHorizontalHeaderLabels({tr("Line"), tr("Input"), tr("Reason")});
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setStretchLastSection(true);
        for (int row = 0; row < rows.size(); ++row) {
            table->setItem(row, 0, new QTableWidgetItem(QString::number(rows[row].line)));
            table->setItem(row, 1, new QTableWidgetItem(rows[row].input));
            table->setItem(row, 2, new QTableWidgetItem(rows[row].reason));
        }
        table->resizeColumnsToContents();
        layout->addWidget(table, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace wag
