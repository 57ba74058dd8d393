-- The integration API's per-key rate limit counted in the database (docs/decisions/085), so that
-- every app server on this database counts the same calls.

-- CreateTable
CREATE TABLE "ApiRateWindow" (
    "keyId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "windowStart" DATETIME NOT NULL,
    "count" INTEGER NOT NULL,
    "previous" INTEGER NOT NULL
);
