import { describe, expect, it } from 'vitest';
import { signInInput } from './sign-in-input';

// The form as the browser posts it: React adds its own $ACTION fields, and `next` is often absent.
const posted = (fields: Record<string, string>) => {
  const data = new FormData();
  data.set('$ACTION_ID_abc', '');
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return Object.fromEntries(data);
};

describe('the sign-in form', () => {
  it('takes an email and password without next, and goes home', () => {
    expect(signInInput.parse(posted({ email: ' Moderator@Bulwark.test ', password: 'x' }))).toEqual({ email: 'moderator@bulwark.test', password: 'x', next: '/' });
  });
  it('keeps a console path in next and drops another site', () => {
    expect(signInInput.parse(posted({ email: 'a@bulwark.test', password: 'x', next: '/queue?minors=1' })).next).toBe('/queue?minors=1');
    expect(signInInput.parse(posted({ email: 'a@bulwark.test', password: 'x', next: '/\\evil.example' })).next).toBe('/');
  });
  it('refuses a missing password', () => expect(signInInput.safeParse(posted({ email: 'a@bulwark.test' })).success).toBe(false));
});
