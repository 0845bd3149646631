/** Text made safe to put inside a regular expression: every character with a meaning there is escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
