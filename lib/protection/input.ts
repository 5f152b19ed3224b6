import { z } from 'zod';
import { channelsInput, MAX_STAFF_HOURS } from './channels';

const accountId = z.string().trim().min(1, 'account_required').max(200);
const reason = z.string().trim().min(3, 'reason_required').max(2_000);
const hours = z.coerce.number({ error: 'hours_invalid' }).int('hours_invalid').min(1, 'hours_invalid').max(MAX_STAFF_HOURS, 'hours_too_long');

export const setProtectionInput = z.object({ accountId, channels: channelsInput, hours, reason });
export const endProtectionInput = z.object({ accountId, reason });
export const promptProtectionInput = z.object({ accountId, channels: channelsInput, hours, reason });
