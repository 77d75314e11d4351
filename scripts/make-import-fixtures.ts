// Writes tests/fixtures/import/applications-gbk.csv: a CSV as Chinese Excel saves it (GBK bytes,
// CRLF, no BOM). Node cannot encode GBK, so the bytes come from Debian's iconv.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validCode } from '../tests/fixtures/import/workbooks';

const lines = [
  '企业名称,统一社会信用代码,所在地区,所属行业,联系人,联系电话',
  `北京国标检测技术有限公司,${validCode(201)},北京,检验检测,张伟,010-82345678`,
  `"上海申城质量认证有限公司",${validCode(202)},上海,认证服务,李娜,13812345678`,
  `广东粤信新材料股份有限公司,${validCode(203)},广东,化工,王芳,020-38765432`,
];
const utf8 = `${lines.join('\r\n')}\r\n`;
const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: utf8 });
const target = resolve('tests/fixtures/import/applications-gbk.csv');
writeFileSync(target, gbk);
console.log(`wrote ${target} (${gbk.length} bytes, GBK)`);
