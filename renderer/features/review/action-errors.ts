// How a lifecycle action's refusal reaches the user. Failed writes are already broadcast to the
// shell (a notification that stays until closed); anything else is shown here, never swallowed.
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { XinpingError, type UserError } from '../../../shared/errors';
import { onWriteError } from '../../db/write';

const broadcast = new WeakSet<UserError>();
onWriteError((failure) => broadcast.add(failure.error));

export type Lang = 'zh' | 'en';

/** The user-facing text of anything an action threw, in the UI language. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof XinpingError) return error.detail[lang];
  return error instanceof Error ? error.message : String(error);
}

/** True when the shell has already shown this failure. */
export function wasBroadcast(error: unknown): boolean {
  return error instanceof XinpingError && broadcast.has(error.detail);
}

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh';
}

export type RunOptions = { readonly success?: string };

/**
 * Runs an action: a success message when it worked; a failure the shell did not already show
 * becomes a message here. Resolves to the result, or undefined when it failed.
 */
export function useRunAction(): <T>(action: () => Promise<T>, options?: RunOptions) => Promise<T | undefined> {
  const { message } = App.useApp();
  const lang = useLang();
  return useCallback(
    async <T,>(action: () => Promise<T>, options: RunOptions = {}): Promise<T | undefined> => {
      try {
        const result = await action();
        if (options.success) void message.success(options.success);
        return result;
      } catch (error) {
        if (!wasBroadcast(error)) void message.error(errorText(error, lang), 8);
        return undefined;
      }
    },
    [message, lang],
  );
}
