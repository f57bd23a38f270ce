#pragma once

#include <QDialog>

namespace wag {

struct SuppressionImport;

// What a CSV import did: how many rows were added, and every refused or skipped row with
// its line and reason, so the file can be fixed and imported again.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const QString &fileName, const SuppressionImport &result, QWidget *parent);
};

} // namespace wag
