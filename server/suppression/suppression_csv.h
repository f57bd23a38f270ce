#pragma once

#include "core/result.h"
#include "storage/suppression_store.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wag {

// Upper bounds of a suppression CSV import. A file is read whole and validated before
// anything is written, so these keep one import's memory and transaction small; the row
// and size limits are parameters so tests can check their edges with small numbers.
inline constexpr qint64 kCsvMaxBytes = 5 * 1024 * 1024; // 5 MiB, the file as read
inline constexpr int kCsvMaxRows = 100'000; // data rows, the header not counted
inline constexpr int kCsvMaxFieldChars = 1024; // Unicode characters (code points)

struct CsvLimits
{
    qint64 maxBytes = kCsvMaxBytes;
    int maxRows = kCsvMaxRows;
    int maxFieldChars = kCsvMaxFieldChars;
};

// One record (line) of a CSV file as read. `line` is the 1-based line it starts on (a
// quoted field may span lines), `text` the raw record without its line ending. A
// malformed record has `error` set and whatever fields were read before the problem.
struct CsvRecord
{
    int line = 0;
    QString text;
    QStringList fields;
    QString error;
};

struct CsvDocument
{
    QList<CsvRecord> records; // empty lines are skipped
    std::optional<Failure> failure; // the file as a whole is unusable (too large, not UTF-8)
};

// RFC 4180: fields separated by commas, optionally enclosed in double quotes ("" inside
// quotes is one quote), records ended by CRLF, LF or a lone CR; UTF-8 with an optional
// BOM. Stricter than many readers on purpose: a quote inside an unquoted field, text after
// a closing quote, an unterminated quote and a field longer than maxFieldChars make the
// record malformed instead of being guessed at. maxBytes is checked; maxRows is not (the
// reader does not know whether there is a header).
CsvDocument parseCsv(const QByteArray &data, const CsvLimits &limits = {});

// A field as written: enclosed in quotes (with inner quotes doubled) only when it contains
// a comma, a quote, CR or LF.
QString csvField(const QString &value);
// The fields joined by commas, ended by CRLF (RFC 4180's line end).
QString csvRecord(const QStringList &fields);

// Spreadsheets run a cell starting with '=', '+', '-' or '@' as a formula (CSV/formula
// injection), so free-text fields get a leading apostrophe, which makes them text. To keep
// export -> import exact, values that already start with apostrophes followed by one of
// those characters get one more, and undoFormulaDefusing() removes exactly one.
QString defuseFormula(const QString &value);
QString undoFormulaDefusing(const QString &value);

// A problem with one line of an import: what the line said and why it was refused.
struct CsvReject
{
    int line = 0;
    QString input;
    QString reason;
};

// A data row of a suppression import: the phone as written (not yet normalized).
struct SuppressionCsvRow
{
    int line = 0;
    QString input;
    QString phone;
    QString note;
};

struct SuppressionCsvRows
{
    QList<SuppressionCsvRow> rows;
    QList<CsvReject> rejects; // malformed rows, a header without "phone", ...
    std::optional<Failure> failure; // a limit of the whole file was exceeded
};

// The suppression-specific layer over parseCsv(): the first record is the header, which
// must name a "phone" column (any case, any order); "note" is optional and every other
// column is ignored. Each data row must have as many fields as the header.
SuppressionCsvRows readSuppressionCsv(const QByteArray &data, const CsvLimits &limits = {});

// The export columns, in order.
QStringList suppressionCsvHeader();
// A whole export: header plus one row per record, UTF-8 without BOM, CRLF line ends.
QByteArray writeSuppressionCsv(const QList<SuppressionRecord> &records);

} // namespace wag
