import { DomainError } from '@/lib/actions/result';
import { defineRoute } from '@/lib/api/route';
import { toFieldErrors, type FieldError } from '@/lib/api/field-errors';
import { batchInput, reportInput } from './intake-schema';
import { intakeReports, type IntakeAccepted } from './intake';

/** What the platform gets back for a stored (or replayed) report. */
export const acceptedBody = (r: IntakeAccepted) => ({ id: r.id, caseId: r.caseId, status: r.status, priority: r.priority, dueAt: r.dueAt.toISOString() });

const asFields = (errors: FieldError[]) =>
  errors.reduce<Record<string, string[]>>((fields, e) => ({ ...fields, [e.field]: [...(fields[e.field] ?? []), e.message] }), {});

/** POST /api/v1/reports: 201 when stored, 200 with the first result when the externalId was seen before. */
export const receiveReport = defineRoute({
  name: 'report.receive',
  input: reportInput,
  async run({ tx, input, apiKey, actor, requestId, now }) {
    const [result] = await intakeReports(tx, [input], { apiKeyId: apiKey.id, actor, requestId, now });
    if (!result.ok && result.conflictsWith) {
      const error = { code: 'conflict', message: result.errors[0].message, requestId, reportId: result.conflictsWith, errors: result.errors };
      return Response.json({ error }, { status: 409 });
    }
    if (!result.ok) throw new DomainError('invalid_input', `Invalid input: ${result.errors.map((e) => e.field).join(', ')}`, asFields(result.errors));
    return Response.json(acceptedBody(result), { status: result.replayed ? 200 : 201 });
  },
});

/**
 * POST /api/v1/reports/batch: each item is validated on its own; the valid ones are stored together
 * in one transaction and the invalid ones are answered with their errors, by index.
 */
export const receiveReportBatch = defineRoute({
  name: 'report.receiveBatch',
  input: batchInput,
  async run({ tx, input, apiKey, actor, requestId, now }) {
    const parsed = input.reports.map((item) => reportInput.safeParse(item));
    const valid = parsed.flatMap((p, index) => (p.success ? [{ index, report: p.data }] : []));
    const stored = await intakeReports(tx, valid.map((v) => v.report), { apiKeyId: apiKey.id, actor, requestId, now });
    const results: unknown[] = parsed.map((p, index) => (p.success ? undefined : { index, ok: false, errors: toFieldErrors(p.error) }));
    valid.forEach(({ index }, i) => {
      const r = stored[i];
      results[index] = r.ok
        ? { index, ok: true, ...acceptedBody(r), replayed: r.replayed }
        : { index, ok: false, errors: r.errors, ...(r.conflictsWith ? { conflict: true, reportId: r.conflictsWith } : {}) };
    });
    return { results };
  },
});
