import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeLocation } from '../../shared/errors';
import { onWriteError } from '../db/write';

/** Every failed write reaches the user as a notification; none is swallowed. */
export function useWriteErrorNotifications(): void {
  const { notification } = App.useApp();
  const { t, i18n } = useTranslation();
  useEffect(
    () =>
      onWriteError((failure) => {
        const lang = i18n.language === 'en' ? 'en' : 'zh';
        const where = describeLocation(failure.error.at, lang);
        notification.error({
          title: t('errors.writeFailed'),
          description: [failure.error[lang], where].filter(Boolean).join(' — '),
          duration: 0,
        });
      }),
    [notification, t, i18n],
  );
}
