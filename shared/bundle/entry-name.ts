// Which names a bundle entry may have. Entries are never written to disk by name, but a name
// that could escape a folder on any platform is refused outright so no later tool is tempted.

export type NameProblem = { readonly zh: string; readonly en: string };

const MAX_NAME_LENGTH = 255;

const isControl = (c: string): boolean => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;

export function entryNameProblem(name: string): NameProblem | undefined {
  if (name.length === 0) return { zh: '名称为空', en: 'the name is empty' };
  if (name.length > MAX_NAME_LENGTH) return { zh: `名称超过 ${MAX_NAME_LENGTH} 个字符`, en: `the name is longer than ${MAX_NAME_LENGTH} characters` };
  if ([...name].some(isControl)) return { zh: '名称含控制字符', en: 'the name contains control characters' };
  if (name.includes('\\')) return { zh: '名称含反斜杠', en: 'the name contains a backslash' };
  if (name.startsWith('/')) return { zh: '名称是绝对路径', en: 'the name is an absolute path' };
  if (/^[A-Za-z]:/u.test(name) || name.includes(':')) return { zh: '名称含盘符或冒号', en: 'the name contains a drive letter or colon' };
  const segments = name.split('/');
  if (segments.some((s) => s === '..')) return { zh: '名称含“..”（上级目录）', en: 'the name contains ".." (parent folder)' };
  if (segments.some((s) => s === '.')) return { zh: '名称含“.”路径段', en: 'the name contains a "." segment' };
  if (segments.some((s) => s === '')) return { zh: '名称含空路径段或以“/”结尾', en: 'the name has an empty segment or ends in "/"' };
  if (segments.some((s) => s.trim() !== s || s.endsWith('.'))) {
    return { zh: '路径段首尾有空格或以“.”结尾', en: 'a segment starts or ends with a space, or ends with "."' };
  }
  return undefined;
}

export function isSafeEntryName(name: string): boolean {
  return entryNameProblem(name) === undefined;
}
