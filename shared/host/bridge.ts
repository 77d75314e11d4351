// The one contract between the renderer and its host: channel → argument and result schemas.
// Electron's main process parses every argument with these; the preload and the web fallback
// both implement `Bridge`.
import { z } from 'zod';
import type { Result, UserError } from '../errors';
import { type HostChannelName, hostChannelNames } from './channels';
import { MAX_EXTERNAL_URL_LENGTH } from './external-url';
import { isBareFileName, MAX_FILE_NAME_LENGTH } from './file-name';
import { formatSize } from './host-errors';

export { hostChannelNames, type HostChannelName } from './channels';

export const APP_NAME = '信评 Xinping';

/** Largest file moved through the bridge in one call (IPC copies it whole, twice). */
export const MAX_TRANSFER_BYTES = 256 * 1024 * 1024;

// Refinement messages are "中文 / English" (see shared/zod-errors.ts).
const uint8ArraySchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: '数据须为字节数组（Uint8Array） / the data must be a Uint8Array',
});

export const bytesSchema = uint8ArraySchema.refine((bytes) => bytes.byteLength <= MAX_TRANSFER_BYTES, {
  message: `数据超过 ${formatSize(MAX_TRANSFER_BYTES)} 上限 / the data is larger than ${formatSize(MAX_TRANSFER_BYTES)}`,
});

// ISO 32000-1 §7.5.2: a PDF starts with the header `%PDF-`.
const pdfBytesSchema = bytesSchema.refine(
  (bytes) => bytes.byteLength >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-',
  { message: '数据不是 PDF 文件 / the data is not a PDF file' },
);

export const fileNameSchema = z.string().refine(isBareFileName, {
  message: `文件名须为 1–${MAX_FILE_NAME_LENGTH} 个字符，不含文件夹、控制字符或 <>:"/\\|?* / a file name is 1–${MAX_FILE_NAME_LENGTH} characters with no folders, control characters or <>:"/\\|?*`,
});

/** Electron's dialog filter shape; extensions without the dot, `*` for any. */
export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(
      z.string().refine((extension) => /^(\*|[A-Za-z0-9]{1,16})$/.test(extension), {
        message: '扩展名只能由字母和数字组成（不带点），或为 * / an extension is letters and digits without the dot, or *',
      }),
    )
    .min(1)
    .max(20),
});

const cancelled = z.strictObject({ status: z.literal('cancelled') });

export const hostContract = {
  saveFile: {
    channel: hostChannelNames.saveFile,
    args: z.strictObject({ suggestedName: fileNameSchema, bytes: bytesSchema, filters: z.array(fileFilterSchema).max(20) }),
    // On the web `path` is the download's file name: browsers do not say where it went.
    result: z.discriminatedUnion('status', [z.strictObject({ status: z.literal('saved'), path: z.string() }), cancelled]),
  },
  openFile: {
    channel: hostChannelNames.openFile,
    args: z.strictObject({
      filters: z.array(fileFilterSchema).max(20),
      maxBytes: z.number().int().positive().max(MAX_TRANSFER_BYTES),
    }),
    result: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('opened'), name: z.string(), bytes: uint8ArraySchema }),
      cancelled,
    ]),
  },
  printPdf: {
    channel: hostChannelNames.printPdf,
    args: z.strictObject({ bytes: pdfBytesSchema, title: z.string().min(1).max(200) }),
    // `previewed`: handed to a PDF viewer (the web build's new tab) for the user to print.
    result: z.strictObject({ status: z.enum(['printed', 'previewed', 'cancelled']) }),
  },
  appInfo: {
    channel: hostChannelNames.appInfo,
    args: z.undefined(),
    result: z.strictObject({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      host: z.enum(['electron', 'web']),
    }),
  },
  openExternal: {
    channel: hostChannelNames.openExternal,
    args: z.strictObject({ url: z.string().max(MAX_EXTERNAL_URL_LENGTH) }),
    result: z.strictObject({ status: z.literal('opened') }),
  },
} satisfies { readonly [K in HostChannelName]: HostChannel };

export type HostChannel = { readonly channel: string; readonly args: z.ZodType; readonly result: z.ZodType };
export type HostContract = typeof hostContract;

export type HostArgs<K extends HostChannelName> = z.input<HostContract[K]['args']>;
export type HostParsedArgs<K extends HostChannelName> = z.output<HostContract[K]['args']>;
export type HostValue<K extends HostChannelName> = z.output<HostContract[K]['result']>;
export type HostResult<K extends HostChannelName> = Result<HostValue<K>, UserError>;

export type SaveFileRequest = HostArgs<'saveFile'>;
export type SaveFileValue = HostValue<'saveFile'>;
export type OpenFileRequest = HostArgs<'openFile'>;
export type OpenFileValue = HostValue<'openFile'>;
export type PrintPdfRequest = HostArgs<'printPdf'>;
export type PrintPdfValue = HostValue<'printPdf'>;
export type AppInfo = HostValue<'appInfo'>;
export type OpenExternalRequest = HostArgs<'openExternal'>;
export type OpenExternalValue = HostValue<'openExternal'>;

/** What the renderer calls (`getBridge()` in renderer/bridge). Never rejects: failures come back as `ok: false`. */
export type Bridge = {
  readonly [K in HostChannelName]: HostArgs<K> extends undefined
    ? () => Promise<HostResult<K>>
    : (request: HostArgs<K>) => Promise<HostResult<K>>;
};
