// Which record kinds have attachments, and how to check the actor may see one of them.
// Each feature adds one line: registerAttachmentOwner("Dispute", (actor, id) => canSeeDispute(actor, id)).
import "server-only";
import { registerAttachmentOwner } from "@/lib/data/attachments";
import { canSeeDispute, DISPUTE_ENTITY } from "@/lib/data/disputes";

// Disputes and joint meetings (issue 3)
registerAttachmentOwner(DISPUTE_ENTITY, canSeeDispute);
