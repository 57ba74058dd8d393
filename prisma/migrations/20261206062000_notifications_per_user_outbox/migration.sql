-- CreateTable
CREATE TABLE "NotificationRead" (
    "notificationId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "readAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "notificationId"),
    CONSTRAINT "NotificationRead_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxDelivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT NOT NULL DEFAULT '',
    "sourceType" TEXT NOT NULL DEFAULT '',
    "sourceId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);

-- AlterTable
ALTER TABLE "User" ADD COLUMN "notificationsReadThrough" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "OutboxDelivery_status_nextAttemptAt_idx" ON "OutboxDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxDelivery_sourceType_sourceId_idx" ON "OutboxDelivery"("sourceType", "sourceId");

-- CreateIndex
CREATE INDEX "Notification_orgId_id_idx" ON "Notification"("orgId", "id");

-- Read state moves from the organisation to each of its users (docs/decisions/062): a notice the
-- organisation had read is read by each of its users.
INSERT INTO "NotificationRead" ("notificationId", "userId", "readAt")
SELECT n."id", u."id", n."readAt" FROM "Notification" n JOIN "User" u ON u."orgId" = n."orgId" WHERE n."readAt" IS NOT NULL;
