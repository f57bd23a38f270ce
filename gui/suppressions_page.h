#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace wag {

class Engine;

// Suppressed recipients: search and page through the list, add a number with a note,
// remove one, import a CSV file (with a report) and export the whole list.
class SuppressionsPage final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    explicit SuppressionsPage(Engine &engine, QWidget *parent = nullptr);

    void reload();
    void addEntry();
    void removeSelected();
    void importFile(const QString &path);
    void exportTo(const QString &path);
    // Who the list records as having made a change: the person logged in to this computer.
    static QString currentUser();

private:
    void report(const QString &message, bool error);

    Engine &m_engine;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_pageInfo = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    int m_offset = 0;
};

} // namespace wag
