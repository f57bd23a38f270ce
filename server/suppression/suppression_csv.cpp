#include "suppression_csv.h"

#include <QStringDecoder>

namespace wag {

namespace {

// Characters as people count them: a surrogate pair (an emoji, say) is one.
qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Reject messages quote the record, one reject per line of output: only its first line
// (a quoted field may span lines, an unterminated quote takes the rest of the file) and
// not a 5,000-character field in full.
QString shortened(const QString &text)
{
    constexpr qsizetype kMax = 120;
    qsizetype end = 0;
    while (end < text.size() && end < kMax && !isLineEnd(text.at(end)))
        ++end;
    return end == text.size() ? text : text.left(end) + QStringLiteral("...");
}

bool startsWithFormulaAfterApostrophes(const QString &value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == u'\'')
        ++i;
    if (i >= value.size())
        return false;
    const QChar c = value.at(i);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@';
}

} // namespace

CsvDocument parseCsv(const QByteArray &data, const CsvLimits &limits)
{
    CsvDocument document;
    if (data.size() > limits.maxBytes) {
        document.failure = Failure{QStringLiteral("file_too_large"),
                                   QStringLiteral("The file has %1 bytes; at most %2 are allowed.")
                                       .arg(data.size())
                                       .arg(limits.maxBytes)};
        return document;
    }
    // The default decoder skips an initial BOM, which is all "optional BOM" needs.
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        document.failure = Failure{QStringLiteral("invalid_csv"),
                                   QStringLiteral("The file is not valid UTF-8.")};
        return document;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int line = 1;
    while (pos < n) {
        CsvRecord record;
        record.line = line;
        const qsizetype start = pos;
        State state = State::FieldStart;
        QString field;
        auto endField = [&] {
            if (record.error.isEmpty() && codePoints(field) > limits.maxFieldChars)
                record.error = QStringLiteral("field %1 is longer than %2 characters")
                                   .arg(record.fields.size() + 1)
                                   .arg(limits.maxFieldChars);
            record.fields.append(field);
            field.clear();
        };
        bool ended = false; // the record reached its line end (or the end of the text)
        while (!ended && record.error.isEmpty()) {
            if (pos >= n) {
                if (state == State::Quoted)
                    record.error = QStringLiteral("unterminated quoted field");
                else
                    endField();
                ended = true;
                break;
            }
            const QChar c = text.at(pos);
            switch (state) {
            case State::FieldStart:
            case State::Unquoted:
                if (c == u',') {
                    endField();
                    state = State::FieldStart;
                    ++pos;
                } else if (isLineEnd(c)) {
                    endField();
                    ended = true;
                } else if (c == u'"') {
                    if (state == State::FieldStart) {
                        state = State::Quoted;
                        ++pos;
                    } else {
                        record.error = QStringLiteral("quote inside an unquoted field");
                    }
                } else {
                    field.append(c);
                    state = State::Unquoted;
                    ++pos;
                }
                break;
            case State::Quoted:
                if (c == u'"') {
                    if (pos + 1 < n && text.at(pos + 1) == u'"') {
                        field.append(u'"');
                        pos += 2;
                    } else {
                        state = State::AfterQuote;
                        ++pos;
                    }
                } else {
                    // A line break inside quotes belongs to the field but still moves the
                    // line numbers people see in their editor.
                    if (c == u'\n' || (c == u'\r' && !(pos + 1 < n && text.at(pos + 1) == u'\n')))
                        ++line;
                    field.append(c);
                    ++pos;
                }
                break;
            case State::AfterQuote:
                if (c == u',') {
                    endField();
                    state = State::FieldStart;
                    ++pos;
                } else if (isLineEnd(c)) {
                    endField();
                    ended = true;
                } else {
                    record.error = QStringLiteral("text after a closing quote");
                }
                break;
            }
        }
        // After an error the rest of the physical line is part of this (bad) record; an
        // unterminated quote has already consumed the whole rest of the text.
        while (pos < n && !isLineEnd(text.at(pos)))
            ++pos;
        record.text = text.mid(start, pos - start);
        if (pos < n) {
            pos += (text.at(pos) == u'\r' && pos + 1 < n && text.at(pos + 1) == u'\n') ? 2 : 1;
            ++line;
        }
        if (record.text.isEmpty())
            continue; // an empty line
        document.records.append(std::move(record));
    }
    return document;
}

