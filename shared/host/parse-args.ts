// Turns zod's verdict on a bridge argument into one UserError naming the channel and the field.
import type { z } from 'zod';
import { err, ok, type Result } from '../errors';
import { zodIssuesToUserErrors } from '../zod-errors';
import { invalidArgumentError } from './host-errors';

export function parseHostArgs<T>(schema: z.ZodType<T>, channel: string, value: unknown): Result<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const [first] = zodIssuesToUserErrors(parsed.error, 'host.invalid-argument');
  return err(invalidArgumentError(channel, first?.zh ?? '格式不正确', first?.en ?? 'invalid value', first?.at?.path));
}
