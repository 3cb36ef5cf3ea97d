import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The largest IATI file accepted: a donor's yearly file for one country is well under this. */
export const IATI_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The versions of the IATI activity standard this import reads. 1.0x files differ in ways the reader
 * absorbs: text directly in elements instead of `narrative`, letter transaction codes (mapped in
 * extract.ts), sector vocabulary `DAC`.
 */
export const SUPPORTED_VERSIONS = ['1.01', '1.02', '1.03', '1.04', '1.05', '2.01', '2.02', '2.03'] as const;

/**
 * What a file that declares no version anywhere is read as. The 1.0x schemas left `@version`
 * optional on both `iati-activities` and `iati-activity`; 2.01 made it required on the root, so a
 * file with no declaration at all is a 1.0x file. Recorded in brackets: assumed, not declared.
 */
export const UNDECLARED_VERSION = '(1.01)';

/** How deep elements may nest: an IATI activity is about six levels deep; anything past this is not one. */
export const IATI_MAX_DEPTH = 32;

/** A refusal, as a catalogue key of the `iati` namespace and its parameters. */
export interface ParseProblem {
  key: string;
  params?: Record<string, string | number>;
}

/** An element as read: attributes under `@_name`, text under `#text`, every child element an array. */
export type XmlNode = { [name: string]: XmlNode[] | string | undefined };

export type ParseResult =
  | { ok: true; version: string; activities: XmlNode[] }
  | { ok: false; problem: ParseProblem };

const refuse = (
  key: string,
  params?: Record<string, string | number>,
): Extract<ParseResult, { ok: false }> => ({
  ok: false,
  problem: params ? { key: `iati:parse.${key}`, params } : { key: `iati:parse.${key}` },
});

// IATI files never need a document type: refusing any declaration before parsing rules out external
// entities (file or network reads) and entity-expansion bombs, whatever the parser would do with them.
const DECLARATION = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i;

/**
 * Reads an IATI activity file. Order matters: size, encoding, declarations, well-formedness, root
 * and version — each refusal says which, and nothing is parsed before the dangerous cases are out.
 */
export function parseIatiXml(input: Uint8Array, maxBytes = IATI_MAX_BYTES): ParseResult {
  if (input.byteLength === 0) return refuse('empty');
  if (input.byteLength > maxBytes) return refuse('tooLarge', { max: Math.round(maxBytes / 1024 / 1024) });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    return refuse('notUtf8');
  }
  if (DECLARATION.test(text)) return refuse('doctype');
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true)
    return refuse('malformed', { line: valid.err.line, column: valid.err.col, reason: valid.err.msg });
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: IATI_MAX_DEPTH,
    // Every element is a list, so one recipient and three recipients are read the same way.
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  let doc: XmlNode;
  try {
    doc = parser.parse(text) as XmlNode;
  } catch {
    // Well-formed but past what the parser will hold (its only refusal after validation is depth).
    return refuse('tooDeep', { max: IATI_MAX_DEPTH });
  }
  const roots = Object.keys(doc).filter((k) => !k.startsWith('@_') && k !== '#text');
  if (roots.length !== 1 || roots[0] !== 'iati-activities')
    return refuse('wrongRoot', { root: roots[0] ?? '' });
  const root = (doc['iati-activities'] as XmlNode[])[0] ?? {};
  const activities = Array.isArray(root['iati-activity']) ? root['iati-activity'] : [];
  const version = versionOf(root, activities);
  return 'problem' in version ? version : { ok: true, version: version.version, activities };
}

const supported = (v: string) => (SUPPORTED_VERSIONS as readonly string[]).includes(v);
const declared = (n: XmlNode): string | null =>
  typeof n['@_version'] === 'string' && n['@_version'].trim() !== '' ? n['@_version'].trim() : null;

/**
 * The file's version: the root's when it declares one; else each activity's own (every declared one
 * must be supported; the versions found are recorded, e.g. "1.03" or "1.03, 2.01"); else, when
 * nothing declares one, `UNDECLARED_VERSION`.
 */
function versionOf(
  root: XmlNode,
  activities: XmlNode[],
): { version: string } | Extract<ParseResult, { ok: false }> {
  const own = declared(root);
  if (own !== null) return supported(own) ? { version: own } : refuse('wrongVersion', { version: own });
  const found = [...new Set(activities.map(declared).filter((v): v is string => v !== null))].sort();
  const bad = found.find((v) => !supported(v));
  if (bad !== undefined) return refuse('wrongVersion', { version: bad });
  return { version: found.length ? found.join(', ') : UNDECLARED_VERSION };
}
