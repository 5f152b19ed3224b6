'use server';

import { z } from 'zod';
import { sectionKind } from '@/db/schema/sections';
import { defineAction } from '@/lib/actions/define-action';
import { toInstant, wallTimeField } from '@/lib/time/wall-time';
import { decideClosure, proposeClosure } from './closure';
import { disperse, linkToIncident, lockSections, restore } from './dispersal';
import { createRule, revokeRule } from './rules';
import { setPostsFolded } from './post-folds';

// Up to a page of inspect results at once; each action is one transaction, so all change or none.
const selection = z.array(z.uuid()).min(1, 'select at least one section').max(200, 'select at most 200 sections');
const reason = z.string().trim().max(2_000).default('');

export const disperseSections = defineAction({
  name: 'section.disperse',
  permission: 'section.act',
  input: z.object({ sectionIds: selection, incidentId: z.uuid().nullish(), reason }),
  async run({ tx, input, staff, audit }) {
    const rows = await lockSections(tx, input.sectionIds);
    for (const s of rows) await disperse(tx, s, staff, { incidentId: input.incidentId, reason: input.reason }, audit);
    return { dispersed: rows.length };
  },
});

export const restoreSection = defineAction({
  name: 'section.restore',
  permission: 'section.act',
  input: z.object({ sectionId: z.uuid(), reason }),
  async run({ tx, input, staff, audit }) {
    const [s] = await lockSections(tx, [input.sectionId]);
    const row = await restore(tx, s, staff, input.reason, audit);
    return { id: row.id, status: row.status };
  },
});

export const linkSections = defineAction({
  name: 'section.link',
  permission: 'section.act',
  input: z.object({ sectionIds: selection, incidentId: z.uuid() }),
  async run({ tx, input, staff, audit }) {
    const rows = await lockSections(tx, input.sectionIds);
    for (const s of rows) await linkToIncident(tx, s, input.incidentId, staff, audit);
    return { linked: rows.length };
  },
});

const postSelection = z.array(z.uuid()).min(1, 'select at least one post').max(500, 'select at most 500 posts');

export const foldPosts = defineAction({
  name: 'section.foldPosts',
  permission: 'section.act',
  input: z.object({ postIds: postSelection, reason }),
  run: ({ tx, input, audit }) => setPostsFolded(tx, input.postIds, true, input.reason, audit),
});

export const unfoldPosts = defineAction({
  name: 'section.unfoldPosts',
  permission: 'section.act',
  input: z.object({ postIds: postSelection, reason }),
  run: ({ tx, input, audit }) => setPostsFolded(tx, input.postIds, false, input.reason, audit),
});

export const proposeClosures = defineAction({
  name: 'section.proposeClosure',
  permission: 'section.act',
  input: z.object({
    sectionIds: selection,
    target: z.enum(['section', 'group_account']).default('section'),
    reason: z.string().trim().min(3, 'reason_required').max(2_000),
  }),
  async run({ tx, input, staff, audit }) {
    const rows = await lockSections(tx, input.sectionIds);
    const ids: string[] = [];
    for (const s of rows) ids.push((await proposeClosure(tx, s, input.target, input.reason, staff, audit)).id);
    return { proposed: ids };
  },
});

const decision = z.object({ closureId: z.uuid(), reason: z.string().max(2_000) });

export const approveClosure = defineAction({
  name: 'section.approveClosure',
  permission: 'section.approve',
  input: decision,
  run: ({ tx, input, staff, audit }) => decideClosure(tx, input.closureId, 'approved', input.reason, staff, audit),
});

export const rejectClosure = defineAction({
  name: 'section.rejectClosure',
  permission: 'section.approve',
  input: decision,
  run: ({ tx, input, staff, audit }) => decideClosure(tx, input.closureId, 'rejected', input.reason, staff, audit),
});

export const createNameRule = defineAction({
  name: 'section.createRule',
  permission: 'section.rules',
  input: z.object({
    pattern: z.string().trim().min(1, 'pattern_too_short').max(200),
    match: z.enum(['substring', 'glob']).default('substring'),
    kinds: z.array(z.enum(sectionKind.enumValues)).default([]),
    until: wallTimeField('until_invalid'),
    reason: reason,
    incidentId: z.uuid().nullish().transform((v) => v ?? null),
    markExisting: z.boolean().default(true),
  }),
  run: async ({ tx, input, staff, audit }) => createRule(tx, { ...input, until: await toInstant(tx, input.until, 'until') }, staff, audit),
});

export const revokeNameRule = defineAction({
  name: 'section.revokeRule',
  permission: 'section.rules',
  input: z.object({ ruleId: z.uuid() }),
  run: ({ tx, input, staff, audit }) => revokeRule(tx, input.ruleId, staff, audit),
});
