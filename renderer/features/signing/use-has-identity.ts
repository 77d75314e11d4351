import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { activeKeyId } from './active-key';

/** True when documents made now will be signed (an active key with a certificate); undefined while loading. */
export function useHasSigningIdentity(): boolean | undefined {
  return useLiveQuery(async () => {
    const id = await activeKeyId(db);
    const key = id ? await db.keys.get(id) : undefined;
    return key?.certificateDer !== undefined;
  }, []);
}
