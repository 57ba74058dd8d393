-- Supervision's buck-passing and petition queries (complaints handed over repeatedly, collective
-- petitions, in scope) and the assessment's
-- period counts (every measure of lib/data/assessment-measures.ts, grouped by area, street and
-- district) at city scale: measured in docs/decisions/043.

-- CreateIndex
CREATE INDEX "Complaint_streetId_handOverCount_id_idx" ON "Complaint"("streetId", "handOverCount", "id");

-- CreateIndex
CREATE INDEX "Complaint_districtId_handOverCount_id_idx" ON "Complaint"("districtId", "handOverCount", "id");

-- CreateIndex
CREATE INDEX "Complaint_handOverCount_id_idx" ON "Complaint"("handOverCount", "id");

-- CreateIndex
CREATE INDEX "Complaint_streetId_isPetition_id_idx" ON "Complaint"("streetId", "isPetition", "id");

-- CreateIndex
CREATE INDEX "Complaint_districtId_isPetition_id_idx" ON "Complaint"("districtId", "isPetition", "id");

-- CreateIndex
CREATE INDEX "Complaint_isPetition_id_idx" ON "Complaint"("isPetition", "id");

-- CreateIndex
CREATE INDEX "Complaint_assessment_idx" ON "Complaint"("receivedAt", "status", "districtId", "streetId", "areaId", "handledAt", "handledOnTime", "satisfaction", "handOverCount");

-- CreateIndex
CREATE INDEX "ReferralEvent_kind_referralId_idx" ON "ReferralEvent"("kind", "referralId");

-- CreateIndex
CREATE INDEX "Escalation_status_disputeId_idx" ON "Escalation"("status", "disputeId");
