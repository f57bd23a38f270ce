#pragma once

#include <QStyledItemDelegate>

namespace wag {

// Roles the instance list keeps besides the name.
enum InstanceListRole {
    InstanceIdRole = Qt::UserRole + 1,
    // QStringList of badge kinds, drawn as coloured pills after the name: "open",
    // "connecting", "close", "demo", "paused".
    InstanceBadgesRole,
};

// Draws an instance row as its name and state pills, so state reads at a glance.
class InstanceBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString badgeText(const QString &kind);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace wag
