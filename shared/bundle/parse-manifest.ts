// manifest.json and signature.json: parsed, version-checked and schema-checked, with errors that
// name the entry. The signature covers the canonical form, so only that form is accepted.
import { strFromU8 } from 'fflate';
import { canonicalJson } from '../canonical';
import { err, ok, type Result, type UserError } from '../errors';
import { zodIssuesToUserErrors } from '../zod-errors';
import type { z } from 'zod';
import { errors, type Where } from './bundle-errors';
import { BUNDLE_FORMAT, MANIFEST_NAME, SIGNATURE_NAME, SUPPORTED_VERSIONS } from './format';
import { manifestSchema, signatureSchema, type BundleSignature, type Manifest } from './manifest';

export type Errors = readonly UserError[];

/** zod issues as UserErrors that also name the bundle entry. */
export function issuesIn(error: z.ZodError, code: string, where: Where & { entry: string }, max = 20): UserError[] {
  return zodIssuesToUserErrors(error, code, where.file)
    .slice(0, max)
    .map((e) => ({
      ...e,
      zh: `条目“${where.entry}”${e.zh.length > 0 ? '：' : ''}${e.zh}`,
      en: `entry "${where.entry}"${e.en.length > 0 ? ': ' : ''}${e.en}`,
      at: { ...e.at, field: where.entry },
    }));
}

function parseJson(bytes: Uint8Array | string, where: Where & { entry: string }): Result<unknown, Errors> {
  try {
    return ok(JSON.parse(typeof bytes === 'string' ? bytes : strFromU8(bytes)));
  } catch {
    return err([errors.notJson(where)]);
  }
}

export type ParsedManifest = { readonly manifest: Manifest; readonly text: string };

export function parseManifest(bytes: Uint8Array | string, file?: string): Result<ParsedManifest, Errors> {
  const where = { ...(file === undefined ? {} : { file }), entry: MANIFEST_NAME };
  const text = typeof bytes === 'string' ? bytes : strFromU8(bytes);
  const raw = parseJson(text, where);
  if (!raw.ok) return raw;
  const value = raw.value;
  if (typeof value !== 'object' || value === null || Reflect.get(value, 'format') !== BUNDLE_FORMAT) return err([errors.notBundle(where)]);
  const version: unknown = Reflect.get(value, 'formatVersion');
  if (typeof version !== 'number' || !SUPPORTED_VERSIONS.includes(version)) return err([errors.version(version, where)]);
  let canonical: string;
  try {
    canonical = canonicalJson(value);
  } catch {
    return err([errors.notJson(where)]);
  }
  if (canonical !== text) return err([errors.notCanonical(where)]);
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) return err(issuesIn(parsed.error, 'bundle.manifest_invalid', where));
  return ok({ manifest: parsed.data, text });
}

export function parseSignature(bytes: Uint8Array | string, file?: string): Result<BundleSignature, Errors> {
  const where = { ...(file === undefined ? {} : { file }), entry: SIGNATURE_NAME };
  const raw = parseJson(bytes, where);
  if (!raw.ok) return raw;
  const parsed = signatureSchema.safeParse(raw.value);
  return parsed.success ? ok(parsed.data) : err(issuesIn(parsed.error, 'bundle.signature_invalid', where));
}
