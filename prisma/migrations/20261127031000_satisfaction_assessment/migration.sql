-- CreateTable
CREATE TABLE "ComplaintRating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "complaintId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "method" TEXT,
    "rating" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "reopened" BOOLEAN NOT NULL DEFAULT false,
    "actorUserId" INTEGER,
    "actorOrgId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComplaintRating_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PublicRatingAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ip" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AssessmentPeriod" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "fromDate" TEXT NOT NULL,
    "toDate" TEXT NOT NULL,
    "minVolume" INTEGER NOT NULL DEFAULT 5,
    "threshold" INTEGER NOT NULL DEFAULT 85,
    "createdById" INTEGER NOT NULL,
    "createdByName" TEXT NOT NULL DEFAULT '',
    "createdByOrgId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AssessmentIndicator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "periodId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    CONSTRAINT "AssessmentIndicator_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "AssessmentPeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Commendation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "periodId" INTEGER NOT NULL,
    "orgId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdByName" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Commendation_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "AssessmentPeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Complaint: new columns only (no table rebuild, so the Complaint FTS triggers stay in place).
ALTER TABLE "Complaint" ADD COLUMN "satisfaction" TEXT;
ALTER TABLE "Complaint" ADD COLUMN "satisfactionSource" TEXT;
ALTER TABLE "Complaint" ADD COLUMN "satisfactionAt" DATETIME;
ALTER TABLE "Complaint" ADD COLUMN "residentRatedAt" DATETIME;
ALTER TABLE "Complaint" ADD COLUMN "handledOnTime" BOOLEAN;
ALTER TABLE "Complaint" ADD COLUMN "reopenCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "ComplaintRating_complaintId_id_idx" ON "ComplaintRating"("complaintId", "id");

-- CreateIndex
CREATE INDEX "ComplaintRating_source_at_idx" ON "ComplaintRating"("source", "at");

-- CreateIndex
CREATE INDEX "PublicRatingAttempt_ip_createdAt_idx" ON "PublicRatingAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "PublicRatingAttempt_ref_createdAt_idx" ON "PublicRatingAttempt"("ref", "createdAt");

-- CreateIndex
CREATE INDEX "AssessmentPeriod_fromDate_id_idx" ON "AssessmentPeriod"("fromDate", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentIndicator_periodId_code_key" ON "AssessmentIndicator"("periodId", "code");

-- CreateIndex
CREATE INDEX "Commendation_orgId_idx" ON "Commendation"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Commendation_periodId_orgId_key" ON "Commendation"("periodId", "orgId");

-- Ratings are append-only: a correction is a new rating (docs/decisions/035).
CREATE TRIGGER "ComplaintRating_no_update" BEFORE UPDATE ON "ComplaintRating"
BEGIN SELECT RAISE(ABORT, 'ComplaintRating is append-only'); END;
CREATE TRIGGER "ComplaintRating_no_delete" BEFORE DELETE ON "ComplaintRating"
BEGIN SELECT RAISE(ABORT, 'ComplaintRating is append-only'); END;
