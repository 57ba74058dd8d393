// Complaint registration through the app's own registerComplaint (routing, deadlines, search
// index, timeline and audit rows in one transaction). Imported by the data-layer benchmark for
// the single writer; run as a child process (`writer.ts <userId> <count>`) for concurrent writers,
// printing one JSON line: created, errors, SQLITE_BUSY errors and per-call milliseconds.
import type { Actor } from "../../lib/scope.ts";

export type WriterResult = { ok: number; errors: number; busy: number; seconds: number; samples: number[]; messages: string[] };

function cityNow(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16);
}

export async function createComplaints(actor: Actor, count: number): Promise<WriterResult> {
  const { registerComplaint } = await import("../../lib/data/complaints.ts");
  const { areaOptions } = await import("../../lib/data/areas.ts");
  const { dutyLines } = await import("../../lib/data/routing.ts");
  const areas = await areaOptions(actor);
  const duties = await dutyLines();
  if (areas.length === 0 || duties.length === 0) throw new Error("the bench actor has no areas or duty lines");
  const result: WriterResult = { ok: 0, errors: 0, busy: 0, seconds: 0, samples: [], messages: [] };
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const area = areas[i % areas.length]!;
    const duty = duties[i % duties.length]!;
    const s = performance.now();
    try {
      await registerComplaint(actor, {
        channel: "MAYOR_HOTLINE", channelRef: "", receivedAt: cityNow(), residentName: "测试居民", residentPhone: "13800000000",
        areaId: area.id, categoryId: duty.id, aboutOrgId: null, description: `压测登记：${area.name}楼道卫生差，屋顶漏水，请尽快处理。第${i + 1}件`, duplicateOfId: null,
      }, []);
      result.ok++;
    } catch (error) {
      result.errors++;
      const message = error instanceof Error ? error.message : String(error);
      if (/SQLITE_BUSY|database is locked/i.test(message)) result.busy++;
      if (result.messages.length < 5) result.messages.push(message.slice(0, 300));
    }
    result.samples.push(performance.now() - s);
  }
  result.seconds = (performance.now() - t0) / 1000;
  return result;
}

export type ImportResult = { rows: number; seconds: number; ok: boolean; problems: string[] };

/**
 * The ledger import (docs/decisions/046) through the app's own importComplaintLedger: a ledger of
 * `rows` complaints about the actor's areas, in the export's columns, district and street named
 * as the export names them, every row with its own channel reference.
 */
export async function importLedger(actor: Actor, rows: number, run: number): Promise<ImportResult> {
  const { importComplaintLedger } = await import("../../lib/data/complaint-import.ts");
  const { areaOptions } = await import("../../lib/data/areas.ts");
  const { dutyLines } = await import("../../lib/data/routing.ts");
  const { orgNames } = await import("../../lib/data/records.ts");
  const areas = await areaOptions(actor);
  const duties = (await dutyLines()).filter((d) => d.active);
  const names = await orgNames(areas.flatMap((a) => [a.districtId, a.streetId]));
  const received = new Date(Date.now() - 30 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
  const table: string[][] = [["渠道", "渠道编号", "收到时间", "区", "街道", "居住区", "类别", "投诉人", "联系电话", "投诉内容", "状态"]];
  const stamp = Date.now().toString(36);
  for (let i = 0; i < rows; i++) {
    const area = areas[i % areas.length]!;
    const duty = duties[i % duties.length]!;
    table.push([
      "市长热线", `BENCH-${stamp}-${run}-${i}`, received, names.get(area.districtId) ?? "", names.get(area.streetId) ?? "", area.name, duty.name,
      "台账居民", "13800000000", `台账导入压测：${area.name}楼道卫生差，屋顶漏水。第${i + 1}件`, i % 3 === 0 ? "已受理" : "已登记",
    ]);
  }
  const t0 = performance.now();
  const result = await importComplaintLedger(actor, table, { fileName: "bench.csv", bytes: 0 });
  const seconds = (performance.now() - t0) / 1000;
  return { rows: result.ok ? result.created : 0, seconds, ok: result.ok, problems: result.ok ? [] : result.errors.slice(0, 5).map((e) => `row ${e.row} ${e.column ?? ""} ${e.code} ${e.value ?? ""}`) };
}

async function main(): Promise<void> {
  const [userId, count] = process.argv.slice(2).map(Number);
  const { actorForSession } = await import("../../lib/data/auth.ts");
  const actor = await actorForSession(userId ?? 0, 1, "bench-writer");
  if (!actor) throw new Error(`no bench user ${userId}`);
  const result = await createComplaints(actor, count ?? 100);
  // Exit only once the line is written: stdout to a pipe is asynchronous.
  await new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(result)}\n`, () => resolve()));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
