#include "suppression_service.h"

#include "core/clock.h"
#include "core/phone_number.h"
#include "storage/database.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>

#include <limits>

namespace wag {

SuppressionService::SuppressionService(Database &database, const Clock &clock, QString defaultRegion,
                                       QObject *parent)
    : QObject(parent), m_database(database), m_store(database), m_clock(clock), m_defaultRegion(std::move(defaultRegion))
{
}

Result<QString> SuppressionService::normalize(const QString &phone) const
{
    const PhoneParse parsed = normalizePhone(phone, m_defaultRegion);
    if (!parsed.ok())
        return Result<QString>::fail(QStringLiteral("invalid_phone"),
                                     QStringLiteral("%1: %2").arg(phone, parsed.error));
    return parsed.e164;
}

Result<SuppressionRecord> SuppressionService::suppress(const QString &phone, const QString &note,
                                                       const QString &who)
{
    const Result<QString> e164 = normalize(phone);
    if (!e164)
        return Result<SuppressionRecord>(e164.failure());
    if (const auto existing = m_store.find(e164.value()))
        return Result<SuppressionRecord>::fail(QStringLiteral("already_suppressed"),
                                               QStringLiteral("%1 is already suppressed (%2).")
                                                   .arg(e164.value(), suppressionReasonName(existing->reason)));
    SuppressionRecord record;
    record.phone = e164.value();
    record.reason = SuppressionReason::Manual;
    record.source = QStringLiteral("admin");
    record.note = note;
    record.createdBy = who;
    record.createdAt = m_clock.now();
    if (const Status s = m_store.add(record); !s.ok())
        return Result<SuppressionRecord>(s.failure());
    emit suppressionChanged(record.phone, true);
    return record;
}

Status SuppressionService::unsuppress(const QString &phone)
{
    const Result<QString> e164 = normalize(phone);
    if (!e164)
        return Status(e164.failure());
    const Status s = m_store.remove(e164.value());
    if (!s.ok()) {
        if (s.failure().code == QLatin1String(kStorageNotFound))
            return Status::fail(QStringLiteral("not_found"),
                                QStringLiteral("%1 is not on the suppression list.").arg(e164.value()));
        return s;
    }
    emit suppressionChanged(e164.value(), false);
    return succeeded();
}

bool SuppressionService::isSuppressed(const QString &e164) const
{
    return m_store.contains(e164);
}

std::optional<SuppressionRecord> SuppressionService::find(const QString &phone) const
{
    const Result<QString> e164 = normalize(phone);
    return e164 ? m_store.find(e164.value()) : std::nullopt;
}

Result<QList<SuppressionRecord>> SuppressionService::search(const QString &query, int limit,
                                                            int offset) const
{
    if (limit < 1 || offset < 0)
        return Result<QList<SuppressionRecord>>::fail(
            QStringLiteral("invalid_paging"),
            QStringLiteral("limit must be at least 1 and offset at least 0."));
    // Trimmed because a search box easily picks up a space; the store escapes wildcards.
    return m_store.page(query.trimmed(), limit, offset);
}

int SuppressionService::count(const QString &query) const
{
    return m_store.count(query.trimmed());
}

SuppressionImport SuppressionService::importCsv(const QByteArray &data, const QString &who,
                                                const CsvLimits &limits)
{
    SuppressionImport result;
    SuppressionCsvRows parsed = readSuppressionCsv(data, limits);
    if (parsed.failure) {
        result.failure = *parsed.failure;
        return result;
    }
    result.rejects = std::move(parsed.rejects);

    // Everything is checked before anything is written, so a file with one typo changes
    // nothing and the admin can fix every listed line in one go.
    struct Valid
    {
        const SuppressionCsvRow *row;
        QString e164;
    };
    QList<Valid> valid;
    valid.reserve(parsed.rows.size());
    for (const SuppressionCsvRow &row : std::as_const(parsed.rows)) {
        const PhoneParse phone = normalizePhone(row.phone, m_defaultRegion);
        if (!phone.ok()) {
            result.rejects.append({row.line, row.input, QStringLiteral("invalid phone number \"%1\": %2")
                                                            .arg(row.phone, phone.error)});
            continue;
        }
        valid.append({&row, phone.e164});
    }
    if (!result.rejects.isEmpty()) {
        std::sort(result.rejects.begin(), result.rejects.end(),
                  [](const CsvReject &a, const CsvReject &b) { return a.line < b.line; });
        result.failure = {QStringLiteral("invalid_csv"),
                          QStringLiteral("%1 row(s) refused; nothing was imported.")
                              .arg(result.rejects.size())};
        return result;
    }

    // One transaction: the whole file or nothing, and BEGIN IMMEDIATE keeps another
    // process from adding a number between the check and the insert.
    const QDateTime now = m_clock.now();
    QStringList added;
    {
        Transaction transaction(m_database);
        if (!transaction.isActive()) {
            result.failure = transaction.status().failure();
            return result;
        }
        for (const Valid &entry : std::as_const(valid)) {
            // Inside the transaction this also sees the rows added a moment ago, so a
            // number listed twice in the file counts as already suppressed the second time.
            const Result<bool> present = m_store.isSuppressed(entry.e164);
            if (!present) {
                result.failure = present.failure();
                return result;
            }
            if (present.value()) {
                ++result.alreadySuppressed;
                result.skipped.append({entry.row->line, entry.row->input,
                                       QStringLiteral("already suppressed")});
                continue;
            }
            SuppressionRecord record;
            record.phone = entry.e164;
            record.reason = SuppressionReason::Import;
            record.source = QStringLiteral("csv import");
            record.note = entry.row->note;
            record.createdBy = who;
            record.createdAt = now;
            if (const Status s = m_store.add(record); !s.ok()) {
                result.failure = s.failure();
                return result;
            }
            added.append(entry.e164);
        }
        if (!transaction.commit()) {
            result.failure = transaction.status().failure();
            return result;
        }
    }
    result.imported = int(added.size());
    for (const QString &e164 : std::as_const(added))
        emit suppressionChanged(e164, true);
    return result;
}

SuppressionImport SuppressionService::importCsvFile(const QString &path, const QString &who,
                                                    const CsvLimits &limits)
{
    SuppressionImport result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.failure = {QStringLiteral("file_unreadable"),
                          QStringLiteral("Cannot read %1: %2").arg(path, file.errorString())};
        return result;
    }
    // Reading one byte past the limit catches files that lie about their size (pipes,
    // files still growing) without reading a huge file whole.
    const QByteArray data = file.read(limits.maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.failure = {QStringLiteral("file_unreadable"),
                          QStringLiteral("Cannot read %1: %2").arg(path, file.errorString())};
        return result;
    }
    return importCsv(data, who, limits);
}

Result<int> SuppressionService::exportCsv(const QString &path) const
{
    const Result<QList<SuppressionRecord>> records
        = m_store.page(QString(), std::numeric_limits<int>::max(), 0);
    if (!records)
        return records.failure();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Result<int>::fail(QStringLiteral("file_unwritable"),
                                 QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    }
    file.write(writeSuppressionCsv(records.value()));
    if (!file.commit()) {
        return Result<int>::fail(QStringLiteral("file_unwritable"),
                                 QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return int(records->size());
}

} // namespace wag
