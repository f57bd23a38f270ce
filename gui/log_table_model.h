#pragma once

#include "logs/log_page_request.h"

#include <QAbstractTableModel>
#include <QHash>

namespace wag {

class Engine;

// What the inbound log, the message log and the policy events share: a filter, paging on
// demand (canFetchMore/fetchMore, so a view of a million rows reads only what it shows),
// masked phone numbers with a reveal switch, and instance names for ids. Subclasses hold
// the rows and read pages from their log service.
class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    explicit LogTableModel(Engine &engine, QObject *parent = nullptr);

    // Drops the rows and reads the newest page that matches.
    void setFilter(const LogPageRequest &filter);
    const LogPageRequest &filter() const { return m_filter; }
    void setPhonesRevealed(bool revealed);
    bool phonesRevealed() const { return m_phonesRevealed; }
    // Connects to the services that announce new rows; they exist only while the gateway
    // serves, so the window calls this again when it starts. Safe to call repeatedly.
    virtual void attachLiveSources() { }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    // Reads the page starting before `beforeId` (0: the newest) into the end of the rows,
    // between beginInsertRows/endInsertRows; returns where the next page starts (0: none).
    virtual qint64 appendPage(const LogPageRequest &request) = 0;
    virtual void clearRows() = 0;
    virtual int storedRows() const = 0;
    // The columns showing phone numbers, repainted when the reveal switch changes.
    virtual QList<int> phoneColumns() const = 0;

    QString phoneText(const QString &phone) const;
    QString instanceName(const QString &instanceId) const;
    QString timeText(const QDateTime &time) const;
    Engine &engine() const { return m_engine; }

private:
    void reloadInstanceNames();

    Engine &m_engine;
    LogPageRequest m_filter;
    bool m_phonesRevealed = false;
    bool m_more = true;
    qint64 m_nextBeforeId = 0;
    QHash<QString, QString> m_instanceNames; // painting asks for every cell: no query per cell
};

} // namespace wag
