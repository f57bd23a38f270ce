#include "store_fixture.h"

#include <QTest>

namespace wag::test {

bool StoreFixture::openDatabase()
{
    m_temp = std::make_unique<TempDatabase>(m_clock);
    return QTest::qVerify(m_temp->ok(), "m_temp->ok()", qPrintable(m_temp->error()), __FILE__,
                          __LINE__);
}

} // namespace wag::test
