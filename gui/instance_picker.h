#pragma once

#include <QComboBox>

namespace wag {

class InstanceService;

// A combo box of the instances (name shown, id as data) that follows the instance
// service: created and removed instances appear and vanish, the selection is kept.
// With an "all" entry (id empty) for log filters.
class InstancePicker final : public QComboBox
{
    Q_OBJECT
public:
    enum class Mode { OneInstance, AllOrOne };

    InstancePicker(InstanceService &instances, Mode mode, QWidget *parent = nullptr);

    QString currentInstanceId() const { return currentData().toString(); }
    void selectInstance(const QString &id);
    void reload();

signals:
    void instanceChanged(const QString &id);

private:
    InstanceService &m_instances;
    Mode m_mode;
};

} // namespace wag
