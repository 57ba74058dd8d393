-- CreateTable
CREATE TABLE "ComplaintYearCount" (
    "year" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "streetId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("year", "districtId", "streetId", "status")
);

-- CreateIndex
CREATE INDEX "ComplaintYearCount_year_streetId_idx" ON "ComplaintYearCount"("year", "streetId");

-- The yearly summary is kept in the same transaction as every complaint write (issue 6).
-- Year of registration in Asia/Shanghai (UTC+8); receivedAt is ISO-8601 text.
CREATE TRIGGER "Complaint_year_count_insert" AFTER INSERT ON "Complaint" BEGIN
  INSERT INTO "ComplaintYearCount" ("year", "districtId", "streetId", "status", "count")
  VALUES (CAST(strftime('%Y', new."receivedAt", '+8 hours') AS INTEGER), new."districtId", new."streetId", new."status", 1)
  ON CONFLICT ("year", "districtId", "streetId", "status") DO UPDATE SET "count" = "count" + 1;
END;
CREATE TRIGGER "Complaint_year_count_delete" AFTER DELETE ON "Complaint" BEGIN
  UPDATE "ComplaintYearCount" SET "count" = "count" - 1
  WHERE "year" = CAST(strftime('%Y', old."receivedAt", '+8 hours') AS INTEGER) AND "districtId" = old."districtId" AND "streetId" = old."streetId" AND "status" = old."status";
END;
CREATE TRIGGER "Complaint_year_count_update" AFTER UPDATE OF "status", "districtId", "streetId", "receivedAt" ON "Complaint"
WHEN old."status" IS NOT new."status" OR old."districtId" IS NOT new."districtId" OR old."streetId" IS NOT new."streetId" OR old."receivedAt" IS NOT new."receivedAt" BEGIN
  UPDATE "ComplaintYearCount" SET "count" = "count" - 1
  WHERE "year" = CAST(strftime('%Y', old."receivedAt", '+8 hours') AS INTEGER) AND "districtId" = old."districtId" AND "streetId" = old."streetId" AND "status" = old."status";
  INSERT INTO "ComplaintYearCount" ("year", "districtId", "streetId", "status", "count")
  VALUES (CAST(strftime('%Y', new."receivedAt", '+8 hours') AS INTEGER), new."districtId", new."streetId", new."status", 1)
  ON CONFLICT ("year", "districtId", "streetId", "status") DO UPDATE SET "count" = "count" + 1;
END;

-- Existing complaints.
INSERT INTO "ComplaintYearCount" ("year", "districtId", "streetId", "status", "count")
SELECT CAST(strftime('%Y', "receivedAt", '+8 hours') AS INTEGER), "districtId", "streetId", "status", COUNT(*)
FROM "Complaint" GROUP BY 1, 2, 3, 4;

-- Lists in newest-first order within a street or district walk an index instead of sorting the
-- street's or district's every row (issue 6: EXPLAIN QUERY PLAN showed USE TEMP B-TREE FOR ORDER BY).
CREATE INDEX "Complaint_streetId_id_idx" ON "Complaint"("streetId", "id");
CREATE INDEX "Complaint_districtId_id_idx" ON "Complaint"("districtId", "id");
CREATE INDEX "Complaint_registeredOrgId_extensionStatus_idx" ON "Complaint"("registeredOrgId", "extensionStatus");
CREATE INDEX "EnforcementReferral_streetId_id_idx" ON "EnforcementReferral"("streetId", "id");
CREATE INDEX "EnforcementReferral_districtId_id_idx" ON "EnforcementReferral"("districtId", "id");
