// GB 32100-2015 code tables: registration departments (char 1) and the organisation types each
// may issue (char 2), as amended by the national code centre's published assignments.

export type CreditCodeDepartment = {
  readonly zh: string;
  readonly en: string;
  /** Organisation type char → Chinese name. */
  readonly types: Readonly<Record<string, string>>;
};

export const CREDIT_CODE_DEPARTMENTS: Readonly<Record<string, CreditCodeDepartment>> = {
  '1': { zh: '机构编制', en: 'establishment administration', types: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { zh: '外交', en: 'foreign affairs', types: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': { zh: '司法行政', en: 'justice administration', types: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他' } },
  '4': { zh: '文化', en: 'culture', types: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { zh: '民政', en: 'civil affairs', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': { zh: '旅游', en: 'tourism', types: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' } },
  '7': { zh: '宗教', en: 'religious affairs', types: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { zh: '工会', en: 'trade unions', types: { '1': '基层工会', '9': '其他' } },
  '9': { zh: '工商', en: 'industry and commerce', types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { zh: '中央军委改革和编制办公室', en: 'military establishment office', types: { '1': '军队事业单位', '9': '其他' } },
  N: { zh: '农业', en: 'agriculture', types: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' } },
  Y: { zh: '其他', en: 'other', types: { '1': '其他' } },
};

/** GB/T 2260 province-level prefixes; "10" is used for codes issued by national authorities. */
export const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  '10', '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/** GB 32100-2015 §4: the 31 code characters, in value order 0–30. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Letters GB 32100-2015 leaves out of the charset. */
export const FORBIDDEN_LETTERS = 'IOSVZ';
