/** What an admin may set as a category's due time: 5 minutes to one week. Shared with the form. */
export const DUE_MINUTES_MIN = 5;
export const DUE_MINUTES_MAX = 7 * 24 * 60;
