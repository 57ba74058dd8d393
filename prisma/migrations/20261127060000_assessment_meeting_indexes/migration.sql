-- The assessment's joint-meeting measures at city scale (lib/data/assessment.ts meetingCounts):
-- resolutions falling due in a period are read from a covering range on the due date, and the
-- organisations signed in at the period's meetings from (meetingId, orgId) pairs (docs/decisions/043).

-- DropIndex
DROP INDEX "Attendance_meetingId_idx";

-- CreateIndex
CREATE INDEX "Attendance_meetingId_orgId_idx" ON "Attendance"("meetingId", "orgId");

-- CreateIndex
CREATE INDEX "Resolution_dueDate_responsibleOrgId_doneAt_idx" ON "Resolution"("dueDate", "responsibleOrgId", "doneAt");
