// A bare file name the user will see in a save dialog: no folders, nothing Windows forbids.
const FORBIDDEN = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);

export const MAX_FILE_NAME_LENGTH = 200;

export function isBareFileName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_FILE_NAME_LENGTH) return false;
  if (name === '.' || name === '..' || name.trim() !== name || name.endsWith('.')) return false;
  for (const char of name) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || FORBIDDEN.has(char)) return false;
  }
  return true;
}

/** Turns free text (a document title) into a bare file name, replacing what may not appear. */
export function toBareFileName(text: string, fallback: string): string {
  const replaced = [...text]
    .map((char) => ((char.codePointAt(0) ?? 0) < 0x20 || char === '\u007f' || FORBIDDEN.has(char) ? '_' : char))
    .join('')
    .trim()
    .replace(/\.+$/, '')
    .slice(0, MAX_FILE_NAME_LENGTH - 8);
  return isBareFileName(replaced) ? replaced : fallback;
}
