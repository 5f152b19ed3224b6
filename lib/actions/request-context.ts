import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { auth, sessionStart } from '@/lib/auth/auth';
import type { CallContext } from './call-context';

export async function requestContext(): Promise<CallContext> {
  const [db, session, h] = await Promise.all([getDb(), auth(), headers()]);
  return { db, staffId: session?.user?.id ?? null, signedInAt: sessionStart(session), requestId: h.get('x-request-id') ?? randomUUID() };
}
