#pragma once

// The window masks numbers as the portal does: one rule, in the server library.
#include "core/screen_phone_mask.h"
