import { describe, expect, it } from 'vitest';
import { sanctionReference } from './reference';

describe('sanction reference', () => {
  it('is SAN- and the first 8 hex digits of the id, upper-cased', () => {
    expect(sanctionReference('0f4abef3-1234-4000-8000-000000000000')).toBe('SAN-0F4ABEF3');
  });
});
