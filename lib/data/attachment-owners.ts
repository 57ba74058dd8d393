// Which record kinds have attachments, and how to check the actor may see one of them.
// Each feature adds one line: registerAttachmentOwner("Dispute", (actor, id) => canSeeDispute(actor, id)).
import "server-only";
export {};
