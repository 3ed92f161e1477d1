export function findChrome(): string | undefined;
export const CHROME_MISSING: string;
export const CHROME_ARGS: string[];
