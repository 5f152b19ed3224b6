import { executeAction } from '@/lib/actions/define-action';
import type { CallContext } from '@/lib/actions/call-context';
import type { MediaRefusal } from './fetch';
import { openMedia } from './open';
import { loadMedia } from './source';
import { mediaPolicy } from '@/lib/security/headers';

// Every answer, bytes or refusal: never cached beyond this browser, never sniffed into another type,
// and sandboxed should a browser open it as a document.
const guard = { 'x-content-type-options': 'nosniff', 'content-security-policy': mediaPolicy, 'cache-control': 'private, max-age=300' };

export const refusalMessages: Record<MediaRefusal, string> = {
  bad_url: 'The stored media address is not a URL.',
  bad_scheme: 'The stored media address is not http or https.',
  credentials: 'The stored media address carries a user name or password.',
  private_address: 'The media host is a private or loopback address and is not on the allow-list.',
  unreachable: 'The media host could not be reached.',
  timeout: 'The media host did not answer in time.',
  status: 'The media host did not return the file.',
  too_large: 'The media file is larger than the console serves.',
  bad_type: 'The media host returned a type that is not an allowed image or video type.',
  kind_mismatch: 'The media host returned a different kind of file than the evidence names.',
  hash_mismatch: 'The file does not match the SHA-256 recorded in the evidence: it was changed after the report, so it is not shown.',
};

const refusalStatus: Partial<Record<MediaRefusal, number>> = { unreachable: 502, timeout: 504, status: 502 };

function refuse(status: number, code: string, message: string): Response {
  return Response.json({ error: code, message }, { status, headers: { ...guard, 'cache-control': 'no-store' } });
}

/**
 * The media proxy: the signed-in member's case.view is checked and the opening audited (openMedia),
 * then the stored URL is fetched server-side and served only if its bytes are what the evidence
 * recorded. The browser only ever sees this console's own URL.
 */
export async function serveMedia(call: CallContext, evidenceId: string, index: string): Promise<Response> {
  const opened = await executeAction(openMedia, call, { evidenceId, index });
  if (!opened.ok) {
    const status = { unauthenticated: 401, forbidden: 403, not_found: 404, invalid_input: 404, conflict: 409 }[opened.error.code as string] ?? 500;
    return refuse(status, opened.error.fields?.evidence ? 'evidence_tampered' : opened.error.code, opened.error.message);
  }
  const media = await loadMedia(opened.data);
  if (!media.ok) {
    console.warn(`media ${evidenceId}/${index} refused: ${media.reason}${media.detail ? ` (${media.detail})` : ''}`);
    return refuse(refusalStatus[media.reason] ?? 422, media.reason, refusalMessages[media.reason]);
  }
  return new Response(new Uint8Array(media.bytes), {
    headers: {
      ...guard,
      'content-type': media.type,
      'content-length': String(media.bytes.length),
      'content-disposition': 'inline',
      'x-media-sha256': opened.data.sha256,
    },
  });
}
