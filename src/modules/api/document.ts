import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../kernel/http.js';

export type OpenApiDocument = ReturnType<OpenAPIHono<AppEnv>['getOpenAPI31Document']>;

/** Where app.ts mounts this module. The document's paths are absolute so `servers: /` holds. */
export const API_MOUNT = '/api';

export const bearerAuth = {
  type: 'http' as const,
  scheme: 'bearer',
  description:
    'An API token you create (and revoke) on /account. Optional for reads, which are public; a token ' +
    'that is sent must be valid, or the request is refused with 401. Writing (`POST /api/v1/needs`) ' +
    "needs a token granted writing, and acts with its holder's permissions.",
};

/** Generates the OpenAPI 3.1 document from the routes registered on `api`. */
export function buildDocument(api: OpenAPIHono<AppEnv>): OpenApiDocument {
  const doc = api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'CCM Cooperation API',
      version: '1.0.0',
      description:
        'Data of the Convention on Cluster Munitions cooperation platform: States, their treaty status ' +
        'and the deadlines of their obligations, reports, cooperation and meetings; read by anyone, and ' +
        'one write, adding a need for assistance, for a token granted writing. Dates are ISO 8601; a deadline known ' +
        'only to the month or year is given in the field ending in `Approx`. Numbers are JSON numbers; ' +
        'a number a request gives as a string is read in the language its `Content-Language` header ' +
        'names (`en`, `fr`, `es` or `ar`; English when there is none): "1,100,000.5" in English, ' +
        '"1 100 000,5" in French, "1.100.000,5" in Spanish; digits alone are read in every language.',
    },
    servers: [{ url: '/' }],
  });
  const paths = Object.fromEntries(Object.entries(doc.paths ?? {}).map(([p, item]) => [API_MOUNT + p, item]));
  return { ...doc, paths };
}

export interface OperationParameter {
  name: string;
  in: string;
  required: boolean;
  description: string;
  values: string[];
  example: string | null;
}

export interface OperationResponse {
  status: string;
  description: string;
  /** The named component the body follows, e.g. `StateList`. */
  schema: string | null;
  /** `application/json`, or `application/problem+json` for an error. */
  mediaType: string | null;
}

export interface OperationSummary {
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: OperationParameter[];
  responses: OperationResponse[];
  /** The path with each path parameter replaced by its example, ready to follow. */
  tryHref: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

type Loose = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

/** Flattens the document into what a reader needs, so the HTML page lists exactly what the document says. */
export function listOperations(doc: OpenApiDocument): OperationSummary[] {
  const out: OperationSummary[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      const parameters = (op.parameters ?? [])
        .filter((p) => !('$ref' in p))
        .map((raw): OperationParameter => {
          const p = raw as unknown as Loose;
          const schema = (p.schema ?? {}) as Loose;
          const values = Array.isArray(schema.enum) ? schema.enum.map(String) : [];
          return {
            name: String(p.name),
            in: String(p.in),
            required: p.required === true,
            description: str(p.description) ?? str(schema.description) ?? '',
            values,
            example: str(p.example) ?? str(schema.example),
          };
        });
      const responses = Object.entries(op.responses ?? {}).map(([status, raw]): OperationResponse => {
        const r = raw as Loose;
        const content = (r.content ?? {}) as Record<string, Loose>;
        const [mediaType, body] = Object.entries(content)[0] ?? [];
        const ref = str((body?.schema as Loose | undefined)?.$ref);
        return {
          status,
          description: str(r.description) ?? '',
          schema: ref?.split('/').pop() ?? null,
          mediaType: mediaType ?? null,
        };
      });
      let tryHref = path;
      for (const p of parameters) {
        if (p.in === 'path')
          tryHref = tryHref.replace(`{${p.name}}`, encodeURIComponent(p.example ?? p.name));
      }
      out.push({
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? '',
        description: op.description ?? '',
        parameters,
        responses,
        tryHref,
      });
    }
  }
  return out;
}
