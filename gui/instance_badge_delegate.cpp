#include "instance_badge_delegate.h"

#include <QApplication>
#include <QPainter>

namespace wag {

namespace {

QColor badgeColor(const QString &kind)
{
    if (kind == u"open")
        return QColor(0x1f, 0x8f, 0x5f);
    if (kind == u"connecting")
        return QColor(0xc7, 0x7c, 0x02);
    if (kind == u"close")
        return QColor(0x9e, 0x9e, 0x9e);
    if (kind == u"paused")
        return QColor(0xb0, 0x00, 0x20);
    return QColor(0x3f, 0x51, 0xb5); // demo
}

} // namespace

QString InstanceBadgeDelegate::badgeText(const QString &kind)
{
    if (kind == u"open")
        return tr("open");
    if (kind == u"connecting")
        return tr("connecting");
    if (kind == u"close")
        return tr("closed");
    if (kind == u"paused")
        return tr("Paused");
    if (kind == u"demo")
        return tr("Demo");
    return kind;
}

void InstanceBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    QFont nameFont = opt.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    const QRect area = opt.rect.adjusted(8, 4, -8, -4);
    const int nameWidth = QFontMetrics(nameFont).horizontalAdvance(name);
    painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeading, name);

    QFont badgeFont = opt.font;
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    painter->setFont(badgeFont);
    const QFontMetrics metrics(badgeFont);
    const bool rtl = opt.direction == Qt::RightToLeft;
    int x = rtl ? area.right() - nameWidth - 10 : area.left() + nameWidth + 10;
    for (const QString &kind : index.data(InstanceBadgesRole).toStringList()) {
        const QString text = badgeText(kind);
        const int w = metrics.horizontalAdvance(text) + 12;
        const int h = metrics.height() + 4;
        QRect pill(rtl ? x - w : x, area.center().y() - h / 2, w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColor(kind));
        painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, text);
        x += rtl ? -(w + 6) : w + 6;
    }
    painter->restore();
}

QSize InstanceBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 16));
    return size;
}

} // namespace wag
