'use server';

import { defineAction } from '@/lib/actions/define-action';
import { correctDecision, type CorrectionOutcome } from './undo';
import { reverseInput, undoInput } from './undo-rules';

/** The decider takes their own decision back within the undo window; the case returns to them. */
export const undoDecision = defineAction({
  name: 'case.undoDecision',
  permission: 'decision.undo',
  input: undoInput,
  async run({ tx, input, staff, audit }): Promise<CorrectionOutcome> {
    const { outcome, audit: entry } = await correctDecision(tx, staff, input.decisionId, 'undo', null);
    audit(entry);
    return outcome;
  },
});

/** A supervisor reverses a decision, saying why; the case returns to its queue. */
export const reverseDecision = defineAction({
  name: 'case.reverseDecision',
  permission: 'decision.reverse',
  input: reverseInput,
  async run({ tx, input, staff, audit }): Promise<CorrectionOutcome> {
    const { outcome, audit: entry } = await correctDecision(tx, staff, input.decisionId, 'reversal', input.reason);
    audit(entry);
    return outcome;
  },
});
