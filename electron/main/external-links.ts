// Opening links in the user's browser: only what shared/host/external-url.ts allows.
import { err, ok, type Result } from '../../shared/errors';
import { checkExternalUrl } from '../../shared/host/external-url';
import { hostFailedError } from '../../shared/host/host-errors';

export { checkExternalUrl } from '../../shared/host/external-url';

export type OpenExternal = (url: string) => Promise<void>;

export async function openExternalLink(raw: string, openExternal: OpenExternal): Promise<Result<string>> {
  const checked = checkExternalUrl(raw);
  if (!checked.ok) return checked;
  try {
    await openExternal(checked.value);
    return ok(checked.value);
  } catch (error) {
    return err(hostFailedError('openExternal', error instanceof Error ? error.message : String(error)));
  }
}
