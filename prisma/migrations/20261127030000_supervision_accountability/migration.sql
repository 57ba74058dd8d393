-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN "isPetition" BOOLEAN;
ALTER TABLE "Complaint" ADD COLUMN "petitionHeadcount" INTEGER;

-- CreateTable
CREATE TABLE "AccountabilityRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ref" TEXT NOT NULL,
    "subjectOrgId" INTEGER NOT NULL,
    "scopeDistrictId" INTEGER,
    "openedByOrgId" INTEGER NOT NULL,
    "openedById" INTEGER NOT NULL,
    "openedByName" TEXT NOT NULL,
    "failure" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AccountabilityMatter" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recordId" INTEGER NOT NULL,
    "matterType" TEXT NOT NULL,
    "matterId" INTEGER NOT NULL,
    "ref" TEXT NOT NULL,
    CONSTRAINT "AccountabilityMatter_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "AccountabilityRecord" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccountabilityPerson" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recordId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    CONSTRAINT "AccountabilityPerson_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "AccountabilityRecord" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccountabilityExplanation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recordId" INTEGER NOT NULL,
    "orgId" INTEGER NOT NULL,
    "authorUserId" INTEGER NOT NULL,
    "authorName" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AccountabilityExplanation_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "AccountabilityRecord" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccountabilityEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recordId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "field" TEXT,
    "text" TEXT NOT NULL DEFAULT '',
    "actorUserId" INTEGER NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorOrgId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AccountabilityEvent_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "AccountabilityRecord" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountabilityRecord_ref_key" ON "AccountabilityRecord"("ref");

-- CreateIndex
CREATE INDEX "AccountabilityRecord_subjectOrgId_id_idx" ON "AccountabilityRecord"("subjectOrgId", "id");

-- CreateIndex
CREATE INDEX "AccountabilityRecord_scopeDistrictId_id_idx" ON "AccountabilityRecord"("scopeDistrictId", "id");

-- CreateIndex
CREATE INDEX "AccountabilityRecord_openedByOrgId_id_idx" ON "AccountabilityRecord"("openedByOrgId", "id");

-- CreateIndex
CREATE INDEX "AccountabilityRecord_failure_id_idx" ON "AccountabilityRecord"("failure", "id");

-- CreateIndex
CREATE INDEX "AccountabilityMatter_matterType_matterId_idx" ON "AccountabilityMatter"("matterType", "matterId");

-- CreateIndex
CREATE UNIQUE INDEX "AccountabilityMatter_recordId_matterType_matterId_key" ON "AccountabilityMatter"("recordId", "matterType", "matterId");

-- CreateIndex
CREATE INDEX "AccountabilityPerson_recordId_idx" ON "AccountabilityPerson"("recordId");

-- CreateIndex
CREATE INDEX "AccountabilityExplanation_recordId_id_idx" ON "AccountabilityExplanation"("recordId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AccountabilityEvent_recordId_seq_key" ON "AccountabilityEvent"("recordId", "seq");

-- Accountability records are never deleted and never changed: status changes are new history
-- rows, corrections are amendments (docs/decisions/032).
CREATE TRIGGER "AccountabilityRecord_no_update" BEFORE UPDATE ON "AccountabilityRecord"
BEGIN SELECT RAISE(ABORT, 'AccountabilityRecord is append-only'); END;
CREATE TRIGGER "AccountabilityRecord_no_delete" BEFORE DELETE ON "AccountabilityRecord"
BEGIN SELECT RAISE(ABORT, 'AccountabilityRecord is append-only'); END;
CREATE TRIGGER "AccountabilityMatter_no_update" BEFORE UPDATE ON "AccountabilityMatter"
BEGIN SELECT RAISE(ABORT, 'AccountabilityMatter is append-only'); END;
CREATE TRIGGER "AccountabilityMatter_no_delete" BEFORE DELETE ON "AccountabilityMatter"
BEGIN SELECT RAISE(ABORT, 'AccountabilityMatter is append-only'); END;
CREATE TRIGGER "AccountabilityPerson_no_update" BEFORE UPDATE ON "AccountabilityPerson"
BEGIN SELECT RAISE(ABORT, 'AccountabilityPerson is append-only'); END;
CREATE TRIGGER "AccountabilityPerson_no_delete" BEFORE DELETE ON "AccountabilityPerson"
BEGIN SELECT RAISE(ABORT, 'AccountabilityPerson is append-only'); END;
CREATE TRIGGER "AccountabilityExplanation_no_update" BEFORE UPDATE ON "AccountabilityExplanation"
BEGIN SELECT RAISE(ABORT, 'AccountabilityExplanation is append-only'); END;
CREATE TRIGGER "AccountabilityExplanation_no_delete" BEFORE DELETE ON "AccountabilityExplanation"
BEGIN SELECT RAISE(ABORT, 'AccountabilityExplanation is append-only'); END;
CREATE TRIGGER "AccountabilityEvent_no_update" BEFORE UPDATE ON "AccountabilityEvent"
BEGIN SELECT RAISE(ABORT, 'AccountabilityEvent is append-only'); END;
CREATE TRIGGER "AccountabilityEvent_no_delete" BEFORE DELETE ON "AccountabilityEvent"
BEGIN SELECT RAISE(ABORT, 'AccountabilityEvent is append-only'); END;
