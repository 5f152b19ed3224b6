/** Risk reasons the platform may send that mean the video may induce self-harm or suicide. */
const SELF_HARM_REASONS = new Set(['self_harm', 'suicide', 'self-harm']);

/**
 * A held video goes to the top of the queue when either the content check matched a category with
 * the self-harm flag (lib/categories) or the platform itself gave a self-harm reason.
 */
export function isSelfHarmVideo(checkSelfHarm: boolean, riskReasons: readonly string[]): boolean {
  return checkSelfHarm || riskReasons.some((r) => SELF_HARM_REASONS.has(r.trim().toLowerCase()));
}

/** The words of a video the check reads: title, description and the text on its cover. */
export function videoWords(v: { title: string; description?: string; coverText?: string }): string {
  return [v.title, v.coverText ?? '', v.description ?? ''].filter((s) => s.trim()).join('\n');
}
