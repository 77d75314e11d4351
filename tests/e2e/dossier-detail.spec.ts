import { expect as baseExpect, test } from '@playwright/test';
import { openDossier, switchRole } from './support/app';
import { screenshot } from './support/browser';

// Issue: the dossier page — the enterprise form with credit-code checks and overrides, and
// attachments stored in IndexedDB with previews and a size limit.

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 300_000 });

test('the credit code is checked as it is typed; a checksum mismatch is saved only with a recorded reason', async ({ page }) => {
  await openDossier(page, '深圳市汇清科技有限公司');
  await switchRole(page, '工作人员');
  const code = page.getByRole('textbox', { name: '统一社会信用代码' });
  await expect(code).toHaveValue('91440300579461286K');

  await code.fill('ABC');
  await expect(page.getByText('统一社会信用代码应为 18 位，实际为 3 位')).toBeVisible();
  await code.fill('91440300579461286O');
  await expect(page.getByText('统一社会信用代码不使用字母 I、O、S、V、Z（位置:字符 18:O）')).toBeVisible();
  await screenshot(page, 'dossier-enterprise-malformed-code');

  // Lower case, spaces and a hyphen are normalised; the wrong check character is a warning, not an error.
  await code.fill('9144 0300-5794 6128 6j');
  await expect(page.getByText('将按规范保存为 91440300579461286J')).toBeVisible();
  const warning = page.getByRole('alert').filter({ hasText: '校验码与代码不符' });
  await expect(warning).toContainText('第 18 位校验码应为“K”，实际为“J”');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('校验码不符：请更正代码，或点击“仍然使用此代码”并填写理由')).toBeVisible();
  await screenshot(page, 'dossier-enterprise-checksum-warning');

  await warning.getByRole('button', { name: '仍然使用此代码…' }).click();
  const dialog = page.getByRole('dialog', { name: '确认使用校验码不符的代码' });
  await expect(dialog).toContainText('91440300579461286J');
  await dialog.getByRole('button', { name: '确认使用' }).click();
  await expect(dialog.getByText('请填写理由')).toBeVisible();
  await dialog.getByLabel('理由').fill('营业执照原件所载代码，已电话核实登记机关');
  await screenshot(page, 'dossier-enterprise-override-reason');
  await dialog.getByRole('button', { name: '确认使用' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('校验码例外已确认')).toBeVisible();
  await expect(page.getByText('（尚未保存）')).toBeVisible();

  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('企业信息已保存')).toBeVisible();
  // The header reads the dossier row: putEnterprise kept it in step with the enterprise.
  await expect(page.getByRole('main').getByText('91440300579461286J', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('校验码例外', { exact: true })).toBeVisible();

  await page.reload();
  await expect(code).toHaveValue('91440300579461286J');
  await expect(page.getByText(/理由：营业执照原件所载代码，已电话核实登记机关（工作人员，\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}）/)).toBeVisible();
  await expect(page.getByText('（尚未保存）')).toHaveCount(0);
  await screenshot(page, 'dossier-enterprise-override-saved');

  await switchRole(page, '评审员');
  await expect(page.getByText('当前角色“评审员”只能查看企业信息；修改须由工作人员或主管操作。')).toBeVisible();
  await expect(code).toBeDisabled();
});

test('attachments: an image dropped and a PDF chosen are stored and previewed; an over-limit file is refused by name', async ({ page }) => {
  const maker = await page.context().newPage();
  await maker.setContent('<main style="font:24px sans-serif;padding:32px;border:6px double #b71c1c;width:520px;background:#fffdf7">营业执照（副本）<p style="font-size:16px">名称：东莞市宇洁新材料有限公司<br>统一社会信用代码：91441900684521076L</p></main>');
  const licence = await maker.locator('main').screenshot();
  await maker.setContent('<main style="font:18px serif;padding:48px"><h1>审计报告</h1><p>东莞市宇洁新材料有限公司 2014 年度财务报表审计报告</p><p>审计意见：标准无保留意见</p></main>');
  const report = await maker.pdf({ format: 'A4' });
  await maker.close();

  await openDossier(page, '东莞市宇洁新材料有限公司');
  await switchRole(page, '评审员');
  await page.getByRole('tab', { name: '附件' }).click();
  const dropZone = page.getByText('将文件拖放到此处，或点击选择文件');
  await expect(dropZone).toBeVisible();

  const drop = async (files: { name: string; type: string; base64?: string; size?: number }[]): Promise<void> => {
    const dataTransfer = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const f of list) {
        const bytes = f.base64 ? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) : new Uint8Array(f.size ?? 0);
        transfer.items.add(new File([bytes], f.name, { type: f.type }));
      }
      return transfer;
    }, files);
    await dropZone.dispatchEvent('dragenter', { dataTransfer });
    await dropZone.dispatchEvent('drop', { dataTransfer });
  };

  await drop([{ name: '营业执照.png', type: 'image/png', base64: licence.toString('base64') }]);
  await expect(page.getByText('共 1 个附件')).toBeVisible();
  const image = page.getByRole('img', { name: '营业执照.png 预览' });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  await screenshot(page, 'dossier-attachments-image');

  await page.locator('input[type=file]').setInputFiles([{ name: '审计报告.pdf', mimeType: 'application/pdf', buffer: report }]);
  await expect(page.getByText('共 2 个附件')).toBeVisible();
  const pdf = page.locator('iframe[title="审计报告.pdf 预览"]');
  await expect(pdf).toBeVisible();
  await expect(pdf).toHaveAttribute('src', /^blob:/);
  await screenshot(page, 'dossier-attachments-pdf');

  await page.getByRole('button', { name: '预览 营业执照.png' }).click();
  await expect(image).toBeVisible();

  await drop([{ name: '厂区全景扫描件.pdf', type: 'application/pdf', size: 21 * 1024 * 1024 }]);
  const refused = page.getByRole('alert').filter({ hasText: '以下文件未添加' });
  await expect(refused).toContainText('文件“厂区全景扫描件.pdf”大小为 21.0 MB，超过单个附件 20.0 MB 的上限，未添加');
  await page.locator('input[type=file]').setInputFiles([{ name: '审计报告（副本）.pdf', mimeType: 'application/pdf', buffer: report }]);
  await expect(refused).toContainText('文件“审计报告（副本）.pdf”与已有附件“审计报告.pdf”内容相同，未重复添加');
  await expect(page.getByText('共 2 个附件')).toBeVisible();
  await screenshot(page, 'dossier-attachments-refused');

  await page.reload();
  await expect(page.getByText('共 2 个附件')).toBeVisible();
  await expect(page.getByRole('button', { name: '删除 审计报告.pdf' })).toBeDisabled();
});
