-- AlterTable
ALTER TABLE "OutboxDelivery" ADD COLUMN "systemId" INTEGER;

-- CreateTable
CREATE TABLE "ExternalSystem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "scopeOrgId" INTEGER NOT NULL,
    "webhookUrl" TEXT NOT NULL DEFAULT '',
    "webhookSecret" TEXT NOT NULL DEFAULT '',
    "rateLimit" INTEGER NOT NULL DEFAULT 120,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExternalSystem_scopeOrgId_fkey" FOREIGN KEY ("scopeOrgId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "systemId" INTEGER NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER NOT NULL,
    "createdByName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    "revokedByName" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ApiKey_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "ExternalSystem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkOrderLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "systemId" INTEGER NOT NULL,
    "orderNo" TEXT NOT NULL,
    "complaintId" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WorkOrderLink_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "ExternalSystem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

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

-- CreateIndex
CREATE INDEX "OutboxDelivery_systemId_id_idx" ON "OutboxDelivery"("systemId", "id");
