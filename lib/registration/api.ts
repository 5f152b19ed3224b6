import { defineRoute } from '@/lib/api/route';
import { takeFromWindow } from '@/lib/rate-limit/window';
import { checkIdentityHashes } from './bans';
import { registrationCheckInput } from './check-schema';
import { identityHash } from './identity-hash';

/** Identities checked per API key per minute: enough for sign-ups, too few to sweep for who is banned. */
const perMinute = () => Number(process.env.REGISTRATION_CHECKS_PER_MINUTE) || 600;


/**
 * POST /api/v1/registration-checks: may this verified identity register? Answers only allowed, or
 * refused with until (null = permanently): no ban, sanction or account id, no reason. The identity
 * is hashed at once and never stored or logged; the audit row records how many were checked and how
 * many refused, not even a hash prefix, since any stable fragment of the hash would let the audit
 * log link one person's attempts over time.
 */
export const checkRegistration = defineRoute({
  name: 'registration.check',
  input: registrationCheckInput,
  async run({ tx, input, apiKey, now, requestId, audit }) {
    const list = 'identity' in input ? [input.identity] : input.identities;
    // Atomic: parallel requests queue on the key's counter row instead of all reading the same count.
    const taken = await takeFromWindow(tx, `registration-check:${apiKey.id}`, list.length, perMinute(), 60_000, now);
    if (!taken.allowed) {
      const error = { code: 'rate_limited', message: `At most ${perMinute()} identities a minute per API key; try again shortly.`, requestId };
      return Response.json({ error }, { status: 429, headers: { 'retry-after': '60' } });
    }
    const results = await checkIdentityHashes(tx, list.map((one) => identityHash(one)), now);
    audit({ action: 'registration.check', targetType: 'registration_check', after: { checked: list.length, refused: results.filter((r) => !r.allowed).length } });
    return 'identity' in input ? results[0] : { results };
  },
});
