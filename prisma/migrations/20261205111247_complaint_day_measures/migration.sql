-- The assessment's complaint measures per day of registration (Asia/Shanghai) and street
-- (docs/decisions/045). The conditions are those of measureWhere / measureHolds in
-- lib/data/assessment-measures.ts: "volume" is every complaint taken on (not NOT_ACCEPTED or
-- DUPLICATE), each other measure adds its condition ("closed" implies taken on). A data test holds
-- this table equal to a live count of the complaints after registrations and transitions.
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
    PRIMARY KEY ("day", "districtId", "streetId")
);
CREATE INDEX "ComplaintDayMeasure_districtId_day_idx" ON "ComplaintDayMeasure"("districtId", "day");
CREATE INDEX "ComplaintDayMeasure_streetId_day_idx" ON "ComplaintDayMeasure"("streetId", "day");

-- Kept in the writing transaction: insert adds the row's measures, delete takes them away, an
-- update of any column they read takes the old row's away and adds the new row's.
CREATE TRIGGER "Complaint_day_measure_insert" AFTER INSERT ON "Complaint" BEGIN
  INSERT INTO "ComplaintDayMeasure" ("day", "districtId", "streetId", "volume", "handled", "onTime", "closed", "rated", "satisfied", "handovers3")
  VALUES (date(new."receivedAt", '+8 hours'), new."districtId", new."streetId", (new."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE')), (new."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND new."handledAt" IS NOT NULL), (new."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND new."handledAt" IS NOT NULL AND new."handledOnTime" IS 1), (new."status" = 'CLOSED'), (new."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND new."satisfaction" IS NOT NULL), (new."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND COALESCE(new."satisfaction", '') IN ('SATISFIED', 'BASICALLY_SATISFIED')), (new."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND new."handOverCount" >= 3))
  ON CONFLICT ("day", "districtId", "streetId") DO UPDATE SET "volume" = "volume" + excluded."volume", "handled" = "handled" + excluded."handled", "onTime" = "onTime" + excluded."onTime", "closed" = "closed" + excluded."closed", "rated" = "rated" + excluded."rated", "satisfied" = "satisfied" + excluded."satisfied", "handovers3" = "handovers3" + excluded."handovers3";
END;
CREATE TRIGGER "Complaint_day_measure_delete" AFTER DELETE ON "Complaint" BEGIN
  UPDATE "ComplaintDayMeasure" SET "volume" = "volume" - (old."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE')), "handled" = "handled" - (old."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND old."handledAt" IS NOT NULL), "onTime" = "onTime" - (old."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND old."handledAt" IS NOT NULL AND old."handledOnTime" IS 1), "closed" = "closed" - (old."status" = 'CLOSED'), "rated" = "rated" - (old."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND old."satisfaction" IS NOT NULL), "satisfied" = "satisfied" - (old."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND COALESCE(old."satisfaction", '') IN ('SATISFIED', 'BASICALLY_SATISFIED')), "handovers3" = "handovers3" - (old."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND old."handOverCount" >= 3)
  WHERE "day" = date(old."receivedAt", '+8 hours') AND "districtId" = old."districtId" AND "streetId" = old."streetId";
END;
CREATE TRIGGER "Complaint_day_measure_update" AFTER UPDATE OF "status", "handledAt", "handledOnTime", "satisfaction", "handOverCount", "receivedAt", "districtId", "streetId" ON "Complaint"
WHEN old."status" IS NOT new."status" OR old."handledAt" IS NOT new."handledAt" OR old."handledOnTime" IS NOT new."handledOnTime" OR old."satisfaction" IS NOT new."satisfaction" OR old."handOverCount" IS NOT new."handOverCount" OR old."receivedAt" IS NOT new."receivedAt" OR old."districtId" IS NOT new."districtId" OR old."streetId" IS NOT new."streetId" BEGIN
  UPDATE "ComplaintDayMeasure" SET "volume" = "volume" - (old."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE')), "handled" = "handled" - (old."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND old."handledAt" IS NOT NULL), "onTime" = "onTime" - (old."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND old."handledAt" IS NOT NULL AND old."handledOnTime" IS 1), "closed" = "closed" - (old."status" = 'CLOSED'), "rated" = "rated" - (old."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND old."satisfaction" IS NOT NULL), "satisfied" = "satisfied" - (old."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND COALESCE(old."satisfaction", '') IN ('SATISFIED', 'BASICALLY_SATISFIED')), "handovers3" = "handovers3" - (old."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND old."handOverCount" >= 3)
  WHERE "day" = date(old."receivedAt", '+8 hours') AND "districtId" = old."districtId" AND "streetId" = old."streetId";
  INSERT INTO "ComplaintDayMeasure" ("day", "districtId", "streetId", "volume", "handled", "onTime", "closed", "rated", "satisfied", "handovers3")
  VALUES (date(new."receivedAt", '+8 hours'), new."districtId", new."streetId", (new."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE')), (new."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND new."handledAt" IS NOT NULL), (new."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND new."handledAt" IS NOT NULL AND new."handledOnTime" IS 1), (new."status" = 'CLOSED'), (new."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND new."satisfaction" IS NOT NULL), (new."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND COALESCE(new."satisfaction", '') IN ('SATISFIED', 'BASICALLY_SATISFIED')), (new."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND new."handOverCount" >= 3))
  ON CONFLICT ("day", "districtId", "streetId") DO UPDATE SET "volume" = "volume" + excluded."volume", "handled" = "handled" + excluded."handled", "onTime" = "onTime" + excluded."onTime", "closed" = "closed" + excluded."closed", "rated" = "rated" + excluded."rated", "satisfied" = "satisfied" + excluded."satisfied", "handovers3" = "handovers3" + excluded."handovers3";
END;

-- Existing complaints.
INSERT INTO "ComplaintDayMeasure" ("day", "districtId", "streetId", "volume", "handled", "onTime", "closed", "rated", "satisfied", "handovers3")
SELECT date(c."receivedAt", '+8 hours'), c."districtId", c."streetId", SUM(c."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE')), SUM(c."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND c."handledAt" IS NOT NULL), SUM(c."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND c."handledAt" IS NOT NULL AND c."handledOnTime" IS 1), SUM(c."status" = 'CLOSED'), SUM(c."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND c."satisfaction" IS NOT NULL), SUM(c."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND COALESCE(c."satisfaction", '') IN ('SATISFIED', 'BASICALLY_SATISFIED')), SUM(c."status" NOT IN ('NOT_ACCEPTED', 'DUPLICATE') AND c."handOverCount" >= 3)
FROM "Complaint" c GROUP BY 1, 2, 3;
