#include "first_run_wizard.h"

#include "engine.h"
#include "first_run_pages.h"
#include "accounts/user_service.h"
#include "instances/instance_service.h"

namespace wag {

FirstRunWizard::FirstRunWizard(Engine &engine, QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up WhatsApp Gateway"));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(560, 520);
    setPage(ProviderPageId, new ProviderPage(engine, this));
    setPage(UserPageId, new UserPage(engine));
    setPage(InstancePageId, new InstancePage(engine, this));
    setPage(QrPageId, new QrPage(engine, this));
    setStartId(ProviderPageId);
}

bool FirstRunWizard::isNeeded(Engine &engine)
{
    return engine.users().count() == 0 && engine.instances().list().isEmpty();
}

} // namespace wag
