-- Supervision at city scale (docs/decisions/045): the complaints with a running deadline (about 3 %
-- of them; currentDueDate is NULL once nobody must act) in due-date order with the organisation
-- that must act, so counting the city's overdue matters per organisation and listing the most
-- urgent read this small index alone. Partial: the schema cannot express it, so it lives here;
-- a migration that redefines the Complaint table must re-create it (docs/developing.md).
CREATE INDEX "Complaint_running_due_idx" ON "Complaint"("currentDueDate", "id", "handlerOrgId") WHERE "currentDueDate" IS NOT NULL;
