-- Baseline of the PostgreSQL mode (docs/decisions/091): one migration giving an empty PostgreSQL
-- database what the 18 SQLite migrations in prisma/migrations give a SQLite database.
-- Part one, up to the "Hand-written" banner, is verbatim the output of
--   prisma migrate diff --from-empty --to-schema-datamodel prisma/postgresql/schema.prisma --script
-- Part two is the hand-written SQL of the SQLite migrations (triggers, partial index, search
-- indexes, seed rows), translated to PostgreSQL.

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "sector" TEXT,
    "parentId" INTEGER,
    "districtId" INTEGER,
    "streetId" INTEGER,
    "contactPerson" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResidentialArea" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "communityId" INTEGER NOT NULL,
    "streetId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "propertyCompanyId" INTEGER,
    "policeStationId" INTEGER,
    "ownersCommitteeId" INTEGER,
    "households" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResidentialArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyCategory" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL DEFAULT '',
    "policyText" TEXT NOT NULL,
    "responsibleKind" TEXT NOT NULL,
    "responsibleSector" TEXT,
    "responsibleOrgId" INTEGER,
    "propertyScope" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DutyCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutingKeyword" (
    "id" SERIAL NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "term" TEXT NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutingKeyword_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "orgId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" TIMESTAMP(3),
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "notificationsReadThrough" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RevokedSession" (
    "sid" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "revokedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RevokedSession_pkey" PRIMARY KEY ("sid")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "throttled" BOOLEAN NOT NULL DEFAULT false,
    "kind" TEXT NOT NULL DEFAULT 'signIn',
    "ip" TEXT NOT NULL DEFAULT '',
    "device" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" INTEGER,
    "actorOrgId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "details" TEXT NOT NULL DEFAULT '{}',
    "ip" TEXT NOT NULL DEFAULT '',
    "hash" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "orgId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "params" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationRead" (
    "notificationId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationRead_pkey" PRIMARY KEY ("userId","notificationId")
);

-- CreateTable
CREATE TABLE "OutboxDelivery" (
    "id" SERIAL NOT NULL,
    "channel" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT NOT NULL DEFAULT '',
    "systemId" INTEGER,
    "sourceType" TEXT NOT NULL DEFAULT '',
    "sourceId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'builtin',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "DeadlineRule" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "dayType" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeadlineRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storagePath" TEXT NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormSubmission" (
    "userId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormSubmission_pkey" PRIMARY KEY ("userId","key")
);

