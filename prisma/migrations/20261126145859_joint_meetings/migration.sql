-- CreateTable
CREATE TABLE "Dispute" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ref" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "parties" TEXT NOT NULL DEFAULT '',
    "urgency" TEXT NOT NULL DEFAULT 'NORMAL',
    "level" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "ownerOrgId" INTEGER NOT NULL,
    "registeredByOrgId" INTEGER NOT NULL,
    "registeredById" INTEGER NOT NULL,
    "originStreetId" INTEGER,
    "originDistrictId" INTEGER,
    "crossDistrict" BOOLEAN NOT NULL DEFAULT false,
    "sourceComplaintId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME,
    CONSTRAINT "Dispute_ownerOrgId_fkey" FOREIGN KEY ("ownerOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Dispute_registeredByOrgId_fkey" FOREIGN KEY ("registeredByOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DisputeArea" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "disputeId" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "streetId" INTEGER NOT NULL,
    CONSTRAINT "DisputeArea_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DisputeArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ResidentialArea" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DisputeUnit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "disputeId" INTEGER NOT NULL,
    "orgId" INTEGER NOT NULL,
    CONSTRAINT "DisputeUnit_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DisputeUnit_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DisputeEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "disputeId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "actorOrgId" INTEGER,
    "actorOrgName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "data" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "DisputeEvent_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JointMeeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ref" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "convenerOrgId" INTEGER NOT NULL,
    "districtId" INTEGER,
    "title" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "place" TEXT NOT NULL,
    "chair" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "minutesStatus" TEXT NOT NULL DEFAULT 'DRAFT',
    "summary" TEXT NOT NULL DEFAULT '',
    "heldAt" DATETIME,
    "cancelledAt" DATETIME,
    "cancelReason" TEXT NOT NULL DEFAULT '',
    "finalizedAt" DATETIME,
    "finalizedById" INTEGER,
    "finalizedByName" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "JointMeeting_convenerOrgId_fkey" FOREIGN KEY ("convenerOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingInvitation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "orgId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attendeeNames" TEXT NOT NULL DEFAULT '',
    "declineReason" TEXT NOT NULL DEFAULT '',
    "respondedAt" DATETIME,
    "respondedById" INTEGER,
    "respondedByName" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingInvitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingInvitation_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "disputeId" INTEGER,
    "title" TEXT NOT NULL,
    "minutes" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT,
    CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "orgId" INTEGER,
    "personName" TEXT NOT NULL,
    "position" TEXT NOT NULL DEFAULT '',
    "capacity" TEXT NOT NULL DEFAULT 'ATTENDING',
    "signedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Attendance_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MinutesAmendment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "agendaItemId" INTEGER,
    "text" TEXT NOT NULL,
    "authorUserId" INTEGER NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorOrgId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MinutesAmendment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "agendaItemId" INTEGER,
    "disputeId" INTEGER,
    "responsibleOrgId" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "doneNote" TEXT NOT NULL DEFAULT '',
    "doneAt" DATETIME,
    "confirmedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Resolution_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Resolution_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Resolution_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Resolution_responsibleOrgId_fkey" FOREIGN KEY ("responsibleOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResolutionProgress" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resolutionId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "actorUserId" INTEGER NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorOrgId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResolutionProgress_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "disputeId" INTEGER NOT NULL,
    "fromLevel" TEXT NOT NULL,
    "toLevel" TEXT NOT NULL,
    "fromOrgId" INTEGER NOT NULL,
    "toOrgId" INTEGER NOT NULL,
    "meetingId" INTEGER,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "dueDate" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdByName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedById" INTEGER,
    "decidedByName" TEXT NOT NULL DEFAULT '',
    "returnReason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Escalation_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Escalation_fromOrgId_fkey" FOREIGN KEY ("fromOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Escalation_toOrgId_fkey" FOREIGN KEY ("toOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Escalation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "orgId" INTEGER NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalendarFeed_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Dispute_ref_key" ON "Dispute"("ref");

-- CreateIndex
CREATE INDEX "Dispute_ownerOrgId_status_id_idx" ON "Dispute"("ownerOrgId", "status", "id");

-- CreateIndex
CREATE INDEX "Dispute_originStreetId_id_idx" ON "Dispute"("originStreetId", "id");

-- CreateIndex
CREATE INDEX "Dispute_originDistrictId_id_idx" ON "Dispute"("originDistrictId", "id");

-- CreateIndex
CREATE INDEX "Dispute_status_id_idx" ON "Dispute"("status", "id");

-- CreateIndex
CREATE INDEX "Dispute_level_status_id_idx" ON "Dispute"("level", "status", "id");

-- CreateIndex
CREATE INDEX "Dispute_crossDistrict_id_idx" ON "Dispute"("crossDistrict", "id");

-- CreateIndex
CREATE INDEX "Dispute_sourceComplaintId_idx" ON "Dispute"("sourceComplaintId");

-- CreateIndex
CREATE INDEX "DisputeArea_districtId_disputeId_idx" ON "DisputeArea"("districtId", "disputeId");

-- CreateIndex
CREATE INDEX "DisputeArea_streetId_disputeId_idx" ON "DisputeArea"("streetId", "disputeId");

-- CreateIndex
CREATE INDEX "DisputeArea_areaId_idx" ON "DisputeArea"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "DisputeArea_disputeId_areaId_key" ON "DisputeArea"("disputeId", "areaId");

-- CreateIndex
CREATE INDEX "DisputeUnit_orgId_disputeId_idx" ON "DisputeUnit"("orgId", "disputeId");

-- CreateIndex
CREATE UNIQUE INDEX "DisputeUnit_disputeId_orgId_key" ON "DisputeUnit"("disputeId", "orgId");

-- CreateIndex
CREATE INDEX "DisputeEvent_disputeId_id_idx" ON "DisputeEvent"("disputeId", "id");

-- CreateIndex
CREATE INDEX "DisputeEvent_type_at_idx" ON "DisputeEvent"("type", "at");

-- CreateIndex
CREATE UNIQUE INDEX "JointMeeting_ref_key" ON "JointMeeting"("ref");

-- CreateIndex
CREATE INDEX "JointMeeting_convenerOrgId_startsAt_idx" ON "JointMeeting"("convenerOrgId", "startsAt");

-- CreateIndex
CREATE INDEX "JointMeeting_districtId_startsAt_idx" ON "JointMeeting"("districtId", "startsAt");

-- CreateIndex
CREATE INDEX "JointMeeting_level_startsAt_idx" ON "JointMeeting"("level", "startsAt");

-- CreateIndex
CREATE INDEX "JointMeeting_status_startsAt_idx" ON "JointMeeting"("status", "startsAt");

-- CreateIndex
CREATE INDEX "JointMeeting_startsAt_id_idx" ON "JointMeeting"("startsAt", "id");

-- CreateIndex
CREATE INDEX "MeetingInvitation_orgId_status_meetingId_idx" ON "MeetingInvitation"("orgId", "status", "meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingInvitation_meetingId_orgId_key" ON "MeetingInvitation"("meetingId", "orgId");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_order_idx" ON "AgendaItem"("meetingId", "order");

-- CreateIndex
CREATE INDEX "AgendaItem_disputeId_meetingId_idx" ON "AgendaItem"("disputeId", "meetingId");

-- CreateIndex
CREATE INDEX "Attendance_meetingId_idx" ON "Attendance"("meetingId");

-- CreateIndex
CREATE INDEX "Attendance_orgId_idx" ON "Attendance"("orgId");

-- CreateIndex
CREATE INDEX "MinutesAmendment_meetingId_id_idx" ON "MinutesAmendment"("meetingId", "id");

-- CreateIndex
CREATE INDEX "Resolution_responsibleOrgId_status_dueDate_idx" ON "Resolution"("responsibleOrgId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Resolution_meetingId_idx" ON "Resolution"("meetingId");

-- CreateIndex
CREATE INDEX "Resolution_disputeId_idx" ON "Resolution"("disputeId");

-- CreateIndex
CREATE INDEX "Resolution_status_dueDate_idx" ON "Resolution"("status", "dueDate");

-- CreateIndex
CREATE INDEX "ResolutionProgress_resolutionId_id_idx" ON "ResolutionProgress"("resolutionId", "id");

-- CreateIndex
CREATE INDEX "Escalation_toOrgId_status_dueDate_idx" ON "Escalation"("toOrgId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Escalation_fromOrgId_status_idx" ON "Escalation"("fromOrgId", "status");

-- CreateIndex
CREATE INDEX "Escalation_disputeId_id_idx" ON "Escalation"("disputeId", "id");

-- CreateIndex
CREATE INDEX "Escalation_status_dueDate_idx" ON "Escalation"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_orgId_key" ON "CalendarFeed"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- History is append-only: a dispute's timeline, minutes amendments and resolution progress are
-- never edited or deleted, not even through the app.
CREATE TRIGGER "DisputeEvent_no_update" BEFORE UPDATE ON "DisputeEvent"
BEGIN SELECT RAISE(ABORT, 'DisputeEvent is append-only'); END;
CREATE TRIGGER "DisputeEvent_no_delete" BEFORE DELETE ON "DisputeEvent"
BEGIN SELECT RAISE(ABORT, 'DisputeEvent is append-only'); END;
CREATE TRIGGER "MinutesAmendment_no_update" BEFORE UPDATE ON "MinutesAmendment"
BEGIN SELECT RAISE(ABORT, 'MinutesAmendment is append-only'); END;
CREATE TRIGGER "MinutesAmendment_no_delete" BEFORE DELETE ON "MinutesAmendment"
BEGIN SELECT RAISE(ABORT, 'MinutesAmendment is append-only'); END;
CREATE TRIGGER "ResolutionProgress_no_update" BEFORE UPDATE ON "ResolutionProgress"
BEGIN SELECT RAISE(ABORT, 'ResolutionProgress is append-only'); END;
CREATE TRIGGER "ResolutionProgress_no_delete" BEFORE DELETE ON "ResolutionProgress"
BEGIN SELECT RAISE(ABORT, 'ResolutionProgress is append-only'); END;
