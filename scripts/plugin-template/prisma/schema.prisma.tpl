// The __plugin__ plugin's models, mirroring migrations/*.sql exactly (test/schema.test.ts compares).
// Relations to core tables (Tenant, Account, ...) are SQL foreign keys only, listed in the test.

generator client {
  provider     = "prisma-client"
  output       = "../src/generated/prisma"
  moduleFormat = "esm"
}

datasource db {
  provider = "postgresql"
}

model __Plugin__Item {
  tenantId  String   @db.Uuid
  id        String   @db.Uuid
  name      String
  status    String   @default("active")
  version   Int      @default(1)
  createdAt DateTime @default(now()) @db.Timestamptz(3)
  updatedAt DateTime @default(now()) @db.Timestamptz(3)

  @@id([tenantId, id])
  @@unique([tenantId, name])
}
