-- DropIndex
DROP INDEX "EnforcementReferral_referringOrgId_status_idx";

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN "stepDueDate" TEXT;

-- AlterTable
ALTER TABLE "Dispute" ADD COLUMN "currentDueDate" TEXT;

-- AlterTable
ALTER TABLE "EnforcementReferral" ADD COLUMN "stepDueDate" TEXT;

-- CreateIndex
CREATE INDEX "Dispute_ownerOrgId_currentDueDate_idx" ON "Dispute"("ownerOrgId", "currentDueDate");

-- CreateIndex
CREATE INDEX "Dispute_currentDueDate_id_idx" ON "Dispute"("currentDueDate", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_referringOrgId_status_currentDueDate_idx" ON "EnforcementReferral"("referringOrgId", "status", "currentDueDate");

-- Backfill (docs/decisions/060): matters already waiting in these states get the default rule's
-- deadline counted from when they entered it, in calendar days (5 working days ≈ 7 calendar
-- days); new steps count working days over the holiday calendar.
UPDATE "Complaint" SET "stepDueDate" = date("handledAt", '+8 hours', '+7 days') WHERE "status" = 'HANDLED' AND "handledAt" IS NOT NULL;
UPDATE "Complaint" SET "stepDueDate" = date("repliedAt", '+8 hours', '+7 days') WHERE "status" = 'REPLIED' AND "repliedAt" IS NOT NULL;
UPDATE "Complaint" SET "stepDueDate" = date("updatedAt", '+8 hours', '+7 days') WHERE "status" IN ('HANDLED', 'REPLIED') AND "stepDueDate" IS NULL;
UPDATE "Complaint" SET "currentDueDate" = "stepDueDate" WHERE "status" IN ('HANDLED', 'REPLIED');
UPDATE "EnforcementReferral" SET "stepDueDate" = date("updatedAt", '+8 hours', '+5 days') WHERE "status" = 'RETURNED';
UPDATE "EnforcementReferral" SET "stepDueDate" = date(COALESCE("outcomeAt", "updatedAt"), '+8 hours', '+7 days') WHERE "status" = 'OUTCOME_REPORTED';
UPDATE "EnforcementReferral" SET "currentDueDate" = "stepDueDate" WHERE "status" IN ('RETURNED', 'OUTCOME_REPORTED');
UPDATE "Dispute" SET "currentDueDate" = date("updatedAt", '+8 hours', '+14 days') WHERE "status" IN ('PENDING_MEETING', 'RETURNED');
UPDATE "Dispute" SET "currentDueDate" = date("updatedAt", '+8 hours', '+7 days') WHERE "status" = 'UNRESOLVED';
UPDATE "Dispute" SET "currentDueDate" = (
  SELECT date(MAX(m."startsAt"), '+8 hours', '+5 days') FROM "AgendaItem" a JOIN "JointMeeting" m ON m."id" = a."meetingId"
  WHERE a."disputeId" = "Dispute"."id" AND m."status" <> 'CANCELLED'
) WHERE "status" = 'SCHEDULED';
