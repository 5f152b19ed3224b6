'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { importTrainingCsv, promoteVersion, rollBackVersion, trainCandidate } from './store';
import { saveDraftSettings } from './settings-store';
import { precheckSettingsSchema } from './precheck-settings';

/** Trains a candidate now, in the action: the library is small enough. It is not promoted. */
export const trainModel = defineAction({
  name: 'model.train',
  permission: 'model.train',
  input: z.object({}),
  async run({ tx, staff, audit }) {
    const v = await trainCandidate(tx, staff.id);
    audit({ action: 'model.train', targetType: 'model_version', targetId: v.id, after: { trainingSize: v.trainingSize, trainingHash: v.trainingHash, standardsVersion: v.standardsVersion, algorithm: v.algorithm } });
    return { id: v.id, trainingSize: v.trainingSize };
  },
});

export const importTraining = defineAction({
  name: 'model.importTraining',
  permission: 'model.train',
  input: z.object({ csv: z.string().min(1, 'the file is empty').max(50_000_000), fileName: z.string().max(200).default('training.csv') }),
  async run({ tx, input, staff, audit }) {
    const outcome = await importTrainingCsv(tx, input.csv, staff.id);
    audit({ action: 'model.importTraining', targetType: 'model_training', after: { fileName: input.fileName, ...outcome } });
    return outcome;
  },
});

export const promoteModel = defineAction({
  name: 'model.promote',
  permission: 'model.promote',
  input: z.object({ versionId: z.uuid() }),
  async run({ tx, input, staff, audit }) {
    const done = await promoteVersion(tx, input.versionId, staff.id);
    audit({ action: 'model.promote', targetType: 'model_version', targetId: input.versionId, before: { promoted: done.retired }, after: { promoted: done.promoted } });
    return done;
  },
});

export const rollBackModel = defineAction({
  name: 'model.rollBack',
  permission: 'model.promote',
  input: z.object({}),
  async run({ tx, staff, audit }) {
    const done = await rollBackVersion(tx, staff.id);
    audit({ action: 'model.rollBack', targetType: 'model_version', targetId: done.promoted, before: { promoted: done.retired }, after: { promoted: done.promoted } });
    return done;
  },
});

/** Thresholds and risk weights go into the standards draft and take effect when it is published. */
export const saveModelSettings = defineAction({
  name: 'model.saveSettings',
  permission: 'standards.edit',
  input: z.object({ version: z.number().int().positive(), settings: precheckSettingsSchema }),
  async run({ tx, input, staff, audit }) {
    const saved = await saveDraftSettings(tx, input.version, input.settings, staff.id);
    audit({ action: 'model.saveSettings', targetType: 'standards_version', targetId: String(input.version), before: saved.before, after: input.settings });
    return { version: input.version };
  },
});
