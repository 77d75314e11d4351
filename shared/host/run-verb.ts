// Running one bridge verb, the same way in Electron's main process and in the web fallback:
// parse the argument, run, check the result, and turn every failure into a UserError.
import type { z } from 'zod';
import { err, ok, type Result, XinpingError } from '../errors';
import { hostFailedError } from './host-errors';
import { parseHostArgs } from './parse-args';

/** A channel of the contract, typed by what its argument and result parse to. */
export type ChannelContract<A, R> = {
  readonly channel: string;
  readonly args: z.ZodType<A>;
  readonly result: z.ZodType<R>;
};

export type VerbAction<A, R> = (args: A) => Promise<R> | R;

export async function runVerb<A, R>(contract: ChannelContract<A, R>, request: unknown, action: VerbAction<A, R>): Promise<Result<R>> {
  const parsed = parseHostArgs(contract.args, contract.channel, request);
  if (!parsed.ok) return parsed;
  try {
    const value = contract.result.safeParse(await action(parsed.value));
    if (value.success) return ok(value.data);
    return err(hostFailedError(contract.channel, '结果格式不符合约定', 'the result does not match the contract'));
  } catch (error) {
    if (error instanceof XinpingError) return err(error.detail);
    const message = error instanceof Error ? error.message : String(error);
    return err(hostFailedError(contract.channel, message));
  }
}
