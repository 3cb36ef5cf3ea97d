import { z } from '@hono/zod-openapi';
import { rowIdOf } from '../../kernel/ids.js';

/*
 * The request parameters the operations share the shape of: a list's optional filters in the query
 * string and a row's number in the path, each documented where it is declared.
 */

/** An optional filter of a list, `?name=`, with its description (and example) in the document. */
export const queryFilter = <S extends z.ZodType>(
  schema: S,
  name: string,
  description: string,
  example?: string | number,
) =>
  schema.optional().openapi({
    param: { name, in: 'query', description },
    ...(example === undefined ? {} : { example }),
  });

/** The path parameter `{id}`: a row's number, described as what it numbers ("The number of the need."). */
export const idPathParams = (description: string) =>
  z.object({
    id: rowIdOf().openapi({ param: { name: 'id', in: 'path', description }, example: 1 }),
  });
