import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { staff, type Staff } from '@/db/schema';
import { can, type Permission } from '@/lib/auth/permissions';
import { isSessionCurrent } from '@/lib/auth/session-epoch';
import { writeAudit, type Actor, type AuditInput } from '@/lib/audit/write';
import { isBadValueError, sqlState } from '@/lib/api/http';
import { unstorableFields } from '@/lib/validation/storable';
import type { CallContext } from './call-context';
import { recordRefusal } from './refusals';
import { DomainError, describeFields, fieldErrors, type ActionResult } from './result';

export type ActionContext<I> = {
  tx: Tx;
  input: I;
  staff: Staff;
  actor: Actor;
  requestId: string;
  /** Records an audit row; written in this transaction. An action that records none gets a generic row. */
  audit: (entry: AuditInput) => void;
};

export type ActionDefinition<S extends z.ZodType, O> = {
  name: string;
  permission: Permission;
  input: S;
  run: (ctx: ActionContext<z.output<S>>) => Promise<O>;
};

export type { CallContext };

/**
 * The one path every console server action takes: validate the input with zod, load the caller from
 * the database (so a deactivation or role change applies at once), check the permission table, then
 * run the change and its audit rows in one transaction. Anything thrown rolls both back.
 */
export async function executeAction<S extends z.ZodType, O>(
  def: ActionDefinition<S, O>,
  call: CallContext,
  rawInput: unknown,
): Promise<ActionResult<O>> {
  // Before the action's own schema: no action, including one added later, can pass such a value on.
  const unstorable = unstorableFields(rawInput, '(input)');
  if (unstorable.length) {
    const fields = Object.fromEntries(unstorable.map((e) => [e.field, [e.message]]));
    return { ok: false, error: { code: 'invalid_input', message: `Invalid input: ${describeFields(fields)}`, fields } };
  }
  const parsed = def.input.safeParse(rawInput);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return { ok: false, error: { code: 'invalid_input', message: `Invalid input: ${describeFields(fields)}`, fields } };
  }
  if (!call.staffId) return { ok: false, error: { code: 'unauthenticated', message: 'Sign in to continue.' } };
  let refused: Staff | null = null;
  try {
    const data = await call.db.transaction(async (tx) => {
      const [me] = await tx.select().from(staff).where(eq(staff.id, call.staffId!));
      const ended = !me || !me.active || (call.signedInAt !== undefined && !isSessionCurrent(me, call.signedInAt));
      if (ended) throw new DomainError('unauthenticated', 'Your session has ended or your account is not active. Sign in again.');
      if (!can(me.role, def.permission)) {
        refused = me;
        throw new DomainError('forbidden', `The ${me.role} role may not ${def.name}.`);
      }
      const actor: Actor = { type: 'staff', id: me.id, label: me.email };
      const entries: AuditInput[] = [];
      const result = await def.run({
        tx, input: parsed.data, staff: me, actor, requestId: call.requestId, audit: (e) => void entries.push(e),
      });
      await writeAudit(tx, actor, call.requestId, entries.length ? entries : [{ action: def.name, after: parsed.data }]);
      return result;
    });
    return { ok: true, data };
  } catch (error) {
    if (error instanceof DomainError) {
      // Outside the rolled-back transaction, or the attempt would leave no trace.
      if (refused) await recordRefusal(call.db, refused, def.name, def.permission, call.requestId);
      return { ok: false, error: { code: error.code, message: error.message, fields: error.fields } };
    }
    // A unique index refused a row a parallel call wrote first (one open appeal, one pending proposal…).
    if (sqlState(error) === '23505') {
      return { ok: false, error: { code: 'conflict', message: 'Someone else made the same change a moment ago; reload to see it.' } };
    }
    if (isBadValueError(error)) {
      return { ok: false, error: { code: 'invalid_input', message: 'A value is out of range or cannot be stored.' } };
    }
    console.error(`[action ${def.name}] request ${call.requestId}`, error);
    return { ok: false, error: { code: 'internal', message: `Something went wrong (request ${call.requestId}). Nothing was saved.` } };
  }
}

export type ServerAction<S extends z.ZodType, O> = ((input: z.input<S>) => Promise<ActionResult<O>>) & {
  definition: ActionDefinition<S, O>;
};

/**
 * Wraps a definition as a server action bound to the signed-in staff member and the app database.
 * The request's context comes from request-context.ts, loaded on call: it reads Next's request
 * headers and the session, which tests calling executeAction never load.
 */
export function defineAction<S extends z.ZodType, O>(def: ActionDefinition<S, O>): ServerAction<S, O> {
  const action = async (input: z.input<S>) => {
    const { requestContext } = await import('./request-context');
    return executeAction(def, await requestContext(), input);
  };
  return Object.assign(action, { definition: def });
}
