-- CreateTable
CREATE TABLE "Complaint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ref" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "channelRef" TEXT NOT NULL DEFAULT '',
    "receivedAt" DATETIME NOT NULL,
    "residentName" TEXT NOT NULL,
    "residentPhone" TEXT NOT NULL DEFAULT '',
    "areaId" INTEGER NOT NULL,
    "streetId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "aboutOrgId" INTEGER,
    "registeredOrgId" INTEGER NOT NULL,
    "registeredById" INTEGER NOT NULL,
    "handlerOrgId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "handOverCount" INTEGER NOT NULL DEFAULT 0,
    "pressCount" INTEGER NOT NULL DEFAULT 0,
    "acceptDueDate" TEXT NOT NULL,
    "handleDueDate" TEXT,
    "extendedDueDate" TEXT,
    "currentDueDate" TEXT,
    "acceptedAt" DATETIME,
    "notAcceptedReason" TEXT NOT NULL DEFAULT '',
    "extensionStatus" TEXT,
    "extensionDays" INTEGER,
    "extensionReason" TEXT NOT NULL DEFAULT '',
    "extensionRequestedAt" DATETIME,
    "extensionApproverId" INTEGER,
    "extensionApproverName" TEXT NOT NULL DEFAULT '',
    "extensionDecidedAt" DATETIME,
    "proposedOrgId" INTEGER,
    "proposedMode" TEXT,
    "matchedDutyCode" TEXT NOT NULL DEFAULT '',
    "matchedDutyName" TEXT NOT NULL DEFAULT '',
    "matchedPolicyText" TEXT NOT NULL DEFAULT '',
    "suggestedTerms" TEXT NOT NULL DEFAULT '[]',
    "overrideReason" TEXT NOT NULL DEFAULT '',
    "result" TEXT NOT NULL DEFAULT '',
    "handledAt" DATETIME,
    "replyMethod" TEXT,
    "repliedAt" DATETIME,
    "replyNote" TEXT NOT NULL DEFAULT '',
    "closedAt" DATETIME,
    "duplicateOfId" INTEGER,
    "disputeId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Complaint_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ResidentialArea" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Complaint_registeredOrgId_fkey" FOREIGN KEY ("registeredOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Complaint_handlerOrgId_fkey" FOREIGN KEY ("handlerOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Complaint_aboutOrgId_fkey" FOREIGN KEY ("aboutOrgId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Complaint_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Complaint" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComplaintHolder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "complaintId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "orgId" INTEGER NOT NULL,
    "since" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "until" DATETIME,
    "endedAs" TEXT,
    "endReason" TEXT NOT NULL DEFAULT '',
    "overrideReason" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ComplaintHolder_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ComplaintHolder_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComplaintEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "complaintId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "actorUserId" INTEGER,
    "actorOrgId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "actorOrgName" TEXT NOT NULL DEFAULT '',
    "toOrgId" INTEGER,
    "toOrgName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ComplaintEvent_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EnforcementReferral" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ref" TEXT NOT NULL,
    "referringOrgId" INTEGER NOT NULL,
    "referredById" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "streetId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "location" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "departmentOrgId" INTEGER NOT NULL,
    "proposedOrgId" INTEGER,
    "overrideReason" TEXT NOT NULL DEFAULT '',
    "matchedPolicyText" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL,
    "referredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "feedbackDueDate" TEXT NOT NULL,
    "currentDueDate" TEXT,
    "acceptedAt" DATETIME,
    "returnReason" TEXT NOT NULL DEFAULT '',
    "measures" TEXT NOT NULL DEFAULT '',
    "penaltyDecisionNo" TEXT NOT NULL DEFAULT '',
    "outcomeAt" DATETIME,
    "acknowledgedAt" DATETIME,
    "acknowledgeNote" TEXT NOT NULL DEFAULT '',
    "closedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "EnforcementReferral_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ResidentialArea" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EnforcementReferral_referringOrgId_fkey" FOREIGN KEY ("referringOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EnforcementReferral_departmentOrgId_fkey" FOREIGN KEY ("departmentOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReferralEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "referralId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "actorUserId" INTEGER,
    "actorOrgId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "actorOrgName" TEXT NOT NULL DEFAULT '',
    "toOrgId" INTEGER,
    "toOrgName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ReferralEvent_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "EnforcementReferral" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlannedWorks" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ref" TEXT NOT NULL,
    "utilityOrgId" INTEGER NOT NULL,
    "registeredById" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "occupies" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "restoredOn" TEXT,
    "restorationNote" TEXT NOT NULL DEFAULT '',
    "restorationReportedAt" DATETIME,
    "cancelReason" TEXT NOT NULL DEFAULT '',
    "cancelledAt" DATETIME,
    "closedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PlannedWorks_utilityOrgId_fkey" FOREIGN KEY ("utilityOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlannedWorksArea" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "worksId" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "streetId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "communityId" INTEGER NOT NULL,
    "propertyCompanyId" INTEGER,
    "ownersCommitteeId" INTEGER,
    "confirmerOrgId" INTEGER NOT NULL,
    "restoration" TEXT NOT NULL DEFAULT 'PENDING',
    "answerNote" TEXT NOT NULL DEFAULT '',
    "answeredAt" DATETIME,
    "answeredByName" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "PlannedWorksArea_worksId_fkey" FOREIGN KEY ("worksId") REFERENCES "PlannedWorks" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PlannedWorksArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ResidentialArea" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PlannedWorksArea_confirmerOrgId_fkey" FOREIGN KEY ("confirmerOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorksEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "worksId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "actorUserId" INTEGER,
    "actorOrgId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "actorOrgName" TEXT NOT NULL DEFAULT '',
    "areaName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "WorksEvent_worksId_fkey" FOREIGN KEY ("worksId") REFERENCES "PlannedWorks" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Outage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ref" TEXT NOT NULL,
    "utilityOrgId" INTEGER NOT NULL,
    "registeredById" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "startAt" DATETIME NOT NULL,
    "expectedEndAt" DATETIME NOT NULL,
    "actualEndAt" DATETIME,
    "status" TEXT NOT NULL,
    "restoreNote" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Outage_utilityOrgId_fkey" FOREIGN KEY ("utilityOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutageAssistTask" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "outageId" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "streetId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "communityId" INTEGER NOT NULL,
    "propertyCompanyId" INTEGER,
    "ownersCommitteeId" INTEGER,
    "assigneeOrgId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "confirmNote" TEXT NOT NULL DEFAULT '',
    "confirmedAt" DATETIME,
    "confirmedByName" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "OutageAssistTask_outageId_fkey" FOREIGN KEY ("outageId") REFERENCES "Outage" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "OutageAssistTask_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ResidentialArea" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "OutageAssistTask_assigneeOrgId_fkey" FOREIGN KEY ("assigneeOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutageEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "outageId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "actorUserId" INTEGER,
    "actorOrgId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "actorOrgName" TEXT NOT NULL DEFAULT '',
    "areaName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "OutageEvent_outageId_fkey" FOREIGN KEY ("outageId") REFERENCES "Outage" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_ref_key" ON "Complaint"("ref");

-- CreateIndex
CREATE INDEX "Complaint_streetId_status_id_idx" ON "Complaint"("streetId", "status", "id");

-- CreateIndex
CREATE INDEX "Complaint_streetId_receivedAt_id_idx" ON "Complaint"("streetId", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "Complaint_streetId_currentDueDate_id_idx" ON "Complaint"("streetId", "currentDueDate", "id");

-- CreateIndex
CREATE INDEX "Complaint_streetId_channel_id_idx" ON "Complaint"("streetId", "channel", "id");

-- CreateIndex
CREATE INDEX "Complaint_streetId_categoryId_id_idx" ON "Complaint"("streetId", "categoryId", "id");

-- CreateIndex
CREATE INDEX "Complaint_districtId_status_id_idx" ON "Complaint"("districtId", "status", "id");

-- CreateIndex
CREATE INDEX "Complaint_districtId_receivedAt_id_idx" ON "Complaint"("districtId", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "Complaint_districtId_currentDueDate_id_idx" ON "Complaint"("districtId", "currentDueDate", "id");

-- CreateIndex
CREATE INDEX "Complaint_districtId_channel_id_idx" ON "Complaint"("districtId", "channel", "id");

-- CreateIndex
CREATE INDEX "Complaint_districtId_categoryId_id_idx" ON "Complaint"("districtId", "categoryId", "id");

-- CreateIndex
CREATE INDEX "Complaint_districtId_streetId_id_idx" ON "Complaint"("districtId", "streetId", "id");

-- CreateIndex
CREATE INDEX "Complaint_handlerOrgId_status_currentDueDate_idx" ON "Complaint"("handlerOrgId", "status", "currentDueDate");

-- CreateIndex
CREATE INDEX "Complaint_registeredOrgId_status_currentDueDate_idx" ON "Complaint"("registeredOrgId", "status", "currentDueDate");

-- CreateIndex
CREATE INDEX "Complaint_areaId_categoryId_status_receivedAt_idx" ON "Complaint"("areaId", "categoryId", "status", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_status_id_idx" ON "Complaint"("status", "id");

-- CreateIndex
CREATE INDEX "Complaint_receivedAt_id_idx" ON "Complaint"("receivedAt", "id");

-- CreateIndex
CREATE INDEX "Complaint_currentDueDate_id_idx" ON "Complaint"("currentDueDate", "id");

-- CreateIndex
CREATE INDEX "Complaint_channel_id_idx" ON "Complaint"("channel", "id");

-- CreateIndex
CREATE INDEX "Complaint_categoryId_id_idx" ON "Complaint"("categoryId", "id");

-- CreateIndex
CREATE INDEX "Complaint_aboutOrgId_idx" ON "Complaint"("aboutOrgId");

-- CreateIndex
CREATE INDEX "Complaint_duplicateOfId_idx" ON "Complaint"("duplicateOfId");

-- CreateIndex
CREATE INDEX "ComplaintHolder_orgId_complaintId_idx" ON "ComplaintHolder"("orgId", "complaintId");

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintHolder_complaintId_seq_key" ON "ComplaintHolder"("complaintId", "seq");

-- CreateIndex
CREATE INDEX "ComplaintEvent_complaintId_id_idx" ON "ComplaintEvent"("complaintId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "EnforcementReferral_ref_key" ON "EnforcementReferral"("ref");

-- CreateIndex
CREATE INDEX "EnforcementReferral_streetId_status_id_idx" ON "EnforcementReferral"("streetId", "status", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_streetId_referredAt_id_idx" ON "EnforcementReferral"("streetId", "referredAt", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_streetId_currentDueDate_id_idx" ON "EnforcementReferral"("streetId", "currentDueDate", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_streetId_categoryId_id_idx" ON "EnforcementReferral"("streetId", "categoryId", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_districtId_status_id_idx" ON "EnforcementReferral"("districtId", "status", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_districtId_referredAt_id_idx" ON "EnforcementReferral"("districtId", "referredAt", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_districtId_currentDueDate_id_idx" ON "EnforcementReferral"("districtId", "currentDueDate", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_districtId_categoryId_id_idx" ON "EnforcementReferral"("districtId", "categoryId", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_districtId_streetId_id_idx" ON "EnforcementReferral"("districtId", "streetId", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_departmentOrgId_status_currentDueDate_idx" ON "EnforcementReferral"("departmentOrgId", "status", "currentDueDate");

-- CreateIndex
CREATE INDEX "EnforcementReferral_referringOrgId_status_idx" ON "EnforcementReferral"("referringOrgId", "status");

-- CreateIndex
CREATE INDEX "EnforcementReferral_areaId_id_idx" ON "EnforcementReferral"("areaId", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_status_id_idx" ON "EnforcementReferral"("status", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_referredAt_id_idx" ON "EnforcementReferral"("referredAt", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_currentDueDate_id_idx" ON "EnforcementReferral"("currentDueDate", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_categoryId_id_idx" ON "EnforcementReferral"("categoryId", "id");

-- CreateIndex
CREATE INDEX "ReferralEvent_referralId_id_idx" ON "ReferralEvent"("referralId", "id");

-- CreateIndex
CREATE INDEX "ReferralEvent_toOrgId_referralId_idx" ON "ReferralEvent"("toOrgId", "referralId");

-- CreateIndex
CREATE UNIQUE INDEX "PlannedWorks_ref_key" ON "PlannedWorks"("ref");

-- CreateIndex
CREATE INDEX "PlannedWorks_utilityOrgId_status_startDate_idx" ON "PlannedWorks"("utilityOrgId", "status", "startDate");

-- CreateIndex
CREATE INDEX "PlannedWorks_status_startDate_idx" ON "PlannedWorks"("status", "startDate");

-- CreateIndex
CREATE INDEX "PlannedWorks_startDate_id_idx" ON "PlannedWorks"("startDate", "id");

-- CreateIndex
CREATE INDEX "PlannedWorksArea_streetId_worksId_idx" ON "PlannedWorksArea"("streetId", "worksId");

-- CreateIndex
CREATE INDEX "PlannedWorksArea_districtId_worksId_idx" ON "PlannedWorksArea"("districtId", "worksId");

-- CreateIndex
CREATE INDEX "PlannedWorksArea_communityId_worksId_idx" ON "PlannedWorksArea"("communityId", "worksId");

-- CreateIndex
CREATE INDEX "PlannedWorksArea_propertyCompanyId_worksId_idx" ON "PlannedWorksArea"("propertyCompanyId", "worksId");

-- CreateIndex
CREATE INDEX "PlannedWorksArea_ownersCommitteeId_worksId_idx" ON "PlannedWorksArea"("ownersCommitteeId", "worksId");

-- CreateIndex
CREATE INDEX "PlannedWorksArea_confirmerOrgId_restoration_idx" ON "PlannedWorksArea"("confirmerOrgId", "restoration");

-- CreateIndex
CREATE UNIQUE INDEX "PlannedWorksArea_worksId_areaId_key" ON "PlannedWorksArea"("worksId", "areaId");

-- CreateIndex
CREATE INDEX "WorksEvent_worksId_id_idx" ON "WorksEvent"("worksId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Outage_ref_key" ON "Outage"("ref");

-- CreateIndex
CREATE INDEX "Outage_utilityOrgId_status_startAt_idx" ON "Outage"("utilityOrgId", "status", "startAt");

-- CreateIndex
CREATE INDEX "Outage_status_startAt_idx" ON "Outage"("status", "startAt");

-- CreateIndex
CREATE INDEX "Outage_startAt_id_idx" ON "Outage"("startAt", "id");

-- CreateIndex
CREATE INDEX "OutageAssistTask_streetId_outageId_idx" ON "OutageAssistTask"("streetId", "outageId");

-- CreateIndex
CREATE INDEX "OutageAssistTask_districtId_outageId_idx" ON "OutageAssistTask"("districtId", "outageId");

-- CreateIndex
CREATE INDEX "OutageAssistTask_communityId_outageId_idx" ON "OutageAssistTask"("communityId", "outageId");

-- CreateIndex
CREATE INDEX "OutageAssistTask_propertyCompanyId_outageId_idx" ON "OutageAssistTask"("propertyCompanyId", "outageId");

-- CreateIndex
CREATE INDEX "OutageAssistTask_ownersCommitteeId_outageId_idx" ON "OutageAssistTask"("ownersCommitteeId", "outageId");

-- CreateIndex
CREATE INDEX "OutageAssistTask_assigneeOrgId_status_idx" ON "OutageAssistTask"("assigneeOrgId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "OutageAssistTask_outageId_areaId_key" ON "OutageAssistTask"("outageId", "areaId");

-- CreateIndex
CREATE INDEX "OutageEvent_outageId_id_idx" ON "OutageEvent"("outageId", "id");

-- ───────────── Raw SQL (not expressible in the Prisma schema) ─────────────

-- Timelines are append-only: nobody, not even an administrator, rewrites what happened.
CREATE TRIGGER "ComplaintEvent_no_update" BEFORE UPDATE ON "ComplaintEvent"
BEGIN SELECT RAISE(ABORT, 'ComplaintEvent is append-only'); END;
CREATE TRIGGER "ComplaintEvent_no_delete" BEFORE DELETE ON "ComplaintEvent"
BEGIN SELECT RAISE(ABORT, 'ComplaintEvent is append-only'); END;
CREATE TRIGGER "ReferralEvent_no_update" BEFORE UPDATE ON "ReferralEvent"
BEGIN SELECT RAISE(ABORT, 'ReferralEvent is append-only'); END;
CREATE TRIGGER "ReferralEvent_no_delete" BEFORE DELETE ON "ReferralEvent"
BEGIN SELECT RAISE(ABORT, 'ReferralEvent is append-only'); END;
CREATE TRIGGER "WorksEvent_no_update" BEFORE UPDATE ON "WorksEvent"
BEGIN SELECT RAISE(ABORT, 'WorksEvent is append-only'); END;
CREATE TRIGGER "WorksEvent_no_delete" BEFORE DELETE ON "WorksEvent"
BEGIN SELECT RAISE(ABORT, 'WorksEvent is append-only'); END;
CREATE TRIGGER "OutageEvent_no_update" BEFORE UPDATE ON "OutageEvent"
BEGIN SELECT RAISE(ABORT, 'OutageEvent is append-only'); END;
CREATE TRIGGER "OutageEvent_no_delete" BEFORE DELETE ON "OutageEvent"
BEGIN SELECT RAISE(ABORT, 'OutageEvent is append-only'); END;

-- Chinese full-text search: FTS5 with the trigram tokenizer (terms of 3+ characters), as
-- external-content tables over the records' text, kept in sync by triggers. Listed with their
-- shadow tables under tables.external in prisma.config.ts. A later migration that redefines
-- one of the indexed tables drops these triggers: re-create them there (shared/stack.md).
CREATE VIRTUAL TABLE "ComplaintFts" USING fts5(description, content='Complaint', content_rowid='id', tokenize='trigram');
CREATE TRIGGER "Complaint_fts_insert" AFTER INSERT ON "Complaint" BEGIN
  INSERT INTO "ComplaintFts"(rowid, description) VALUES (new.id, new.description);
END;
CREATE TRIGGER "Complaint_fts_delete" AFTER DELETE ON "Complaint" BEGIN
  INSERT INTO "ComplaintFts"("ComplaintFts", rowid, description) VALUES ('delete', old.id, old.description);
END;
CREATE TRIGGER "Complaint_fts_update" AFTER UPDATE OF description ON "Complaint" BEGIN
  INSERT INTO "ComplaintFts"("ComplaintFts", rowid, description) VALUES ('delete', old.id, old.description);
  INSERT INTO "ComplaintFts"(rowid, description) VALUES (new.id, new.description);
END;

CREATE VIRTUAL TABLE "ReferralFts" USING fts5(location, findings, content='EnforcementReferral', content_rowid='id', tokenize='trigram');
CREATE TRIGGER "Referral_fts_insert" AFTER INSERT ON "EnforcementReferral" BEGIN
  INSERT INTO "ReferralFts"(rowid, location, findings) VALUES (new.id, new.location, new.findings);
END;
CREATE TRIGGER "Referral_fts_delete" AFTER DELETE ON "EnforcementReferral" BEGIN
  INSERT INTO "ReferralFts"("ReferralFts", rowid, location, findings) VALUES ('delete', old.id, old.location, old.findings);
END;
CREATE TRIGGER "Referral_fts_update" AFTER UPDATE OF location, findings ON "EnforcementReferral" BEGIN
  INSERT INTO "ReferralFts"("ReferralFts", rowid, location, findings) VALUES ('delete', old.id, old.location, old.findings);
  INSERT INTO "ReferralFts"(rowid, location, findings) VALUES (new.id, new.location, new.findings);
END;

CREATE VIRTUAL TABLE "WorksFts" USING fts5(title, description, occupies, content='PlannedWorks', content_rowid='id', tokenize='trigram');
CREATE TRIGGER "Works_fts_insert" AFTER INSERT ON "PlannedWorks" BEGIN
  INSERT INTO "WorksFts"(rowid, title, description, occupies) VALUES (new.id, new.title, new.description, new.occupies);
END;
CREATE TRIGGER "Works_fts_delete" AFTER DELETE ON "PlannedWorks" BEGIN
  INSERT INTO "WorksFts"("WorksFts", rowid, title, description, occupies) VALUES ('delete', old.id, old.title, old.description, old.occupies);
END;
CREATE TRIGGER "Works_fts_update" AFTER UPDATE OF title, description, occupies ON "PlannedWorks" BEGIN
  INSERT INTO "WorksFts"("WorksFts", rowid, title, description, occupies) VALUES ('delete', old.id, old.title, old.description, old.occupies);
  INSERT INTO "WorksFts"(rowid, title, description, occupies) VALUES (new.id, new.title, new.description, new.occupies);
END;

CREATE VIRTUAL TABLE "OutageFts" USING fts5(reason, content='Outage', content_rowid='id', tokenize='trigram');
CREATE TRIGGER "Outage_fts_insert" AFTER INSERT ON "Outage" BEGIN
  INSERT INTO "OutageFts"(rowid, reason) VALUES (new.id, new.reason);
END;
CREATE TRIGGER "Outage_fts_delete" AFTER DELETE ON "Outage" BEGIN
  INSERT INTO "OutageFts"("OutageFts", rowid, reason) VALUES ('delete', old.id, old.reason);
END;
CREATE TRIGGER "Outage_fts_update" AFTER UPDATE OF reason ON "Outage" BEGIN
  INSERT INTO "OutageFts"("OutageFts", rowid, reason) VALUES ('delete', old.id, old.reason);
  INSERT INTO "OutageFts"(rowid, reason) VALUES (new.id, new.reason);
END;
