// antd's DatePicker speaks dayjs; the domain speaks YYYY-MM-DD calendar days.
import dayjs, { type Dayjs } from 'dayjs';
import type { IsoDate } from '../../../shared/model';

export const DATE_FORMAT = 'YYYY-MM-DD';

export function toIsoDate(value: Dayjs): IsoDate {
  return value.format(DATE_FORMAT);
}

export function toDayjs(value: IsoDate): Dayjs {
  return dayjs(value, DATE_FORMAT);
}
