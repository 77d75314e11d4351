// Which key signs, without loading the PKI code: the notice pages only need to know whether there is one.
import type { XinpingDb } from '../../db/schema';

export const ACTIVE_KEY_SETTING = 'signing.activeKeyId';
export const TRUSTED_CA_SETTING = 'signing.trustedCas';

export async function activeKeyId(db: XinpingDb): Promise<string | undefined> {
  const value = (await db.settings.get(ACTIVE_KEY_SETTING))?.value;
  return typeof value === 'string' ? value : undefined;
}
