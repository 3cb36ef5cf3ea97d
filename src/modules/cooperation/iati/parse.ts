import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The largest IATI file accepted: a donor's yearly file for one country is well under this. */
export const IATI_MAX_BYTES = 2 * 1024 * 1024;

/** The versions of the IATI activity standard this import reads. */
export const SUPPORTED_VERSIONS = ['2.01', '2.02', '2.03'] as const;

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

const refuse = (key: string, params?: Record<string, string | number>): ParseResult => ({
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
  const version = typeof root['@_version'] === 'string' ? root['@_version'].trim() : '';
  if (!(SUPPORTED_VERSIONS as readonly string[]).includes(version))
    return refuse('wrongVersion', { version: version || '—' });
  const activities = Array.isArray(root['iati-activity']) ? root['iati-activity'] : [];
  return { ok: true, version, activities };
}
