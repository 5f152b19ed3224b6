import type { NextRequest } from 'next/server';
import { handlers } from './auth';
import { currentStaff } from './session';

/**
 * The Auth.js endpoints, with one change: GET /api/auth/session answers null unless the cookie's
 * member is active and the session current (not signed out since, within its lifetime). Auth.js
 * alone only checks the cookie, so a copy of a signed-out session would still name the member.
 */
export async function GET(req: NextRequest) {
  if (new URL(req.url).pathname.endsWith('/session') && !(await currentStaff())) {
    return Response.json(null, { headers: { 'cache-control': 'no-store' } });
  }
  return handlers.GET(req);
}

export const { POST } = handlers;
