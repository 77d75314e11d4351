// The one way an IPC handler is registered: check who is asking, parse what they sent,
// and always answer `{ ok: true, value } | { ok: false, error }`.
import { err, type Result, XinpingError } from '../../../shared/errors';
import { invalidArgumentError, senderRejectedError } from '../../../shared/host/host-errors';
import { type ChannelContract, runVerb, type VerbAction } from '../../../shared/host/run-verb';
import { type AppOrigin, isAppUrl } from '../app-origin';
import { createLogger } from '../log';

const log = createLogger('ipc');

export type SenderFrameLike = { readonly url: string; readonly parent: SenderFrameLike | null };
export type InvokeEventLike = { readonly senderFrame: SenderFrameLike | null | undefined };
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
};

export type SenderVerdict = 'app' | 'no-frame' | 'sub-frame' | 'foreign-origin' | 'frame-gone';

export function judgeSender(event: InvokeEventLike, app: AppOrigin): SenderVerdict {
  try {
    const frame = event.senderFrame;
    if (!frame) return 'no-frame';
    if (frame.parent !== null) return 'sub-frame';
    return isAppUrl(frame.url, app) ? 'app' : 'foreign-origin';
  } catch {
    // A frame that navigated away or closed mid-call throws on access.
    return 'frame-gone';
  }
}

export function handle<A, R>(ipcMain: IpcMainLike, app: AppOrigin, contract: ChannelContract<A, R>, handler: VerbAction<A, R>): void {
  ipcMain.handle(contract.channel, (event, ...args) => invokeChecked(event, args, app, contract, handler));
}

export async function invokeChecked<A, R>(
  event: InvokeEventLike,
  args: readonly unknown[],
  app: AppOrigin,
  contract: ChannelContract<A, R>,
  handler: VerbAction<A, R>,
): Promise<Result<R>> {
  const verdict = judgeSender(event, app);
  if (verdict !== 'app') {
    log.warn(`refused ${contract.channel}: ${verdict}`);
    return err(senderRejectedError(contract.channel));
  }
  // Every verb takes one argument or none; extra ones mean the caller is not our preload.
  if (args.length > 1) return err(invalidArgumentError(contract.channel, '参数过多', 'too many arguments'));
  return runVerb(contract, args[0], async (parsed) => {
    try {
      return await handler(parsed);
    } catch (error) {
      if (!(error instanceof XinpingError)) log.error(`${contract.channel} failed`, error);
      throw error;
    }
  });
}
