import { SettingOutlined } from '@ant-design/icons';
import type { ReactTable } from '@tanstack/react-table';
import { Button, Checkbox, Popover } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierRow } from '../../db/rows';
import type { tableFeaturesUsed } from './columns';
import { DOSSIERS } from './messages';

/** Shows or hides columns; the enterprise name always stays. */
export function ColumnChooser({ table }: { table: ReactTable<typeof tableFeaturesUsed, DossierRow> }): ReactNode {
  const { t } = useTranslation(DOSSIERS);
  const columns = table.getAllLeafColumns();
  const content = (
    <div className="xp-dt-chooser" role="group" aria-label={t('columnsShown')}>
      {columns.map((column) => (
        <Checkbox key={column.id} checked={column.getIsVisible()} disabled={!column.getCanHide()} onChange={(event) => column.toggleVisibility(event.target.checked)}>
          {t(`columns.${column.id}`)}
        </Checkbox>
      ))}
      <Button type="link" size="small" disabled={table.getIsAllColumnsVisible()} onClick={() => table.toggleAllColumnsVisible(true)}>
        {t('showAll')}
      </Button>
    </div>
  );
  return (
    <Popover content={content} title={t('columnsShown')} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined />} aria-label={t('columnChooser')}>
        {t('columnChooser')}
      </Button>
    </Popover>
  );
}
