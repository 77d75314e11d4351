// A dialog's action: busy while it runs, its refusal shown inside the dialog (which stays open so
// nothing typed is lost), closed only when it worked.
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { errorText, useLang } from './action-errors';

export type ModalAction = {
  readonly isBusy: boolean;
  /** The last refusal, in the UI language; null once the user changes something or it worked. */
  readonly error: string | null;
  clearError(): void;
  run<T>(action: () => Promise<T>, options?: { readonly success?: string }): Promise<T | undefined>;
};

export function useModalAction(): ModalAction {
  const { message } = App.useApp();
  const lang = useLang();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const clearError = useCallback(() => setError(null), []);
  const run = useCallback(
    async <T,>(action: () => Promise<T>, options: { readonly success?: string } = {}): Promise<T | undefined> => {
      setIsBusy(true);
      setError(null);
      try {
        const result = await action();
        if (options.success) void message.success(options.success);
        return result;
      } catch (thrown) {
        setError(errorText(thrown, lang));
        return undefined;
      } finally {
        setIsBusy(false);
      }
    },
    [message, lang],
  );
  return { isBusy, error, clearError, run };
}
