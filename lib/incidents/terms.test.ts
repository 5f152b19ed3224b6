import { describe, expect, it } from 'vitest';
import { incidentsMentionedIn, namesOf } from './terms';

describe('incidentsMentionedIn', () => {
  const keys = {
    incidentId: 'i1', title: 't', status: 'active' as const,
    parties: [{ accountId: 'a1', displayName: 'Ada Quill', handle: '@adaq', role: 'targeted_person' as const, isMinor: false }],
    terms: [{ term: '海港大桥', language: 'zh' as const }],
  };

  it('names an incident by its key terms, party names and handles without the @', () => {
    expect(namesOf(keys)).toEqual(['海港大桥', 'Ada Quill', 'adaq']);
  });

  it('finds the incidents a search or hashtag mentions', () => {
    expect(incidentsMentionedIn('#海港大桥真相#', [keys])).toEqual([keys]);
    expect(incidentsMentionedIn('who is @adaq', [keys])).toEqual([keys]);
    expect(incidentsMentionedIn('quilted blankets', [keys])).toEqual([]);
  });
});
