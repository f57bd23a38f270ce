#pragma once

#include <QString>
#include <QStringList>

namespace wag {

// The `message_purpose` values of the send API (SPEC §5.1). Names are part of the API
// contract, so they are compared exactly: "Transactional" is not a purpose.

// transactional, operational, support, internal_team, authentication — in the order the
// API lists them in `details.allowed`.
QStringList allowedPurposes();

// Purposes callers commonly send that are refused by name: marketing, promotion,
// cold_outreach, bulk_campaign, political, unknown. Anything not allowed is refused too;
// this list only lets the log and the GUI tell "refused on purpose" from "misspelt".
QStringList refusedPurposes();

bool isAllowedPurpose(const QString &purpose);

} // namespace wag
