-- CreateTable
CREATE TABLE "DataVersion" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- The counters (lib/data/shared-cache.ts, docs/decisions/045). Every change to a table below bumps its
-- counter in the same transaction, so a reading cached under the old value is not used again, by
-- this or any other server process. "matters" also follows the calendar and the deadline rules:
-- supervision counts working days with them.
INSERT INTO "DataVersion" ("name", "version") VALUES ('directory', 0), ('matters', 0);
CREATE TRIGGER "Organisation_data_version_insert" AFTER INSERT ON "Organisation" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'directory'; END;
CREATE TRIGGER "Organisation_data_version_update" AFTER UPDATE ON "Organisation" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'directory'; END;
CREATE TRIGGER "Organisation_data_version_delete" AFTER DELETE ON "Organisation" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'directory'; END;
CREATE TRIGGER "ResidentialArea_data_version_insert" AFTER INSERT ON "ResidentialArea" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'directory'; END;
CREATE TRIGGER "ResidentialArea_data_version_update" AFTER UPDATE ON "ResidentialArea" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'directory'; END;
CREATE TRIGGER "ResidentialArea_data_version_delete" AFTER DELETE ON "ResidentialArea" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'directory'; END;
CREATE TRIGGER "DutyCategory_data_version_insert" AFTER INSERT ON "DutyCategory" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'directory'; END;
CREATE TRIGGER "DutyCategory_data_version_update" AFTER UPDATE ON "DutyCategory" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'directory'; END;
CREATE TRIGGER "DutyCategory_data_version_delete" AFTER DELETE ON "DutyCategory" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'directory'; END;
CREATE TRIGGER "RoutingKeyword_data_version_insert" AFTER INSERT ON "RoutingKeyword" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'directory'; END;
CREATE TRIGGER "RoutingKeyword_data_version_update" AFTER UPDATE ON "RoutingKeyword" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'directory'; END;
CREATE TRIGGER "RoutingKeyword_data_version_delete" AFTER DELETE ON "RoutingKeyword" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'directory'; END;
CREATE TRIGGER "Complaint_data_version_insert" AFTER INSERT ON "Complaint" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Complaint_data_version_update" AFTER UPDATE ON "Complaint" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Complaint_data_version_delete" AFTER DELETE ON "Complaint" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "ComplaintHolder_data_version_insert" AFTER INSERT ON "ComplaintHolder" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "ComplaintHolder_data_version_update" AFTER UPDATE ON "ComplaintHolder" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "ComplaintHolder_data_version_delete" AFTER DELETE ON "ComplaintHolder" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "ComplaintRating_data_version_insert" AFTER INSERT ON "ComplaintRating" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "ComplaintRating_data_version_update" AFTER UPDATE ON "ComplaintRating" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "ComplaintRating_data_version_delete" AFTER DELETE ON "ComplaintRating" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "EnforcementReferral_data_version_insert" AFTER INSERT ON "EnforcementReferral" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "EnforcementReferral_data_version_update" AFTER UPDATE ON "EnforcementReferral" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "EnforcementReferral_data_version_delete" AFTER DELETE ON "EnforcementReferral" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "ReferralEvent_data_version_insert" AFTER INSERT ON "ReferralEvent" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "ReferralEvent_data_version_update" AFTER UPDATE ON "ReferralEvent" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "ReferralEvent_data_version_delete" AFTER DELETE ON "ReferralEvent" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Dispute_data_version_insert" AFTER INSERT ON "Dispute" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Dispute_data_version_update" AFTER UPDATE ON "Dispute" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Dispute_data_version_delete" AFTER DELETE ON "Dispute" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "DisputeArea_data_version_insert" AFTER INSERT ON "DisputeArea" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "DisputeArea_data_version_update" AFTER UPDATE ON "DisputeArea" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "DisputeArea_data_version_delete" AFTER DELETE ON "DisputeArea" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "DisputeUnit_data_version_insert" AFTER INSERT ON "DisputeUnit" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "DisputeUnit_data_version_update" AFTER UPDATE ON "DisputeUnit" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "DisputeUnit_data_version_delete" AFTER DELETE ON "DisputeUnit" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "JointMeeting_data_version_insert" AFTER INSERT ON "JointMeeting" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "JointMeeting_data_version_update" AFTER UPDATE ON "JointMeeting" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "JointMeeting_data_version_delete" AFTER DELETE ON "JointMeeting" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "MeetingInvitation_data_version_insert" AFTER INSERT ON "MeetingInvitation" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "MeetingInvitation_data_version_update" AFTER UPDATE ON "MeetingInvitation" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "MeetingInvitation_data_version_delete" AFTER DELETE ON "MeetingInvitation" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "AgendaItem_data_version_insert" AFTER INSERT ON "AgendaItem" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "AgendaItem_data_version_update" AFTER UPDATE ON "AgendaItem" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "AgendaItem_data_version_delete" AFTER DELETE ON "AgendaItem" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Attendance_data_version_insert" AFTER INSERT ON "Attendance" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Attendance_data_version_update" AFTER UPDATE ON "Attendance" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Attendance_data_version_delete" AFTER DELETE ON "Attendance" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Resolution_data_version_insert" AFTER INSERT ON "Resolution" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Resolution_data_version_update" AFTER UPDATE ON "Resolution" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Resolution_data_version_delete" AFTER DELETE ON "Resolution" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Escalation_data_version_insert" AFTER INSERT ON "Escalation" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Escalation_data_version_update" AFTER UPDATE ON "Escalation" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Escalation_data_version_delete" AFTER DELETE ON "Escalation" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "PlannedWorks_data_version_insert" AFTER INSERT ON "PlannedWorks" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "PlannedWorks_data_version_update" AFTER UPDATE ON "PlannedWorks" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "PlannedWorks_data_version_delete" AFTER DELETE ON "PlannedWorks" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "PlannedWorksArea_data_version_insert" AFTER INSERT ON "PlannedWorksArea" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "PlannedWorksArea_data_version_update" AFTER UPDATE ON "PlannedWorksArea" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "PlannedWorksArea_data_version_delete" AFTER DELETE ON "PlannedWorksArea" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Outage_data_version_insert" AFTER INSERT ON "Outage" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Outage_data_version_update" AFTER UPDATE ON "Outage" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Outage_data_version_delete" AFTER DELETE ON "Outage" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "OutageAssistTask_data_version_insert" AFTER INSERT ON "OutageAssistTask" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "OutageAssistTask_data_version_update" AFTER UPDATE ON "OutageAssistTask" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "OutageAssistTask_data_version_delete" AFTER DELETE ON "OutageAssistTask" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "AccountabilityRecord_data_version_insert" AFTER INSERT ON "AccountabilityRecord" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "AccountabilityRecord_data_version_update" AFTER UPDATE ON "AccountabilityRecord" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "AccountabilityRecord_data_version_delete" AFTER DELETE ON "AccountabilityRecord" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "AssessmentPeriod_data_version_insert" AFTER INSERT ON "AssessmentPeriod" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "AssessmentPeriod_data_version_update" AFTER UPDATE ON "AssessmentPeriod" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "AssessmentPeriod_data_version_delete" AFTER DELETE ON "AssessmentPeriod" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "AssessmentIndicator_data_version_insert" AFTER INSERT ON "AssessmentIndicator" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "AssessmentIndicator_data_version_update" AFTER UPDATE ON "AssessmentIndicator" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "AssessmentIndicator_data_version_delete" AFTER DELETE ON "AssessmentIndicator" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Commendation_data_version_insert" AFTER INSERT ON "Commendation" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Commendation_data_version_update" AFTER UPDATE ON "Commendation" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "Commendation_data_version_delete" AFTER DELETE ON "Commendation" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "CalendarDay_data_version_insert" AFTER INSERT ON "CalendarDay" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "CalendarDay_data_version_update" AFTER UPDATE ON "CalendarDay" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "CalendarDay_data_version_delete" AFTER DELETE ON "CalendarDay" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "DeadlineRule_data_version_insert" AFTER INSERT ON "DeadlineRule" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "DeadlineRule_data_version_update" AFTER UPDATE ON "DeadlineRule" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
CREATE TRIGGER "DeadlineRule_data_version_delete" AFTER DELETE ON "DeadlineRule" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'matters'; END;