QString csvField(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\r')
        || value.contains(u'\n');
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvRecord(const QStringList &fields)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString &field : fields)
        written.append(csvField(field));
    return written.join(u',') + QStringLiteral("\r\n");
}

QString defuseFormula(const QString &value)
{
    return startsWithFormulaAfterApostrophes(value) ? u'\'' + value : value;
}

QString undoFormulaDefusing(const QString &value)
{
    // Only what defuseFormula() produces (one or more apostrophes before a formula
    // character) loses an apostrophe; "'hello" stays as written.
    if (value.startsWith(u'\'') && startsWithFormulaAfterApostrophes(value))
        return value.mid(1);
    return value;
}

SuppressionCsvRows readSuppressionCsv(const QByteArray &data, const CsvLimits &limits)
{
    SuppressionCsvRows result;
    CsvDocument document = parseCsv(data, limits);
    if (document.failure) {
        result.failure = document.failure;
        return result;
    }
    if (document.records.isEmpty()) {
        result.rejects.append({1, QString(),
                               QStringLiteral("the file is empty; a header row with a \"phone\" "
                                              "column is required")});
        return result;
    }
    if (document.records.size() - 1 > limits.maxRows) {
        result.failure = Failure{QStringLiteral("too_many_rows"),
                                 QStringLiteral("The file has %1 rows; at most %2 are allowed.")
                                     .arg(document.records.size() - 1)
                                     .arg(limits.maxRows)};
        return result;
    }

    const CsvRecord &header = document.records.constFirst();
    if (!header.error.isEmpty()) {
        result.rejects.append({header.line, shortened(header.text), header.error});
        return result;
    }
    qsizetype phoneColumn = -1;
    qsizetype noteColumn = -1;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name == u"phone" && phoneColumn < 0)
            phoneColumn = i;
        else if (name == u"note" && noteColumn < 0)
            noteColumn = i;
    }
    if (phoneColumn < 0) {
        result.rejects.append({header.line, shortened(header.text),
                               QStringLiteral("the header row has no \"phone\" column")});
        return result;
    }

    for (qsizetype r = 1; r < document.records.size(); ++r) {
        const CsvRecord &record = document.records.at(r);
        const QString input = shortened(record.text);
        if (!record.error.isEmpty()) {
            result.rejects.append({record.line, input, record.error});
            continue;
        }
        if (record.fields.size() != header.fields.size()) {
            result.rejects.append({record.line, input,
                                   QStringLiteral("expected %1 fields, found %2")
                                       .arg(header.fields.size())
                                       .arg(record.fields.size())});
            continue;
        }
        SuppressionCsvRow row;
        row.line = record.line;
        row.input = input;
        row.phone = record.fields.at(phoneColumn).trimmed();
        if (noteColumn >= 0)
            row.note = undoFormulaDefusing(record.fields.at(noteColumn));
        if (row.phone.isEmpty()) {
            result.rejects.append({record.line, input, QStringLiteral("the phone is empty")});
            continue;
        }
        result.rows.append(std::move(row));
    }
    return result;
}

QStringList suppressionCsvHeader()
{
    return {QStringLiteral("phone"),      QStringLiteral("reason"),     QStringLiteral("note"),
            QStringLiteral("source"),     QStringLiteral("created_by"), QStringLiteral("created_at")};
}

QByteArray writeSuppressionCsv(const QList<SuppressionRecord> &records)
{
    QString text = csvRecord(suppressionCsvHeader());
    for (const SuppressionRecord &record : records) {
        // The phone is E.164 ("+" and digits only, normalized before it was stored): a
        // spreadsheet reads "+4915..." as a number, never as a formula, so it is written
        // as it is; an apostrophe would break re-import and every other consumer. The
        // reason and time are our own fixed formats. Note, source and created_by are free
        // text somebody typed (or an opt-out arrived with), so they are defused.
        text += csvRecord({record.phone, suppressionReasonName(record.reason),
                           defuseFormula(record.note), defuseFormula(record.source),
                           defuseFormula(record.createdBy),
                           record.createdAt.isValid()
                               ? record.createdAt.toUTC().toString(Qt::ISODate)
                               : QString()});
    }
    return text.toUtf8();
}

} // namespace wag
