import { describe, expect, it } from 'vitest';
import { auditJson, changedFields } from './diff';

describe('audit entry summaries', () => {
  it('names the fields that changed', () => {
    expect(changedFields({ role: 'moderator', name: 'A', x: [1] }, { role: 'admin', name: 'A', x: [1], y: 1 })).toEqual(['role', 'y']);
    expect(changedFields(null, { role: 'admin' })).toBeNull();
    expect(changedFields({ a: 1 }, 'text')).toBeNull();
  });

  it('renders JSON text, markup included as characters', () => {
    expect(auditJson({ name: '<img src=x onerror=alert(1)>' })).toBe('{\n  "name": "<img src=x onerror=alert(1)>"\n}');
    expect(auditJson(null)).toBeNull();
  });
});
