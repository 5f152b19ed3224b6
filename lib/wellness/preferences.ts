/** How reported media may be shown: a member's own choice or the organisation's default. No imports: client forms use it. */
export const mediaPreferences = ['blur_all', 'blur_sensitive', 'greyscale'] as const;
export type MediaPreference = (typeof mediaPreferences)[number];
