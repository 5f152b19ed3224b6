import type { Db } from '@/db/client';

// Filled in by the report-intake slice: 300+ reports through the real intake path.
export async function seedDemoReports(_db: Db, _now: Date): Promise<{ reports: number }> {
  return { reports: 0 };
}
