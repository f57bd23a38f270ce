#include "instance_picker.h"

#include "instances/instance_service.h"

#include <QSignalBlocker>

namespace wag {

InstancePicker::InstancePicker(InstanceService &instances, Mode mode, QWidget *parent)
    : QComboBox(parent), m_instances(instances), m_mode(mode)
{
    setAccessibleName(tr("Instance"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(14);
    connect(&m_instances, &InstanceService::instanceCreated, this, &InstancePicker::reload);
    connect(&m_instances, &InstanceService::instanceRemoved, this, &InstancePicker::reload);
    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { emit instanceChanged(currentInstanceId()); });
    reload();
}

void InstancePicker::selectInstance(const QString &id)
{
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
}

void InstancePicker::reload()
{
    const QString kept = currentInstanceId();
    {
        const QSignalBlocker quiet(this);
        clear();
        if (m_mode == Mode::AllOrOne)
            addItem(tr("All instances"), QString());
        for (const InstanceRecord &instance : m_instances.list())
            addItem(instance.name, instance.id);
        const int index = findData(kept);
        setCurrentIndex(index >= 0 ? index : 0);
    }
    if (currentInstanceId() != kept)
        emit instanceChanged(currentInstanceId());
}

} // namespace wag
