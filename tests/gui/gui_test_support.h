#pragma once

// What the GUI tests share: a real engine (simulator provider, temporary data folder,
// keychain off, an ephemeral loopback port) and helpers for the dialogs the window opens.
#include "engine.h"
#include "support/serving_engine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace wag::test {

class GuiEngine
{
public:
    // Opens (and with `serve`, starts) the engine; the reason on failure. `settings` adds to
    // or replaces the defaults (say {"keychain", "auto"} or the Evolution provider's).
    QString open(bool serve = true, const QMap<QString, QString> &settings = {})
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        return openTestEngine(m_dir.path(), nullptr, serve, settings, m_engine);
    }

    Engine &operator*() const { return *m_engine; }
    Engine *operator->() const { return m_engine.get(); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
};

// Answers the next QMessageBox (a blocking confirmation) with `button`, from inside its
// own event loop.
inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        box->button(button)->click();
    });
    poll->start();
}

// Every text a person could read in `root`: labels, line edits, table cells, window titles.
inline QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets << root;
    for (QWidget *w : widgets) {
        texts << w->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->text();
        if (auto *table = qobject_cast<QTableWidget *>(w)) {
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (table->item(r, c))
                        texts << table->item(r, c)->text() << table->item(r, c)->toolTip();
        }
    }
    return texts;
}

inline bool anyTextContains(QWidget *root, const QString &needle)
{
    for (const QString &text : visibleTexts(root))
        if (text.contains(needle))
            return true;
    return false;
}

} // namespace wag::test
