import { mediaPreferences, type MediaPreference } from './preferences';

export { mediaPreferences, type MediaPreference };

/**
 * Categories whose media is blurred whatever anyone prefers: content inducing self-harm (and any
 * category an admin flags self-harm) and violence (threats, incitement to harm).
 */
export const ALWAYS_BLURRED_CATEGORIES = ['self_harm', 'threat'] as const;
/** Reasons the platform gives for holding a video that mark it as self-harm or violence. */
const ALWAYS_BLURRED_REASONS = /self[_-]?harm|suicid|violen|gore|blood|weapon|threat/i;

export type Sensitivity = { categoryId?: string | null; selfHarm?: boolean; reasons?: readonly string[] };

export function isSensitiveMedia({ categoryId, selfHarm, reasons }: Sensitivity): boolean {
  return Boolean(selfHarm)
    || (categoryId != null && (ALWAYS_BLURRED_CATEGORIES as readonly string[]).includes(categoryId))
    || (reasons ?? []).some((r) => ALWAYS_BLURRED_REASONS.test(r));
}

/** The member's own choice when they made one, otherwise the organisation's default. */
export function effectivePreference(own: MediaPreference | null | undefined, organisationDefault: MediaPreference): MediaPreference {
  return own && (mediaPreferences as readonly string[]).includes(own) ? own : organisationDefault;
}

export type MediaTreatment = { blurred: boolean; greyscale: boolean };

/**
 * How media first appears: sensitive media always blurred; otherwise blurred under "blur all",
 * shown under "blur sensitive only", and shown in greyscale under "greyscale". Revealing an item
 * (click or Enter) lifts both for that item only.
 */
export function mediaTreatment(preference: MediaPreference, sensitive: boolean): MediaTreatment {
  return {
    blurred: sensitive || preference === 'blur_all',
    greyscale: preference === 'greyscale',
  };
}
