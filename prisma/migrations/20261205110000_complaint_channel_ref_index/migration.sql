-- The ledger import (docs/decisions/046) checks a file's channel references against every
-- complaint of the city: an index, not a scan of the whole table per batch.

-- CreateIndex
CREATE INDEX "Complaint_channelRef_idx" ON "Complaint"("channelRef");
