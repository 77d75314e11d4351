// X.500 names with Chinese in them: written as UTF8String (country as PrintableString, as
// RFC 5280 requires), read back from whatever string type the issuer chose.
import * as asn1js from 'asn1js';
import type { RelativeDistinguishedNames } from 'pkijs';
import { pki } from './pki';

export type DistinguishedName = {
  readonly commonName: string;
  readonly organization?: string;
  readonly organizationalUnit?: string;
  readonly locality?: string;
  readonly province?: string;
  /** ISO 3166 two-letter code, e.g. "CN". */
  readonly country?: string;
};

const ATTRIBUTES: readonly (readonly [keyof DistinguishedName, string, string])[] = [
  ['country', '2.5.4.6', 'C'],
  ['province', '2.5.4.8', 'ST'],
  ['locality', '2.5.4.7', 'L'],
  ['organization', '2.5.4.10', 'O'],
  ['organizationalUnit', '2.5.4.11', 'OU'],
  ['commonName', '2.5.4.3', 'CN'],
];

/** One attribute per RDN (PKI.js on its own would put them all in a single multi-valued RDN). */
export function toRdn(name: DistinguishedName): RelativeDistinguishedNames {
  const { AttributeTypeAndValue, RelativeDistinguishedNames } = pki();
  const sets: asn1js.Set[] = [];
  for (const [key, type] of ATTRIBUTES) {
    const value = name[key];
    if (value === undefined || value === '') continue;
    const asn = key === 'country' ? new asn1js.PrintableString({ value }) : new asn1js.Utf8String({ value });
    sets.push(new asn1js.Set({ value: [new AttributeTypeAndValue({ type, value: asn }).toSchema()] }));
  }
  return RelativeDistinguishedNames.fromBER(new asn1js.Sequence({ value: sets }).toBER(false));
}

function stringValue(value: unknown): string {
  if (value && typeof value === 'object' && 'valueBlock' in value) {
    const block = (value as { valueBlock: { value?: unknown } }).valueBlock;
    if (typeof block.value === 'string') return block.value;
  }
  return '';
}

export type DescribedName = Partial<Record<keyof DistinguishedName, string>> & { readonly text: string };

/** The name's fields, decoded, plus a one-line "CN=…, O=…" form. */
export function describeName(rdn: RelativeDistinguishedNames): DescribedName {
  const fields: Partial<Record<keyof DistinguishedName, string>> = {};
  const parts: string[] = [];
  for (const tv of rdn.typesAndValues) {
    const known = ATTRIBUTES.find(([, oid]) => oid === tv.type);
    const value = stringValue(tv.value);
    if (known) fields[known[0]] = value;
    parts.push(`${known ? known[2] : tv.type}=${value}`);
  }
  return { ...fields, text: parts.reverse().join(', ') };
}
