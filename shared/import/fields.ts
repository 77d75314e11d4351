// The columns an application list can carry, and the header texts that name them. Associations
// send lists made in Excel by hand, so the aliases cover the usual Chinese wordings and English.

export type FieldKey = 'name' | 'creditCode' | 'region' | 'industry' | 'contactName' | 'contactPhone';

export const FIELD_KEYS: readonly FieldKey[] = ['name', 'creditCode', 'region', 'industry', 'contactName', 'contactPhone'];

export const REQUIRED_FIELDS: readonly FieldKey[] = ['name', 'creditCode'];

export const FIELD_LABELS: Readonly<Record<FieldKey, { readonly zh: string; readonly en: string }>> = {
  name: { zh: '企业名称', en: 'enterprise name' },
  creditCode: { zh: '统一社会信用代码', en: 'credit code' },
  region: { zh: '地区', en: 'region' },
  industry: { zh: '行业', en: 'industry' },
  contactName: { zh: '联系人', en: 'contact person' },
  contactPhone: { zh: '电话', en: 'phone' },
};

// Compared after normaliseHeader(): no spaces, no brackets or notes, ASCII lower-case.
export const FIELD_ALIASES: Readonly<Record<FieldKey, readonly string[]>> = {
  name: [
    '企业名称', '单位名称', '企业全称', '单位全称', '公司名称', '公司全称', '企业名', '申报单位', '申报企业',
    '申报单位名称', '申报企业名称', '企业单位名称', '机构名称', '名称',
    'company', 'companyname', 'enterprise', 'enterprisename', 'name', 'organisation', 'organization', 'organizationname',
  ],
  creditCode: [
    '统一社会信用代码', '社会信用代码', '信用代码', '统一信用代码', '统一代码', '统一社会信用代码号', '信用代码证号',
    'uscc', 'creditcode', 'unifiedsocialcreditcode', 'socialcreditcode', 'unifiedcreditcode',
  ],
  region: [
    '地区', '所在地区', '所属地区', '所在地', '地域', '区域', '省份', '省市', '所在省市', '所在省份', '所在城市', '城市',
    'region', 'province', 'location', 'city', 'area',
  ],
  industry: [
    '行业', '所属行业', '行业类别', '行业分类', '行业领域', '所属领域', '产业', '行业门类',
    'industry', 'sector', 'industrysector',
  ],
  contactName: [
    '联系人', '联系人姓名', '经办人', '联络人', '申报联系人',
    'contact', 'contactperson', 'contactname',
  ],
  contactPhone: [
    '电话', '联系电话', '手机', '手机号', '手机号码', '联系方式', '电话号码', '联系人电话', '联系人手机', '座机', '固定电话',
    '办公电话', '移动电话',
    'phone', 'telephone', 'tel', 'mobile', 'contactphone', 'phonenumber', 'mobilephone',
  ],
};
