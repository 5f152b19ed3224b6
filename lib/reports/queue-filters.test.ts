import { describe, expect, it } from 'vitest';
import { parseQueueFilters, queueSearchParams } from './queue-filters';

describe('queue filters in the URL', () => {
  it('defaults to the open queue with no filters', () => {
    expect(parseQueueFilters({})).toEqual({ status: 'open', minors: false, overdue: false, mine: false });
  });

  it('reads every filter from search params or a Next searchParams object', () => {
    const want = { status: 'undecided', channel: 'comment', category: 'insult', minors: true, overdue: true, mine: true };
    expect(parseQueueFilters(new URLSearchParams('status=undecided&channel=comment&category=insult&minors=1&overdue=true&mine=1'))).toEqual(want);
    expect(parseQueueFilters({ status: 'undecided', channel: ['comment', 'post'], category: 'insult', minors: '1', overdue: '1', mine: '1' })).toEqual(want);
  });

  it('drops values it does not know instead of failing the page', () => {
    expect(parseQueueFilters({ status: 'everything', channel: 'fax', category: 'Robert"); --', minors: 'yes' }))
      .toEqual({ status: 'open', minors: false, overdue: false, mine: false });
  });

  it('writes short URLs that parse back to the same filters', () => {
    const filters = parseQueueFilters({ status: 'escalated', minors: '1', category: 'threat' });
    const params = queueSearchParams(filters, 'abc');
    expect(params.toString()).toBe('status=escalated&category=threat&minors=1&cursor=abc');
    expect(parseQueueFilters(params)).toEqual(filters);
    expect(queueSearchParams(parseQueueFilters({})).toString()).toBe('');
  });
});
