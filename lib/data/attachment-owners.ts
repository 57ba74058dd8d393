// Which record kinds have attachments, and how to check the actor may see one of them.
// Each feature adds one line: registerAttachmentOwner("Dispute", (actor, id) => canSeeDispute(actor, id)).
import "server-only";
import { registerAttachmentOwner } from "@/lib/data/attachments";
import { canSeeDispute, DISPUTE_ENTITY } from "@/lib/data/disputes";

// Disputes and joint meetings (issue 3)
registerAttachmentOwner(DISPUTE_ENTITY, canSeeDispute);
import { canSeeComplaint, canSeeComplaintFiles } from "@/lib/data/complaints";
import { canSeeOutage } from "@/lib/data/outages";
import { canSeeReferral } from "@/lib/data/referrals";
import { canSeeWorks } from "@/lib/data/works";

// Intake: complaint files may identify the resident, so only those who may identify them get them.
registerAttachmentOwner("Complaint", canSeeComplaintFiles);
// Photos of the site before and after handling (issue 12): whoever sees the complaint.
registerAttachmentOwner("ComplaintBefore", canSeeComplaint);
registerAttachmentOwner("ComplaintAfter", canSeeComplaint);
registerAttachmentOwner("EnforcementReferral", canSeeReferral);
registerAttachmentOwner("ReferralOutcome", canSeeReferral);
registerAttachmentOwner("PlannedWorks", canSeeWorks);
registerAttachmentOwner("Outage", canSeeOutage);
