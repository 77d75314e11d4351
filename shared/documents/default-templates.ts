// The bundled templates, page style and sample association profile, parsed once through their
// schemas. Staff-edited copies go through the same parse functions.
import noticeJson from '../../resources/templates/notice.json' with { type: 'json' };
import announcementJson from '../../resources/templates/announcement.json' with { type: 'json' };
import resultTableJson from '../../resources/templates/result-table.json' with { type: 'json' };
import resultLetterJson from '../../resources/templates/result-letter.json' with { type: 'json' };
import pageStyleJson from '../../resources/templates/page-style.json' with { type: 'json' };
import caqiProfileJson from '../../resources/templates/caqi-profile.json' with { type: 'json' };
import { userError, XinpingError, type Result, type UserError } from '../errors';
import type { DocumentKind } from '../model';
import { parsePageStyle, type PageStyle } from './page-style';
import { associationProfileSchema, type AssociationProfile } from './snapshot';
import { parseTemplate, type DocumentTemplate } from './template';

function load<T>(file: string, result: Result<T, readonly UserError[]>): T {
  if (result.ok) return result.value;
  const first = result.error[0];
  throw new XinpingError(userError('resources.invalid', `内置模板 ${file} 有误：${first?.zh ?? ''}`, `bundled template ${file} is invalid: ${first?.en ?? ''}`, { file }));
}

export const defaultTemplates: Readonly<Record<DocumentKind, DocumentTemplate>> = {
  notice: load('notice.json', parseTemplate(noticeJson, 'notice.json')),
  announcement: load('announcement.json', parseTemplate(announcementJson, 'announcement.json')),
  result_table: load('result-table.json', parseTemplate(resultTableJson, 'result-table.json')),
  result_letter: load('result-letter.json', parseTemplate(resultLetterJson, 'result-letter.json')),
};

export const defaultPageStyle: PageStyle = load('page-style.json', parsePageStyle(pageStyleJson, 'page-style.json'));

/** 中国质量检验协会's office and contacts as published on 2015-07-13 (sample). */
export const sampleCaqiProfile: AssociationProfile = associationProfileSchema.parse(caqiProfileJson);