-- CreateTable
CREATE TABLE "Dispute" (
    "id" SERIAL NOT NULL,
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
    "currentDueDate" TEXT,
    "sourceComplaintId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeArea" (
    "id" SERIAL NOT NULL,
    "disputeId" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "streetId" INTEGER NOT NULL,

    CONSTRAINT "DisputeArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeUnit" (
    "id" SERIAL NOT NULL,
    "disputeId" INTEGER NOT NULL,
    "orgId" INTEGER NOT NULL,

    CONSTRAINT "DisputeUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeEvent" (
    "id" SERIAL NOT NULL,
    "disputeId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "actorOrgId" INTEGER,
    "actorOrgName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "data" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "DisputeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointMeeting" (
    "id" SERIAL NOT NULL,
    "ref" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "convenerOrgId" INTEGER NOT NULL,
    "districtId" INTEGER,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "chair" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "minutesStatus" TEXT NOT NULL DEFAULT 'DRAFT',
    "summary" TEXT NOT NULL DEFAULT '',
    "heldAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT NOT NULL DEFAULT '',
    "finalizedAt" TIMESTAMP(3),
    "finalizedById" INTEGER,
    "finalizedByName" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JointMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingInvitation" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "orgId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attendeeNames" TEXT NOT NULL DEFAULT '',
    "declineReason" TEXT NOT NULL DEFAULT '',
    "respondedAt" TIMESTAMP(3),
    "respondedById" INTEGER,
    "respondedByName" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "disputeId" INTEGER,
    "title" TEXT NOT NULL,
    "minutes" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "orgId" INTEGER,
    "personName" TEXT NOT NULL,
    "position" TEXT NOT NULL DEFAULT '',
    "capacity" TEXT NOT NULL DEFAULT 'ATTENDING',
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesAmendment" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "agendaItemId" INTEGER,
    "text" TEXT NOT NULL,
    "authorUserId" INTEGER NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorOrgId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "agendaItemId" INTEGER,
    "disputeId" INTEGER,
    "responsibleOrgId" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "doneNote" TEXT NOT NULL DEFAULT '',
    "doneAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResolutionProgress" (
    "id" SERIAL NOT NULL,
    "resolutionId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "actorUserId" INTEGER NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorOrgId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResolutionProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" INTEGER,
    "decidedByName" TEXT NOT NULL DEFAULT '',
    "returnReason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" SERIAL NOT NULL,
    "orgId" INTEGER NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" SERIAL NOT NULL,
    "ref" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "channelRef" TEXT NOT NULL DEFAULT '',
    "receivedAt" TIMESTAMP(3) NOT NULL,
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
    "stepDueDate" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "notAcceptedReason" TEXT NOT NULL DEFAULT '',
    "extensionStatus" TEXT,
    "extensionDays" INTEGER,
    "extensionReason" TEXT NOT NULL DEFAULT '',
    "extensionRequestedAt" TIMESTAMP(3),
    "extensionApproverId" INTEGER,
    "extensionApproverName" TEXT NOT NULL DEFAULT '',
    "extensionDecidedAt" TIMESTAMP(3),
    "proposedOrgId" INTEGER,
    "proposedMode" TEXT,
    "matchedDutyCode" TEXT NOT NULL DEFAULT '',
    "matchedDutyName" TEXT NOT NULL DEFAULT '',
    "matchedPolicyText" TEXT NOT NULL DEFAULT '',
    "suggestedTerms" TEXT NOT NULL DEFAULT '[]',
    "overrideReason" TEXT NOT NULL DEFAULT '',
    "result" TEXT NOT NULL DEFAULT '',
    "handledAt" TIMESTAMP(3),
    "replyMethod" TEXT,
    "repliedAt" TIMESTAMP(3),
    "replyNote" TEXT NOT NULL DEFAULT '',
    "closedAt" TIMESTAMP(3),
    "duplicateOfId" INTEGER,
    "disputeId" INTEGER,
    "isPetition" BOOLEAN,
    "petitionHeadcount" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "satisfaction" TEXT,
    "satisfactionSource" TEXT,
    "satisfactionAt" TIMESTAMP(3),
    "residentRatedAt" TIMESTAMP(3),
    "handledOnTime" BOOLEAN,
    "reopenCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintHolder" (
    "id" SERIAL NOT NULL,
    "complaintId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "orgId" INTEGER NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "until" TIMESTAMP(3),
    "endedAs" TEXT,
    "endReason" TEXT NOT NULL DEFAULT '',
    "overrideReason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ComplaintHolder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintEvent" (
    "id" SERIAL NOT NULL,
    "complaintId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "actorUserId" INTEGER,
    "actorOrgId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "actorOrgName" TEXT NOT NULL DEFAULT '',
    "toOrgId" INTEGER,
    "toOrgName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ComplaintEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnforcementReferral" (
    "id" SERIAL NOT NULL,
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
    "referredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "feedbackDueDate" TEXT NOT NULL,
    "currentDueDate" TEXT,
    "stepDueDate" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "returnReason" TEXT NOT NULL DEFAULT '',
    "measures" TEXT NOT NULL DEFAULT '',
    "penaltyDecisionNo" TEXT NOT NULL DEFAULT '',
    "outcomeAt" TIMESTAMP(3),
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgeNote" TEXT NOT NULL DEFAULT '',
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnforcementReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralEvent" (
    "id" SERIAL NOT NULL,
    "referralId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "actorUserId" INTEGER,
    "actorOrgId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "actorOrgName" TEXT NOT NULL DEFAULT '',
    "toOrgId" INTEGER,
    "toOrgName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ReferralEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlannedWorks" (
    "id" SERIAL NOT NULL,
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
    "restorationReportedAt" TIMESTAMP(3),
    "cancelReason" TEXT NOT NULL DEFAULT '',
    "cancelledAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlannedWorks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlannedWorksArea" (
    "id" SERIAL NOT NULL,
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
    "answeredAt" TIMESTAMP(3),
    "answeredByName" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlannedWorksArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorksEvent" (
    "id" SERIAL NOT NULL,
    "worksId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "actorUserId" INTEGER,
    "actorOrgId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "actorOrgName" TEXT NOT NULL DEFAULT '',
    "areaName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "WorksEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outage" (
    "id" SERIAL NOT NULL,
    "ref" TEXT NOT NULL,
    "utilityOrgId" INTEGER NOT NULL,
    "registeredById" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "startAt" TIMESTAMP(3) NOT NULL,
    "expectedEndAt" TIMESTAMP(3) NOT NULL,
    "actualEndAt" TIMESTAMP(3),
    "status" TEXT NOT NULL,
    "restoreNote" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Outage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutageAssistTask" (
    "id" SERIAL NOT NULL,
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
    "confirmedAt" TIMESTAMP(3),
    "confirmedByName" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "OutageAssistTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutageEvent" (
    "id" SERIAL NOT NULL,
    "outageId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "actorUserId" INTEGER,
    "actorOrgId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "actorOrgName" TEXT NOT NULL DEFAULT '',
    "areaName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "OutageEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountabilityRecord" (
    "id" SERIAL NOT NULL,
    "ref" TEXT NOT NULL,
    "subjectOrgId" INTEGER NOT NULL,
    "scopeDistrictId" INTEGER,
    "openedByOrgId" INTEGER NOT NULL,
    "openedById" INTEGER NOT NULL,
    "openedByName" TEXT NOT NULL,
    "failure" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountabilityRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountabilityMatter" (
    "id" SERIAL NOT NULL,
    "recordId" INTEGER NOT NULL,
    "matterType" TEXT NOT NULL,
    "matterId" INTEGER NOT NULL,
    "ref" TEXT NOT NULL,

    CONSTRAINT "AccountabilityMatter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountabilityPerson" (
    "id" SERIAL NOT NULL,
    "recordId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL,

    CONSTRAINT "AccountabilityPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountabilityExplanation" (
    "id" SERIAL NOT NULL,
    "recordId" INTEGER NOT NULL,
    "orgId" INTEGER NOT NULL,
    "authorUserId" INTEGER NOT NULL,
    "authorName" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountabilityExplanation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountabilityEvent" (
    "id" SERIAL NOT NULL,
    "recordId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "field" TEXT,
    "text" TEXT NOT NULL DEFAULT '',
    "actorUserId" INTEGER NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorOrgId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountabilityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintRating" (
    "id" SERIAL NOT NULL,
    "complaintId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "method" TEXT,
    "rating" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "reopened" BOOLEAN NOT NULL DEFAULT false,
    "actorUserId" INTEGER,
    "actorOrgId" INTEGER,
    "actorName" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicRatingAttempt" (
    "id" SERIAL NOT NULL,
    "ip" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicRatingAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentPeriod" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "fromDate" TEXT NOT NULL,
    "toDate" TEXT NOT NULL,
    "minVolume" INTEGER NOT NULL DEFAULT 5,
    "threshold" INTEGER NOT NULL DEFAULT 85,
    "createdById" INTEGER NOT NULL,
    "createdByName" TEXT NOT NULL DEFAULT '',
    "createdByOrgId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentIndicator" (
    "id" SERIAL NOT NULL,
    "periodId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,

    CONSTRAINT "AssessmentIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commendation" (
    "id" SERIAL NOT NULL,
    "periodId" INTEGER NOT NULL,
    "orgId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdByName" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Commendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintYearCount" (
    "year" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "streetId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ComplaintYearCount_pkey" PRIMARY KEY ("year","districtId","streetId","status")
);

-- CreateTable
CREATE TABLE "ComplaintDayMeasure" (
    "day" TEXT NOT NULL,
    "districtId" INTEGER NOT NULL,
    "streetId" INTEGER NOT NULL,
    "volume" INTEGER NOT NULL DEFAULT 0,
    "handled" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "closed" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,
    "satisfied" INTEGER NOT NULL DEFAULT 0,
    "handovers3" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ComplaintDayMeasure_pkey" PRIMARY KEY ("day","districtId","streetId")
);

-- CreateTable
CREATE TABLE "DataVersion" (
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "ExternalSystem" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "scopeOrgId" INTEGER NOT NULL,
    "webhookUrl" TEXT NOT NULL DEFAULT '',
    "webhookSecret" TEXT NOT NULL DEFAULT '',
    "rateLimit" INTEGER NOT NULL DEFAULT 120,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExternalSystem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" SERIAL NOT NULL,
    "systemId" INTEGER NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER NOT NULL,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedByName" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiRateWindow" (
    "keyId" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "previous" INTEGER NOT NULL,

    CONSTRAINT "ApiRateWindow_pkey" PRIMARY KEY ("keyId")
);

-- CreateTable
CREATE TABLE "WorkOrderLink" (
    "id" SERIAL NOT NULL,
    "systemId" INTEGER NOT NULL,
    "orderNo" TEXT NOT NULL,
    "complaintId" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkOrderLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_code_key" ON "Organisation"("code");

-- CreateIndex
CREATE INDEX "Organisation_kind_active_name_idx" ON "Organisation"("kind", "active", "name");

-- CreateIndex
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");

-- CreateIndex
CREATE INDEX "Organisation_districtId_kind_idx" ON "Organisation"("districtId", "kind");

-- CreateIndex
CREATE INDEX "Organisation_streetId_kind_idx" ON "Organisation"("streetId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ResidentialArea_ownersCommitteeId_key" ON "ResidentialArea"("ownersCommitteeId");

-- CreateIndex
CREATE INDEX "ResidentialArea_streetId_active_name_idx" ON "ResidentialArea"("streetId", "active", "name");

-- CreateIndex
CREATE INDEX "ResidentialArea_districtId_active_name_idx" ON "ResidentialArea"("districtId", "active", "name");

-- CreateIndex
CREATE INDEX "ResidentialArea_communityId_idx" ON "ResidentialArea"("communityId");

-- CreateIndex
CREATE INDEX "ResidentialArea_propertyCompanyId_idx" ON "ResidentialArea"("propertyCompanyId");

-- CreateIndex
CREATE INDEX "ResidentialArea_policeStationId_idx" ON "ResidentialArea"("policeStationId");

-- CreateIndex
CREATE UNIQUE INDEX "DutyCategory_code_key" ON "DutyCategory"("code");

-- CreateIndex
CREATE INDEX "DutyCategory_active_sortOrder_idx" ON "DutyCategory"("active", "sortOrder");

-- CreateIndex
CREATE INDEX "RoutingKeyword_term_idx" ON "RoutingKeyword"("term");

-- CreateIndex
CREATE UNIQUE INDEX "RoutingKeyword_categoryId_term_key" ON "RoutingKeyword"("categoryId", "term");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_orgId_active_idx" ON "User"("orgId", "active");

-- CreateIndex
CREATE INDEX "RevokedSession_expiresAt_idx" ON "RevokedSession"("expiresAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_username_createdAt_idx" ON "SignInAttempt"("username", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_createdAt_idx" ON "SignInAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_device_createdAt_idx" ON "SignInAttempt"("device", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorUserId_at_idx" ON "AuditLog"("actorUserId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "Notification_orgId_readAt_createdAt_idx" ON "Notification"("orgId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_orgId_id_idx" ON "Notification"("orgId", "id");

-- CreateIndex
CREATE INDEX "Notification_entityType_entityId_idx" ON "Notification"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "OutboxDelivery_status_nextAttemptAt_idx" ON "OutboxDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxDelivery_systemId_id_idx" ON "OutboxDelivery"("systemId", "id");

-- CreateIndex
CREATE INDEX "OutboxDelivery_sourceType_sourceId_idx" ON "OutboxDelivery"("sourceType", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineRule_code_key" ON "DeadlineRule"("code");

-- CreateIndex
CREATE INDEX "Attachment_entityType_entityId_idx" ON "Attachment"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "Attachment_uploadedById_createdAt_idx" ON "Attachment"("uploadedById", "createdAt");

-- CreateIndex
CREATE INDEX "FormSubmission_createdAt_idx" ON "FormSubmission"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Dispute_ref_key" ON "Dispute"("ref");

-- CreateIndex
CREATE INDEX "Dispute_ownerOrgId_status_id_idx" ON "Dispute"("ownerOrgId", "status", "id");

-- CreateIndex
CREATE INDEX "Dispute_ownerOrgId_currentDueDate_idx" ON "Dispute"("ownerOrgId", "currentDueDate");

-- CreateIndex
CREATE INDEX "Dispute_currentDueDate_id_idx" ON "Dispute"("currentDueDate", "id");

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
CREATE INDEX "JointMeeting_convenerOrgId_minutesStatus_idx" ON "JointMeeting"("convenerOrgId", "minutesStatus");

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
CREATE INDEX "Attendance_meetingId_orgId_idx" ON "Attendance"("meetingId", "orgId");

-- CreateIndex
CREATE INDEX "Attendance_orgId_idx" ON "Attendance"("orgId");

-- CreateIndex
CREATE INDEX "MinutesAmendment_meetingId_id_idx" ON "MinutesAmendment"("meetingId", "id");

-- CreateIndex
CREATE INDEX "Resolution_responsibleOrgId_status_dueDate_idx" ON "Resolution"("responsibleOrgId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Resolution_meetingId_status_dueDate_idx" ON "Resolution"("meetingId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Resolution_disputeId_idx" ON "Resolution"("disputeId");

-- CreateIndex
CREATE INDEX "Resolution_status_dueDate_idx" ON "Resolution"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Resolution_dueDate_responsibleOrgId_doneAt_idx" ON "Resolution"("dueDate", "responsibleOrgId", "doneAt");

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
CREATE INDEX "Escalation_status_disputeId_idx" ON "Escalation"("status", "disputeId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_orgId_key" ON "CalendarFeed"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_ref_key" ON "Complaint"("ref");

-- CreateIndex
CREATE INDEX "Complaint_streetId_id_idx" ON "Complaint"("streetId", "id");

-- CreateIndex
CREATE INDEX "Complaint_districtId_id_idx" ON "Complaint"("districtId", "id");

-- CreateIndex
CREATE INDEX "Complaint_registeredOrgId_extensionStatus_idx" ON "Complaint"("registeredOrgId", "extensionStatus");

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
CREATE INDEX "Complaint_handlerOrgId_status_currentDueDate_streetId_distr_idx" ON "Complaint"("handlerOrgId", "status", "currentDueDate", "streetId", "districtId");

-- CreateIndex
CREATE INDEX "Complaint_registeredOrgId_status_currentDueDate_handlerOrgI_idx" ON "Complaint"("registeredOrgId", "status", "currentDueDate", "handlerOrgId", "streetId", "districtId");

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
CREATE INDEX "Complaint_channelRef_idx" ON "Complaint"("channelRef");

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
CREATE INDEX "ComplaintHolder_orgId_complaintId_idx" ON "ComplaintHolder"("orgId", "complaintId");

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintHolder_complaintId_seq_key" ON "ComplaintHolder"("complaintId", "seq");

-- CreateIndex
CREATE INDEX "ComplaintEvent_complaintId_id_idx" ON "ComplaintEvent"("complaintId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "EnforcementReferral_ref_key" ON "EnforcementReferral"("ref");

-- CreateIndex
CREATE INDEX "EnforcementReferral_streetId_id_idx" ON "EnforcementReferral"("streetId", "id");

-- CreateIndex
CREATE INDEX "EnforcementReferral_districtId_id_idx" ON "EnforcementReferral"("districtId", "id");

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
CREATE INDEX "EnforcementReferral_referringOrgId_status_currentDueDate_idx" ON "EnforcementReferral"("referringOrgId", "status", "currentDueDate");

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
CREATE INDEX "ReferralEvent_kind_referralId_idx" ON "ReferralEvent"("kind", "referralId");

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

-- CreateIndex
CREATE INDEX "ComplaintRating_complaintId_id_idx" ON "ComplaintRating"("complaintId", "id");

-- CreateIndex
CREATE INDEX "ComplaintRating_source_at_idx" ON "ComplaintRating"("source", "at");

-- CreateIndex
CREATE INDEX "PublicRatingAttempt_ip_createdAt_idx" ON "PublicRatingAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "PublicRatingAttempt_ref_createdAt_idx" ON "PublicRatingAttempt"("ref", "createdAt");

-- CreateIndex
CREATE INDEX "PublicRatingAttempt_createdAt_idx" ON "PublicRatingAttempt"("createdAt");

-- CreateIndex
CREATE INDEX "AssessmentPeriod_fromDate_id_idx" ON "AssessmentPeriod"("fromDate", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentIndicator_periodId_code_key" ON "AssessmentIndicator"("periodId", "code");

-- CreateIndex
CREATE INDEX "Commendation_orgId_idx" ON "Commendation"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Commendation_periodId_orgId_key" ON "Commendation"("periodId", "orgId");

-- CreateIndex
CREATE INDEX "ComplaintYearCount_year_streetId_idx" ON "ComplaintYearCount"("year", "streetId");

-- CreateIndex
CREATE INDEX "ComplaintDayMeasure_districtId_day_idx" ON "ComplaintDayMeasure"("districtId", "day");

-- CreateIndex
CREATE INDEX "ComplaintDayMeasure_streetId_day_idx" ON "ComplaintDayMeasure"("streetId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalSystem_code_key" ON "ExternalSystem"("code");

-- CreateIndex
CREATE INDEX "ExternalSystem_active_name_idx" ON "ExternalSystem"("active", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "ApiKey_systemId_id_idx" ON "ApiKey"("systemId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WorkOrderLink_complaintId_key" ON "WorkOrderLink"("complaintId");

-- CreateIndex
CREATE INDEX "WorkOrderLink_systemId_id_idx" ON "WorkOrderLink"("systemId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WorkOrderLink_systemId_orderNo_key" ON "WorkOrderLink"("systemId", "orderNo");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_streetId_fkey" FOREIGN KEY ("streetId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentialArea" ADD CONSTRAINT "ResidentialArea_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentialArea" ADD CONSTRAINT "ResidentialArea_streetId_fkey" FOREIGN KEY ("streetId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentialArea" ADD CONSTRAINT "ResidentialArea_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentialArea" ADD CONSTRAINT "ResidentialArea_propertyCompanyId_fkey" FOREIGN KEY ("propertyCompanyId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentialArea" ADD CONSTRAINT "ResidentialArea_policeStationId_fkey" FOREIGN KEY ("policeStationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentialArea" ADD CONSTRAINT "ResidentialArea_ownersCommitteeId_fkey" FOREIGN KEY ("ownersCommitteeId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyCategory" ADD CONSTRAINT "DutyCategory_responsibleOrgId_fkey" FOREIGN KEY ("responsibleOrgId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingKeyword" ADD CONSTRAINT "RoutingKeyword_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "DutyCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationRead" ADD CONSTRAINT "NotificationRead_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_ownerOrgId_fkey" FOREIGN KEY ("ownerOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_registeredByOrgId_fkey" FOREIGN KEY ("registeredByOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeArea" ADD CONSTRAINT "DisputeArea_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeArea" ADD CONSTRAINT "DisputeArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ResidentialArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeUnit" ADD CONSTRAINT "DisputeUnit_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeUnit" ADD CONSTRAINT "DisputeUnit_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeEvent" ADD CONSTRAINT "DisputeEvent_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMeeting" ADD CONSTRAINT "JointMeeting_convenerOrgId_fkey" FOREIGN KEY ("convenerOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesAmendment" ADD CONSTRAINT "MinutesAmendment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_responsibleOrgId_fkey" FOREIGN KEY ("responsibleOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResolutionProgress" ADD CONSTRAINT "ResolutionProgress_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_fromOrgId_fkey" FOREIGN KEY ("fromOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_toOrgId_fkey" FOREIGN KEY ("toOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ResidentialArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_registeredOrgId_fkey" FOREIGN KEY ("registeredOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_handlerOrgId_fkey" FOREIGN KEY ("handlerOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_aboutOrgId_fkey" FOREIGN KEY ("aboutOrgId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintHolder" ADD CONSTRAINT "ComplaintHolder_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintHolder" ADD CONSTRAINT "ComplaintHolder_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintEvent" ADD CONSTRAINT "ComplaintEvent_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnforcementReferral" ADD CONSTRAINT "EnforcementReferral_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ResidentialArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnforcementReferral" ADD CONSTRAINT "EnforcementReferral_referringOrgId_fkey" FOREIGN KEY ("referringOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnforcementReferral" ADD CONSTRAINT "EnforcementReferral_departmentOrgId_fkey" FOREIGN KEY ("departmentOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "EnforcementReferral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedWorks" ADD CONSTRAINT "PlannedWorks_utilityOrgId_fkey" FOREIGN KEY ("utilityOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedWorksArea" ADD CONSTRAINT "PlannedWorksArea_worksId_fkey" FOREIGN KEY ("worksId") REFERENCES "PlannedWorks"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedWorksArea" ADD CONSTRAINT "PlannedWorksArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ResidentialArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedWorksArea" ADD CONSTRAINT "PlannedWorksArea_confirmerOrgId_fkey" FOREIGN KEY ("confirmerOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorksEvent" ADD CONSTRAINT "WorksEvent_worksId_fkey" FOREIGN KEY ("worksId") REFERENCES "PlannedWorks"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outage" ADD CONSTRAINT "Outage_utilityOrgId_fkey" FOREIGN KEY ("utilityOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutageAssistTask" ADD CONSTRAINT "OutageAssistTask_outageId_fkey" FOREIGN KEY ("outageId") REFERENCES "Outage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutageAssistTask" ADD CONSTRAINT "OutageAssistTask_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ResidentialArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutageAssistTask" ADD CONSTRAINT "OutageAssistTask_assigneeOrgId_fkey" FOREIGN KEY ("assigneeOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutageEvent" ADD CONSTRAINT "OutageEvent_outageId_fkey" FOREIGN KEY ("outageId") REFERENCES "Outage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountabilityMatter" ADD CONSTRAINT "AccountabilityMatter_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "AccountabilityRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountabilityPerson" ADD CONSTRAINT "AccountabilityPerson_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "AccountabilityRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountabilityExplanation" ADD CONSTRAINT "AccountabilityExplanation_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "AccountabilityRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountabilityEvent" ADD CONSTRAINT "AccountabilityEvent_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "AccountabilityRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintRating" ADD CONSTRAINT "ComplaintRating_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentIndicator" ADD CONSTRAINT "AssessmentIndicator_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "AssessmentPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commendation" ADD CONSTRAINT "Commendation_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "AssessmentPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalSystem" ADD CONSTRAINT "ExternalSystem_scopeOrgId_fkey" FOREIGN KEY ("scopeOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "ExternalSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrderLink" ADD CONSTRAINT "WorkOrderLink_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "ExternalSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- ═════════════════════════════════════════════════════════════════════════════════════════════════
-- Hand-written: what the SQLite migrations (prisma/migrations/*) do in SQL that schema.prisma
-- cannot express, translated to PostgreSQL. Prisma does not see the triggers and functions, nor
-- the partial index of section 5. It reports the trigram indexes of section 6 as indexes to drop
-- in `prisma migrate diff`: a migration generated later must not drop them.
-- PL/pgSQL bodies contain semicolons: the migration must reach PostgreSQL as one script (psql, or a
-- driver adapter whose executeScript sends the whole text), not split at every semicolon.
-- Not carried over:
--   * the SQLite FTS5 virtual tables (ComplaintFts, ReferralFts, WorksFts, OutageFts) and their
--     twelve *_fts_insert/_delete/_update sync triggers, replaced by GIN trigram indexes (section 6),
--     which PostgreSQL keeps up to date by itself.
--   * data backfills that act on rows existing when those migrations ran (a baseline starts empty):
--     the ComplaintYearCount and ComplaintDayMeasure INSERT ... SELECT of existing complaints
--     (20261127032000, 20261205111247), the stepDueDate/currentDueDate UPDATEs (20261206055831),
--     the NotificationRead INSERT ... SELECT (20261206062000).
--   * SQLite-only mechanics (table redefinitions, PRAGMAs): none of the 18 migrations has any.
-- Seed rows the app needs are kept: the two DataVersion counters (section 4).
-- ═════════════════════════════════════════════════════════════════════════════════════════════════

-- ─── 1. Append-only tables ───────────────────────────────────────────────────────────────────────
-- SQLite: BEFORE UPDATE / BEFORE DELETE triggers `SELECT RAISE(ABORT, '<Table> is append-only')`
-- (migrations noted before each group below).
-- Same trigger names, same message text (SQLSTATE P0001). TRUNCATE, which SQLite does not have and
-- which skips row triggers in PostgreSQL, is refused too ("<Table>_no_truncate"): in SQLite a
-- DELETE of every row is refused like any other.
CREATE FUNCTION "append_only_refuse"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0];
END;
$$;

-- (20261126143606_foundation)
CREATE TRIGGER "AuditLog_no_update" BEFORE UPDATE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('AuditLog is append-only');
CREATE TRIGGER "AuditLog_no_delete" BEFORE DELETE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('AuditLog is append-only');
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('AuditLog is append-only');
-- (20261126145859_joint_meetings)
CREATE TRIGGER "DisputeEvent_no_update" BEFORE UPDATE ON "DisputeEvent" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('DisputeEvent is append-only');
CREATE TRIGGER "DisputeEvent_no_delete" BEFORE DELETE ON "DisputeEvent" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('DisputeEvent is append-only');
CREATE TRIGGER "DisputeEvent_no_truncate" BEFORE TRUNCATE ON "DisputeEvent" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('DisputeEvent is append-only');
CREATE TRIGGER "MinutesAmendment_no_update" BEFORE UPDATE ON "MinutesAmendment" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('MinutesAmendment is append-only');
CREATE TRIGGER "MinutesAmendment_no_delete" BEFORE DELETE ON "MinutesAmendment" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('MinutesAmendment is append-only');
CREATE TRIGGER "MinutesAmendment_no_truncate" BEFORE TRUNCATE ON "MinutesAmendment" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('MinutesAmendment is append-only');
CREATE TRIGGER "ResolutionProgress_no_update" BEFORE UPDATE ON "ResolutionProgress" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('ResolutionProgress is append-only');
CREATE TRIGGER "ResolutionProgress_no_delete" BEFORE DELETE ON "ResolutionProgress" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('ResolutionProgress is append-only');
CREATE TRIGGER "ResolutionProgress_no_truncate" BEFORE TRUNCATE ON "ResolutionProgress" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('ResolutionProgress is append-only');
-- (20261126145945_intake)
CREATE TRIGGER "ComplaintEvent_no_update" BEFORE UPDATE ON "ComplaintEvent" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('ComplaintEvent is append-only');
CREATE TRIGGER "ComplaintEvent_no_delete" BEFORE DELETE ON "ComplaintEvent" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('ComplaintEvent is append-only');
CREATE TRIGGER "ComplaintEvent_no_truncate" BEFORE TRUNCATE ON "ComplaintEvent" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('ComplaintEvent is append-only');
CREATE TRIGGER "ReferralEvent_no_update" BEFORE UPDATE ON "ReferralEvent" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('ReferralEvent is append-only');
CREATE TRIGGER "ReferralEvent_no_delete" BEFORE DELETE ON "ReferralEvent" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('ReferralEvent is append-only');
CREATE TRIGGER "ReferralEvent_no_truncate" BEFORE TRUNCATE ON "ReferralEvent" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('ReferralEvent is append-only');
CREATE TRIGGER "WorksEvent_no_update" BEFORE UPDATE ON "WorksEvent" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('WorksEvent is append-only');
CREATE TRIGGER "WorksEvent_no_delete" BEFORE DELETE ON "WorksEvent" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('WorksEvent is append-only');
CREATE TRIGGER "WorksEvent_no_truncate" BEFORE TRUNCATE ON "WorksEvent" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('WorksEvent is append-only');
CREATE TRIGGER "OutageEvent_no_update" BEFORE UPDATE ON "OutageEvent" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('OutageEvent is append-only');
CREATE TRIGGER "OutageEvent_no_delete" BEFORE DELETE ON "OutageEvent" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('OutageEvent is append-only');
CREATE TRIGGER "OutageEvent_no_truncate" BEFORE TRUNCATE ON "OutageEvent" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('OutageEvent is append-only');
-- (20261127030000_supervision_accountability)
CREATE TRIGGER "AccountabilityRecord_no_update" BEFORE UPDATE ON "AccountabilityRecord" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('AccountabilityRecord is append-only');
CREATE TRIGGER "AccountabilityRecord_no_delete" BEFORE DELETE ON "AccountabilityRecord" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('AccountabilityRecord is append-only');
CREATE TRIGGER "AccountabilityRecord_no_truncate" BEFORE TRUNCATE ON "AccountabilityRecord" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('AccountabilityRecord is append-only');
CREATE TRIGGER "AccountabilityMatter_no_update" BEFORE UPDATE ON "AccountabilityMatter" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('AccountabilityMatter is append-only');
CREATE TRIGGER "AccountabilityMatter_no_delete" BEFORE DELETE ON "AccountabilityMatter" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('AccountabilityMatter is append-only');
CREATE TRIGGER "AccountabilityMatter_no_truncate" BEFORE TRUNCATE ON "AccountabilityMatter" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('AccountabilityMatter is append-only');
CREATE TRIGGER "AccountabilityPerson_no_update" BEFORE UPDATE ON "AccountabilityPerson" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('AccountabilityPerson is append-only');
CREATE TRIGGER "AccountabilityPerson_no_delete" BEFORE DELETE ON "AccountabilityPerson" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('AccountabilityPerson is append-only');
CREATE TRIGGER "AccountabilityPerson_no_truncate" BEFORE TRUNCATE ON "AccountabilityPerson" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('AccountabilityPerson is append-only');
CREATE TRIGGER "AccountabilityExplanation_no_update" BEFORE UPDATE ON "AccountabilityExplanation" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('AccountabilityExplanation is append-only');
CREATE TRIGGER "AccountabilityExplanation_no_delete" BEFORE DELETE ON "AccountabilityExplanation" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('AccountabilityExplanation is append-only');
CREATE TRIGGER "AccountabilityExplanation_no_truncate" BEFORE TRUNCATE ON "AccountabilityExplanation" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('AccountabilityExplanation is append-only');
CREATE TRIGGER "AccountabilityEvent_no_update" BEFORE UPDATE ON "AccountabilityEvent" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('AccountabilityEvent is append-only');
CREATE TRIGGER "AccountabilityEvent_no_delete" BEFORE DELETE ON "AccountabilityEvent" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('AccountabilityEvent is append-only');
CREATE TRIGGER "AccountabilityEvent_no_truncate" BEFORE TRUNCATE ON "AccountabilityEvent" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('AccountabilityEvent is append-only');
-- (20261127031000_satisfaction_assessment)
CREATE TRIGGER "ComplaintRating_no_update" BEFORE UPDATE ON "ComplaintRating" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('ComplaintRating is append-only');
CREATE TRIGGER "ComplaintRating_no_delete" BEFORE DELETE ON "ComplaintRating" FOR EACH ROW EXECUTE FUNCTION "append_only_refuse"('ComplaintRating is append-only');
CREATE TRIGGER "ComplaintRating_no_truncate" BEFORE TRUNCATE ON "ComplaintRating" FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse"('ComplaintRating is append-only');

-- ─── 2. ComplaintYearCount (20261127032000_performance_indexes) ──────────────────────────────────
-- Complaints per year of registration in Asia/Shanghai (UTC+8), district, street and status, kept in
-- the writing transaction. SQLite: CAST(strftime('%Y', "receivedAt", '+8 hours') AS INTEGER) over the
-- ISO text in UTC, here "receivedAt" is TIMESTAMP(3) holding UTC. A delete (or the old side of an
-- update) decrements and leaves the row in place, even at 0, as in SQLite.
CREATE FUNCTION "complaint_year_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "ComplaintYearCount" SET "count" = "count" - 1
    WHERE "year" = EXTRACT(YEAR FROM OLD."receivedAt" + interval '8 hours')::int
      AND "districtId" = OLD."districtId" AND "streetId" = OLD."streetId" AND "status" = OLD."status";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ComplaintYearCount" ("year", "districtId", "streetId", "status", "count")
    VALUES (EXTRACT(YEAR FROM NEW."receivedAt" + interval '8 hours')::int, NEW."districtId", NEW."streetId", NEW."status", 1)
    ON CONFLICT ("year", "districtId", "streetId", "status") DO UPDATE SET "count" = "ComplaintYearCount"."count" + 1;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Complaint_year_count_insert" AFTER INSERT ON "Complaint"
  FOR EACH ROW EXECUTE FUNCTION "complaint_year_count"();
CREATE TRIGGER "Complaint_year_count_delete" AFTER DELETE ON "Complaint"
  FOR EACH ROW EXECUTE FUNCTION "complaint_year_count"();
CREATE TRIGGER "Complaint_year_count_update" AFTER UPDATE OF "status", "districtId", "streetId", "receivedAt" ON "Complaint"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."districtId" IS DISTINCT FROM NEW."districtId"
        OR OLD."streetId" IS DISTINCT FROM NEW."streetId" OR OLD."receivedAt" IS DISTINCT FROM NEW."receivedAt")
  EXECUTE FUNCTION "complaint_year_count"();

-- ─── 3. ComplaintDayMeasure (20261205111247_complaint_day_measures) ──────────────────────────────
-- The assessment's measures per day of registration (Asia/Shanghai, TEXT "YYYY-MM-DD") and street.
-- The conditions are those of lib/data/assessment-measures.ts, as in the SQLite triggers:
--   volume     status NOT IN ('NOT_ACCEPTED', 'DUPLICATE')            ("taken on")
--   handled    taken on AND "handledAt" IS NOT NULL
--   onTime     taken on AND "handledAt" IS NOT NULL AND "handledOnTime" IS TRUE   (SQLite: IS 1)
--   closed     status = 'CLOSED'
--   rated      taken on AND "satisfaction" IS NOT NULL
--   satisfied  taken on AND COALESCE("satisfaction", '') IN ('SATISFIED', 'BASICALLY_SATISFIED')
--   handovers3 taken on AND "handOverCount" >= 3
-- SQLite's 0/1 truth values are (condition)::int here. SQLite: date("receivedAt", '+8 hours').
-- Insert adds the new row's measures, delete takes the old row's away, an update of a column they
-- read takes the old row's away and adds the new row's.
CREATE FUNCTION "complaint_day_measure"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "ComplaintDayMeasure" SET
      "volume"     = "volume"     - (OLD."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE'))::int,
      "handled"    = "handled"    - (OLD."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND OLD."handledAt" IS NOT NULL)::int,
      "onTime"     = "onTime"     - (OLD."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND OLD."handledAt" IS NOT NULL AND OLD."handledOnTime" IS TRUE)::int,
      "closed"     = "closed"     - (OLD."status" = 'CLOSED')::int,
      "rated"      = "rated"      - (OLD."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND OLD."satisfaction" IS NOT NULL)::int,
      "satisfied"  = "satisfied"  - (OLD."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND COALESCE(OLD."satisfaction", '') IN ('SATISFIED', 'BASICALLY_SATISFIED'))::int,
      "handovers3" = "handovers3" - (OLD."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND OLD."handOverCount" >= 3)::int
    WHERE "day" = to_char(OLD."receivedAt" + interval '8 hours', 'YYYY-MM-DD')
      AND "districtId" = OLD."districtId" AND "streetId" = OLD."streetId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ComplaintDayMeasure" ("day", "districtId", "streetId", "volume", "handled", "onTime", "closed", "rated", "satisfied", "handovers3")
    VALUES (
      to_char(NEW."receivedAt" + interval '8 hours', 'YYYY-MM-DD'), NEW."districtId", NEW."streetId",
      (NEW."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE'))::int,
      (NEW."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND NEW."handledAt" IS NOT NULL)::int,
      (NEW."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND NEW."handledAt" IS NOT NULL AND NEW."handledOnTime" IS TRUE)::int,
      (NEW."status" = 'CLOSED')::int,
      (NEW."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND NEW."satisfaction" IS NOT NULL)::int,
      (NEW."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND COALESCE(NEW."satisfaction", '') IN ('SATISFIED', 'BASICALLY_SATISFIED'))::int,
      (NEW."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND NEW."handOverCount" >= 3)::int)
    ON CONFLICT ("day", "districtId", "streetId") DO UPDATE SET
      "volume"     = "ComplaintDayMeasure"."volume"     + EXCLUDED."volume",
      "handled"    = "ComplaintDayMeasure"."handled"    + EXCLUDED."handled",
      "onTime"     = "ComplaintDayMeasure"."onTime"     + EXCLUDED."onTime",
      "closed"     = "ComplaintDayMeasure"."closed"     + EXCLUDED."closed",
      "rated"      = "ComplaintDayMeasure"."rated"      + EXCLUDED."rated",
      "satisfied"  = "ComplaintDayMeasure"."satisfied"  + EXCLUDED."satisfied",
      "handovers3" = "ComplaintDayMeasure"."handovers3" + EXCLUDED."handovers3";
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Complaint_day_measure_insert" AFTER INSERT ON "Complaint"
  FOR EACH ROW EXECUTE FUNCTION "complaint_day_measure"();
CREATE TRIGGER "Complaint_day_measure_delete" AFTER DELETE ON "Complaint"
  FOR EACH ROW EXECUTE FUNCTION "complaint_day_measure"();
CREATE TRIGGER "Complaint_day_measure_update"
  AFTER UPDATE OF "status", "handledAt", "handledOnTime", "satisfaction", "handOverCount", "receivedAt", "districtId", "streetId" ON "Complaint"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."handledAt" IS DISTINCT FROM NEW."handledAt"
        OR OLD."handledOnTime" IS DISTINCT FROM NEW."handledOnTime" OR OLD."satisfaction" IS DISTINCT FROM NEW."satisfaction"
        OR OLD."handOverCount" IS DISTINCT FROM NEW."handOverCount" OR OLD."receivedAt" IS DISTINCT FROM NEW."receivedAt"
        OR OLD."districtId" IS DISTINCT FROM NEW."districtId" OR OLD."streetId" IS DISTINCT FROM NEW."streetId")
  EXECUTE FUNCTION "complaint_day_measure"();

-- ─── 4. DataVersion counters (20261206063203_data_versions) ──────────────────────────────────────
-- lib/data/shared-cache.ts: every inserted, updated or deleted row of the tables below bumps its
-- counter ("directory" or "matters") by one in the same transaction (row triggers, as in SQLite:
-- a statement touching n rows bumps by n, one touching none does not bump).
INSERT INTO "DataVersion" ("name", "version") VALUES ('directory', 0), ('matters', 0);

CREATE FUNCTION "data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = TG_ARGV[0];
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Organisation_data_version_insert" AFTER INSERT ON "Organisation" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('directory');
CREATE TRIGGER "Organisation_data_version_update" AFTER UPDATE ON "Organisation" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('directory');
CREATE TRIGGER "Organisation_data_version_delete" AFTER DELETE ON "Organisation" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('directory');
CREATE TRIGGER "ResidentialArea_data_version_insert" AFTER INSERT ON "ResidentialArea" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('directory');
CREATE TRIGGER "ResidentialArea_data_version_update" AFTER UPDATE ON "ResidentialArea" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('directory');
CREATE TRIGGER "ResidentialArea_data_version_delete" AFTER DELETE ON "ResidentialArea" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('directory');
CREATE TRIGGER "DutyCategory_data_version_insert" AFTER INSERT ON "DutyCategory" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('directory');
CREATE TRIGGER "DutyCategory_data_version_update" AFTER UPDATE ON "DutyCategory" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('directory');
CREATE TRIGGER "DutyCategory_data_version_delete" AFTER DELETE ON "DutyCategory" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('directory');
CREATE TRIGGER "RoutingKeyword_data_version_insert" AFTER INSERT ON "RoutingKeyword" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('directory');
CREATE TRIGGER "RoutingKeyword_data_version_update" AFTER UPDATE ON "RoutingKeyword" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('directory');
CREATE TRIGGER "RoutingKeyword_data_version_delete" AFTER DELETE ON "RoutingKeyword" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('directory');
CREATE TRIGGER "Complaint_data_version_insert" AFTER INSERT ON "Complaint" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Complaint_data_version_update" AFTER UPDATE ON "Complaint" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Complaint_data_version_delete" AFTER DELETE ON "Complaint" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "ComplaintHolder_data_version_insert" AFTER INSERT ON "ComplaintHolder" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "ComplaintHolder_data_version_update" AFTER UPDATE ON "ComplaintHolder" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "ComplaintHolder_data_version_delete" AFTER DELETE ON "ComplaintHolder" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "ComplaintRating_data_version_insert" AFTER INSERT ON "ComplaintRating" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "ComplaintRating_data_version_update" AFTER UPDATE ON "ComplaintRating" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "ComplaintRating_data_version_delete" AFTER DELETE ON "ComplaintRating" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "EnforcementReferral_data_version_insert" AFTER INSERT ON "EnforcementReferral" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "EnforcementReferral_data_version_update" AFTER UPDATE ON "EnforcementReferral" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "EnforcementReferral_data_version_delete" AFTER DELETE ON "EnforcementReferral" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "ReferralEvent_data_version_insert" AFTER INSERT ON "ReferralEvent" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "ReferralEvent_data_version_update" AFTER UPDATE ON "ReferralEvent" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "ReferralEvent_data_version_delete" AFTER DELETE ON "ReferralEvent" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Dispute_data_version_insert" AFTER INSERT ON "Dispute" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Dispute_data_version_update" AFTER UPDATE ON "Dispute" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Dispute_data_version_delete" AFTER DELETE ON "Dispute" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "DisputeArea_data_version_insert" AFTER INSERT ON "DisputeArea" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "DisputeArea_data_version_update" AFTER UPDATE ON "DisputeArea" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "DisputeArea_data_version_delete" AFTER DELETE ON "DisputeArea" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "DisputeUnit_data_version_insert" AFTER INSERT ON "DisputeUnit" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "DisputeUnit_data_version_update" AFTER UPDATE ON "DisputeUnit" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "DisputeUnit_data_version_delete" AFTER DELETE ON "DisputeUnit" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "JointMeeting_data_version_insert" AFTER INSERT ON "JointMeeting" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "JointMeeting_data_version_update" AFTER UPDATE ON "JointMeeting" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "JointMeeting_data_version_delete" AFTER DELETE ON "JointMeeting" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "MeetingInvitation_data_version_insert" AFTER INSERT ON "MeetingInvitation" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "MeetingInvitation_data_version_update" AFTER UPDATE ON "MeetingInvitation" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "MeetingInvitation_data_version_delete" AFTER DELETE ON "MeetingInvitation" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "AgendaItem_data_version_insert" AFTER INSERT ON "AgendaItem" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "AgendaItem_data_version_update" AFTER UPDATE ON "AgendaItem" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "AgendaItem_data_version_delete" AFTER DELETE ON "AgendaItem" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Attendance_data_version_insert" AFTER INSERT ON "Attendance" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Attendance_data_version_update" AFTER UPDATE ON "Attendance" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Attendance_data_version_delete" AFTER DELETE ON "Attendance" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Resolution_data_version_insert" AFTER INSERT ON "Resolution" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Resolution_data_version_update" AFTER UPDATE ON "Resolution" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Resolution_data_version_delete" AFTER DELETE ON "Resolution" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Escalation_data_version_insert" AFTER INSERT ON "Escalation" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Escalation_data_version_update" AFTER UPDATE ON "Escalation" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Escalation_data_version_delete" AFTER DELETE ON "Escalation" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "PlannedWorks_data_version_insert" AFTER INSERT ON "PlannedWorks" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "PlannedWorks_data_version_update" AFTER UPDATE ON "PlannedWorks" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "PlannedWorks_data_version_delete" AFTER DELETE ON "PlannedWorks" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "PlannedWorksArea_data_version_insert" AFTER INSERT ON "PlannedWorksArea" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "PlannedWorksArea_data_version_update" AFTER UPDATE ON "PlannedWorksArea" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "PlannedWorksArea_data_version_delete" AFTER DELETE ON "PlannedWorksArea" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Outage_data_version_insert" AFTER INSERT ON "Outage" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Outage_data_version_update" AFTER UPDATE ON "Outage" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Outage_data_version_delete" AFTER DELETE ON "Outage" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "OutageAssistTask_data_version_insert" AFTER INSERT ON "OutageAssistTask" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "OutageAssistTask_data_version_update" AFTER UPDATE ON "OutageAssistTask" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "OutageAssistTask_data_version_delete" AFTER DELETE ON "OutageAssistTask" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "AccountabilityRecord_data_version_insert" AFTER INSERT ON "AccountabilityRecord" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "AccountabilityRecord_data_version_update" AFTER UPDATE ON "AccountabilityRecord" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "AccountabilityRecord_data_version_delete" AFTER DELETE ON "AccountabilityRecord" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "AssessmentPeriod_data_version_insert" AFTER INSERT ON "AssessmentPeriod" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "AssessmentPeriod_data_version_update" AFTER UPDATE ON "AssessmentPeriod" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "AssessmentPeriod_data_version_delete" AFTER DELETE ON "AssessmentPeriod" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "AssessmentIndicator_data_version_insert" AFTER INSERT ON "AssessmentIndicator" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "AssessmentIndicator_data_version_update" AFTER UPDATE ON "AssessmentIndicator" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "AssessmentIndicator_data_version_delete" AFTER DELETE ON "AssessmentIndicator" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Commendation_data_version_insert" AFTER INSERT ON "Commendation" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Commendation_data_version_update" AFTER UPDATE ON "Commendation" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "Commendation_data_version_delete" AFTER DELETE ON "Commendation" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "CalendarDay_data_version_insert" AFTER INSERT ON "CalendarDay" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "CalendarDay_data_version_update" AFTER UPDATE ON "CalendarDay" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "CalendarDay_data_version_delete" AFTER DELETE ON "CalendarDay" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "DeadlineRule_data_version_insert" AFTER INSERT ON "DeadlineRule" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "DeadlineRule_data_version_update" AFTER UPDATE ON "DeadlineRule" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');
CREATE TRIGGER "DeadlineRule_data_version_delete" AFTER DELETE ON "DeadlineRule" FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('matters');

-- ─── 5. Indexes created by hand ──────────────────────────────────────────────────────────────────
-- Partial index (20261206064834_supervision_due_index): complaints with a running deadline, in
-- due-date order with the organisation that must act. The schema cannot express it (and Prisma's
-- diff ignores partial indexes).
CREATE INDEX "Complaint_running_due_idx" ON "Complaint"("currentDueDate", "id", "handlerOrgId") WHERE "currentDueDate" IS NOT NULL;

-- ─── 6. Full-text search (replaces the FTS5 trigram tables of 20261126145945_intake) ─────────────
-- SQLite searched ComplaintFts(description), ReferralFts(location, findings),
-- WorksFts(title, description, occupies) and OutageFts(reason). Here: pg_trgm and one GIN trigram
-- index per searched column, which serve ILIKE '%term%' (and similarity) on that column. Like FTS5's
-- trigram tokenizer, they help only for terms of 3+ characters. Indexes created:
--   "Complaint_description_trgm_idx"          "Complaint"("description")
--   "EnforcementReferral_location_trgm_idx"   "EnforcementReferral"("location")
--   "EnforcementReferral_findings_trgm_idx"   "EnforcementReferral"("findings")
--   "PlannedWorks_title_trgm_idx"             "PlannedWorks"("title")
--   "PlannedWorks_description_trgm_idx"       "PlannedWorks"("description")
--   "PlannedWorks_occupies_trgm_idx"          "PlannedWorks"("occupies")
--   "Outage_reason_trgm_idx"                  "Outage"("reason")
-- pg_trgm is a trusted extension (PostgreSQL 13+): the owner of the database can create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Complaint_description_trgm_idx" ON "Complaint" USING gin ("description" gin_trgm_ops);
CREATE INDEX "EnforcementReferral_location_trgm_idx" ON "EnforcementReferral" USING gin ("location" gin_trgm_ops);
CREATE INDEX "EnforcementReferral_findings_trgm_idx" ON "EnforcementReferral" USING gin ("findings" gin_trgm_ops);
CREATE INDEX "PlannedWorks_title_trgm_idx" ON "PlannedWorks" USING gin ("title" gin_trgm_ops);
CREATE INDEX "PlannedWorks_description_trgm_idx" ON "PlannedWorks" USING gin ("description" gin_trgm_ops);
CREATE INDEX "PlannedWorks_occupies_trgm_idx" ON "PlannedWorks" USING gin ("occupies" gin_trgm_ops);
CREATE INDEX "Outage_reason_trgm_idx" ON "Outage" USING gin ("reason" gin_trgm_ops);
