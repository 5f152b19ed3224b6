/** A server action's body is capped at 1 MB: the verify form takes bundles up to about 700 KB. */
export const MAX_VERIFY_BYTES = 700 * 1024;
export const MAX_VERIFY_BASE64 = Math.ceil(MAX_VERIFY_BYTES / 3) * 4;
