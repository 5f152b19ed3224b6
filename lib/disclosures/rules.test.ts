import { describe, expect, it } from 'vitest';
import { canStartCorrection, transition } from './rules';

const author = { isAuthor: true };
const other = { isAuthor: false };

describe('disclosure workflow', () => {
  it('goes draft → in review → approved → published', () => {
    expect(transition('draft', 'submit', author)).toEqual({ ok: true, to: 'in_review' });
    expect(transition('in_review', 'approve', other)).toEqual({ ok: true, to: 'approved' });
    expect(transition('approved', 'publish', other)).toEqual({ ok: true, to: 'published' });
  });

  it('sends back to the author, who edits and submits again', () => {
    expect(transition('in_review', 'send_back', other)).toEqual({ ok: true, to: 'sent_back' });
    expect(transition('sent_back', 'edit', author)).toEqual({ ok: true, to: 'draft' });
    expect(transition('sent_back', 'submit', author)).toEqual({ ok: true, to: 'in_review' });
  });

  it('refuses the author reviewing or publishing their own disclosure', () => {
    expect(transition('in_review', 'approve', author)).toEqual({ ok: false, reason: 'own_disclosure' });
    expect(transition('in_review', 'send_back', author)).toEqual({ ok: false, reason: 'own_disclosure' });
    expect(transition('approved', 'publish', author)).toEqual({ ok: false, reason: 'own_disclosure' });
  });

  it('lets only the author edit and submit', () => {
    expect(transition('draft', 'edit', other)).toEqual({ ok: false, reason: 'not_author' });
    expect(transition('draft', 'submit', other)).toEqual({ ok: false, reason: 'not_author' });
  });

  it('changes nothing once published and skips no step', () => {
    for (const event of ['edit', 'submit', 'approve', 'send_back', 'publish'] as const) {
      expect(transition('published', event, other)).toMatchObject({ ok: false, reason: 'wrong_status' });
    }
    expect(transition('draft', 'publish', other)).toMatchObject({ ok: false, reason: 'wrong_status' });
    expect(transition('draft', 'approve', other)).toMatchObject({ ok: false, reason: 'wrong_status' });
    expect(transition('in_review', 'edit', author)).toMatchObject({ ok: false, reason: 'wrong_status' });
  });

  it('starts a correction only when every version is published', () => {
    expect(canStartCorrection([{ status: 'published' }])).toBe(true);
    expect(canStartCorrection([{ status: 'published' }, { status: 'draft' }])).toBe(false);
    expect(canStartCorrection([])).toBe(false);
  });
});
