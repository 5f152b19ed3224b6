'use server';

import { defineAction } from '@/lib/actions/define-action';
import { generateDefinition } from './generate';

/** Generates a compliance report for a day, week, month or custom range (supervisors; audited). */
export const generateComplianceReport = defineAction(generateDefinition());
