import { UploadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { batchClosedError } from '../../../shared/import/batch-open';
import type { Batch } from '../../../shared/model';
import { isAllowed, OPERATIONS, refusalError } from '../../../shared/operations';
import { useSession } from '../session/session';
import { ImportDialog } from './import-dialog';
import { IMPORT_NS } from './messages';

/** 导入申报企业: disabled, with the reason, for roles the write path would refuse. */
export function ImportButton({ batch }: { readonly batch: Batch }): ReactNode {
  const { t, i18n } = useTranslation(IMPORT_NS);
  const { role } = useSession();
  const [isOpen, setIsOpen] = useState(false);
  const operation = OPERATIONS.importApplications;
  // The write path refuses both; the button says why before the user tries.
  const refusal = isAllowed(role, operation) ? batchClosedError(batch) : refusalError(role, operation);
  return (
    <>
      <Tooltip title={refusal ? refusal[i18n.language === 'en' ? 'en' : 'zh'] : undefined}>
        <Button type="primary" icon={<UploadOutlined />} disabled={refusal !== undefined} onClick={() => setIsOpen(true)}>
          {t('button')}
        </Button>
      </Tooltip>
      {isOpen ? <ImportDialog batch={batch} onClose={() => setIsOpen(false)} /> : null}
    </>
  );
}
