'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { int4 } from '@/lib/validation/storable';
import { addDraftCategory, discardDraft as discard, openDraft as open, publishDraft, saveDraftCategory } from './store';
import { addCategoryInput, publishInput, saveDraftInput } from './validation';

export const openDraft = defineAction({
  name: 'standards.openDraft',
  permission: 'standards.edit',
  input: z.object({}),
  async run({ tx, staff, audit }) {
    const draft = await open(tx, staff.id);
    audit({ action: 'standards.openDraft', targetType: 'standards_version', targetId: String(draft.version), after: draft });
    return draft;
  },
});

/**
 * One autosave. The editor sends a save only after the admin pauses typing, and only the fields that
 * differ from what it last saved, so the log gets one row per pause, not per keystroke. The row holds
 * just the changed fields, before and after; a save that changes nothing says so in one small row.
 */
export const saveDraft = defineAction({
  name: 'standards.saveDraft',
  permission: 'standards.edit',
  input: saveDraftInput,
  async run({ tx, input, audit }) {
    const saved = await saveDraftCategory(tx, input);
    audit({
      action: 'standards.saveDraft', targetType: 'standards_category', targetId: `${input.version}/${input.categoryId}`,
      before: saved.before, after: { ...saved.after, changed: saved.changed },
    });
    return { changed: saved.changed };
  },
});

export const addCategory = defineAction({
  name: 'standards.addCategory',
  permission: 'standards.edit',
  input: addCategoryInput,
  async run({ tx, input, audit }) {
    const row = await addDraftCategory(tx, input);
    audit({ action: 'standards.addCategory', targetType: 'standards_category', targetId: `${input.version}/${input.categoryId}`, after: input });
    return { categoryId: row.categoryId };
  },
});

export const publish = defineAction({
  name: 'standards.publish',
  permission: 'standards.edit',
  input: publishInput,
  async run({ tx, input, staff, audit }) {
    const published = await publishDraft(tx, staff.id, input);
    audit({ action: 'standards.publish', targetType: 'standards_version', targetId: String(input.version), after: { ...published, changeNote: input.changeNote } });
    return published;
  },
});

export const discardDraft = defineAction({
  name: 'standards.discardDraft',
  permission: 'standards.edit',
  input: z.object({ version: int4('version', { min: 1 }) }),
  async run({ tx, input, audit }) {
    const removed = await discard(tx, input.version);
    audit({ action: 'standards.discardDraft', targetType: 'standards_version', targetId: String(input.version), after: removed });
    return removed;
  },
});
