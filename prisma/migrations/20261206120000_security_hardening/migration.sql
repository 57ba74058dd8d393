-- Issue 11 (docs/decisions/050–059): sign-in throttling per address, per name and per device
-- (progressive delay), the change-password form's current-password checks, pruning of attempt
-- tables, the per-user upload quota, the audit log's hash chain and form-submission keys.

-- Sign-in attempts: which kind, refused by the delay or not, and the browser's device id.
ALTER TABLE "SignInAttempt" ADD COLUMN "throttled" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "SignInAttempt" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'signIn';
ALTER TABLE "SignInAttempt" ADD COLUMN "device" TEXT NOT NULL DEFAULT '';
CREATE INDEX "SignInAttempt_ip_createdAt_idx" ON "SignInAttempt"("ip", "createdAt");
CREATE INDEX "SignInAttempt_device_createdAt_idx" ON "SignInAttempt"("device", "createdAt");
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");

-- Public rating look-ups are pruned by age.
CREATE INDEX "PublicRatingAttempt_createdAt_idx" ON "PublicRatingAttempt"("createdAt");

-- The upload quota sums a user's recent uploads.
CREATE INDEX "Attachment_uploadedById_createdAt_idx" ON "Attachment"("uploadedById", "createdAt");

-- The audit log's hash chain. Rows written before this migration keep "" (the chain begins after
-- them); the append-only triggers of the foundation migration stay as they are.
ALTER TABLE "AuditLog" ADD COLUMN "hash" TEXT NOT NULL DEFAULT '';

-- Idempotency keys of form submissions.
CREATE TABLE "FormSubmission" (
    "userId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "key")
);
CREATE INDEX "FormSubmission_createdAt_idx" ON "FormSubmission"("createdAt");
