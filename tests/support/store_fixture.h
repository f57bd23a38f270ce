#pragma once

#include "core/clock.h"
#include "storage/database.h"
#include "support/temp_database.h"

#include <memory>

namespace wag::test {

// What the store tests start from: a ManualClock and a fresh, migrated database stamped
// by it. A test class derives from it next to QObject and opens the database in init()
// (a fresh file per test) or initTestCase() (one file shared by the tests in order).
class StoreFixture
{
protected:
    // Records a test failure (with the reason) if the database could not be made; false
    // then, so an init() with more to do can stop there.
    bool openDatabase();
    void closeDatabase() { m_temp.reset(); }

    Database &db() const { return m_temp->db(); }

    ManualClock m_clock;

private:
    std::unique_ptr<TempDatabase> m_temp;
};

} // namespace wag::test
