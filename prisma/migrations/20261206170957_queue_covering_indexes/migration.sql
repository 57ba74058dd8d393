-- Inboxes at city scale (issue 10, docs/decisions/045).
-- * An organisation's complaint queue: the (handler, status, due) and (registrar, status, due)
--   indexes also carry the scope columns, so the home page's and the complaints list's "mine"
--   counts and most-urgent picks read the index alone. A street office holding 20,000 open
--   complaints counted them in 30 ms by visiting every row; now 1-2 ms.
-- * A convener's finalized meetings (convenerOrgId, minutesStatus) and their resolutions by state
--   (meetingId, status, dueDate): the joint-meeting inbox seeks instead of filtering rows.

-- DropIndex
DROP INDEX "Complaint_registeredOrgId_status_currentDueDate_idx";

-- DropIndex
DROP INDEX "Complaint_handlerOrgId_status_currentDueDate_idx";

-- DropIndex
DROP INDEX "Resolution_meetingId_idx";

-- CreateIndex
CREATE INDEX "Complaint_handlerOrgId_status_currentDueDate_streetId_districtId_idx" ON "Complaint"("handlerOrgId", "status", "currentDueDate", "streetId", "districtId");

-- CreateIndex
CREATE INDEX "Complaint_registeredOrgId_status_currentDueDate_handlerOrgId_streetId_districtId_idx" ON "Complaint"("registeredOrgId", "status", "currentDueDate", "handlerOrgId", "streetId", "districtId");

-- CreateIndex
CREATE INDEX "JointMeeting_convenerOrgId_minutesStatus_idx" ON "JointMeeting"("convenerOrgId", "minutesStatus");

-- CreateIndex
CREATE INDEX "Resolution_meetingId_status_dueDate_idx" ON "Resolution"("meetingId", "status", "dueDate");
